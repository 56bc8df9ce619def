-- The price each mapped SKU should show in each shop, what TikTok last accepted, and why. A SKU the
-- rule cannot price (no price in the shop's level, no exchange rate) has no price and a parked reason.
-- (source_modified, effective_from) orders prices: a price computed from an older NetSuite read or an
-- earlier effective time never replaces a newer one, whatever order the reads finish in.
create table sku_price (
    shop_id           text        not null,
    seller_sku        text        not null,
    netsuite_item_id  text        not null,
    currency          text,
    price             numeric,
    steps             text        not null,
    source            text        not null,
    source_modified   timestamptz not null,
    effective_from    timestamptz not null,
    computed_at       timestamptz not null default clock_timestamp(),
    pushed_price      numeric,
    pushed_at         timestamptz,
    push_due          boolean     not null default true,
    next_attempt_at   timestamptz,
    attempts          integer     not null default 0,
    last_error        text,
    parked_reason     text,
    primary key (shop_id, seller_sku)
);
create index sku_price_due on sku_price (shop_id) where push_due and parked_reason is null;
create index sku_price_parked on sku_price (shop_id) where parked_reason is not null;

-- Each item's pricing matrix as last read, so a price can be recomputed without asking NetSuite again
-- (a new exchange rate, a shop added, a schedule ending and the matrix price coming back).
create table item_pricing (
    item_id            text        primary key,
    prices_include_tax boolean     not null,
    cells              text        not null,
    last_modified      timestamptz not null,
    read_at            timestamptz not null default clock_timestamp()
);

-- Effective-dated prices prepared ahead: at effective_at the SKU's price becomes this one and is
-- pushed at once. kind SET carries the scheduled price; kind REVERT ends a schedule, and its price is
-- recomputed from the item's matrix at that instant. A schedule withdrawn before its time is cancelled.
create table price_cutover (
    cutover_id        text        not null,
    shop_id           text        not null,
    seller_sku        text        not null,
    netsuite_item_id  text        not null,
    kind              text        not null,
    currency          text,
    price             numeric,
    steps             text        not null,
    effective_at      timestamptz not null,
    source_modified   timestamptz not null,
    state             text        not null default 'PENDING',
    applied_at        timestamptz,
    primary key (cutover_id, shop_id, seller_sku)
);
create index price_cutover_pending on price_cutover (effective_at) where state = 'PENDING';

comment on table sku_price is 'Per shop and seller SKU: the price the boundary rule gives (steps explain it), what TikTok accepted, and a parked reason when a person must act';
comment on table price_cutover is 'Effective-dated prices waiting for their instant (PENDING), switched (APPLIED) or withdrawn (CANCELLED)';
