-- The newest TikTok snapshot of each order: an older one (by update_time) never replaces it.
create table order_snapshot (
    shop_id     text        not null,
    order_id    text        not null,
    update_time timestamptz not null,
    status      text        not null,
    snapshot    jsonb       not null,
    received_at timestamptz not null default now(),
    primary key (shop_id, order_id)
);

-- How far the polling safety net has read each shop's orders (by TikTok update_time).
create table order_poll_watermark (
    shop_id    text        primary key,
    read_until timestamptz not null
);
