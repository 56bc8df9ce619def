-- Seller SKU to NetSuite item and TikTok product/SKU, read from catalog.sku-mappings.v1.
create table sku_mapping (
    shop_id           text        not null,
    seller_sku        text        not null,
    netsuite_item_id  text        not null,
    tiktok_product_id text,
    tiktok_sku_id     text,
    listing_status    text        not null,
    updated_at        timestamptz not null default now(),
    primary key (shop_id, seller_sku)
);
create index sku_mapping_item on sku_mapping (netsuite_item_id);

-- NetSuite's stock per item and mapped location, as last read (quantities as NetSuite sent them).
-- read_started_at guards the row: a slow read that started earlier never overwrites a later one's answer.
create table availability (
    item_id         text        not null,
    location_id     text        not null,
    on_hand         numeric     not null,
    available       numeric     not null,
    committed       numeric     not null,
    on_order        numeric     not null,
    back_ordered    numeric     not null,
    last_qty_change timestamptz,
    read_started_at timestamptz not null,
    read_at         timestamptz not null default clock_timestamp(),
    primary key (item_id, location_id)
);

-- When the newest completed NetSuite read covering an item (scope = item id) or every mapped item
-- (scope = '*') started, in the database's clock: a Sales Order reported written before that moment
-- is inside NetSuite's committed quantity that read returned.
create table read_coverage (
    scope           text        primary key,
    read_started_at timestamptz not null
);

-- How far the delta poll has read (NetSuite's clock) is in the runtime's shared watermark table.

-- Items NetSuite reported moved (the user event script), waiting for a targeted read.
create table movement (
    item_id     text        primary key,
    received_at timestamptz not null default clock_timestamp()
);

-- Units of TikTok orders per order, SKU and warehouse, from orders.v1. seq orders lines by when the
-- hub learned of them; a line is released once NetSuite's committed quantity holds its units.
create sequence order_line_seq;
create table tiktok_order_line (
    shop_id           text        not null,
    order_id          text        not null,
    seller_sku        text        not null,
    warehouse_id      text        not null,
    units             integer     not null,
    pre_order         boolean     not null,
    status            text        not null,
    order_update_time timestamptz not null,
    seq               bigint      not null default nextval('order_line_seq'),
    received_at       timestamptz not null default clock_timestamp(),
    written_at        timestamptz,
    released          boolean     not null default false,
    primary key (shop_id, order_id, seller_sku, warehouse_id)
);
create index tiktok_order_line_sku on tiktok_order_line (shop_id, seller_sku, warehouse_id, seq);
create index tiktok_order_line_unreleased on tiktok_order_line (written_at) where not released;

-- Orders order-sync reported written to NetSuite (the result may arrive before the snapshot).
create table written_order (
    shop_id    text        not null,
    order_id   text        not null,
    written_at timestamptz not null default clock_timestamp(),
    primary key (shop_id, order_id)
);

-- The sellable quantity per SKU and TikTok warehouse: the latest computation (version) and what
-- TikTok last accepted. A push outcome only ever moves accepted_version forward.
create sequence level_version;
create table inventory_level (
    shop_id           text        not null,
    seller_sku        text        not null,
    warehouse_id      text        not null,
    version           bigint      not null,
    sellable          integer     not null,
    terms             jsonb       not null,
    computed_at       timestamptz not null,
    known_line_seq    bigint      not null,
    committed_units   bigint      not null,
    push_due          boolean     not null,
    due_since         timestamptz,
    claimed_version   bigint,
    claimed_at        timestamptz,
    attempts          integer     not null default 0,
    next_attempt_at   timestamptz,
    last_error        text,
    accepted_version  bigint,
    accepted_quantity integer,
    accepted_at       timestamptz,
    accepted_line_seq bigint,
    accepted_committed bigint,
    primary key (shop_id, seller_sku, warehouse_id)
);
create index inventory_level_due on inventory_level (due_since) where push_due;

-- Full recalculations, on schedule or on demand, with their progress.
create table recalculation (
    id             bigserial   primary key,
    trigger        text        not null,
    state          text        not null,
    started_at     timestamptz not null default now(),
    finished_at    timestamptz,
    items_total    integer     not null default 0,
    items_done     integer     not null default 0,
    levels_changed integer     not null default 0,
    error          text
);
