-- NetSuite promotions as TikTok promotion activities, one row per (NetSuite promotion, shop). SuiteTalk
-- gives promotion codes no modification date, so this table is the memory the next read is diffed
-- against: the fingerprint is what was last sent (terms, NetSuite's window, every SKU's activity price).
-- state: CREATING (intent written before Create Activity, so a crash can adopt the activity by its
-- title), ACTIVE (sent and accepted), DEACTIVATED (ended, withdrawn or gone in NetSuite; reason says
-- which), REFUSED (never sent; reason says why). generation numbers the activities one promotion has had
-- in a shop: TikTok wants titles unique per shop, and a window change means a new activity.
create table promotion_activity (
    promotion_id      text        not null,
    shop_id           text        not null,
    code              text,
    name              text,
    kind              text        not null,
    discount          numeric     not null,
    state             text        not null,
    reason            text,
    generation        integer     not null default 1,
    title             text,
    activity_id       text,
    fingerprint       text,
    netsuite_start    timestamptz,
    netsuite_end      timestamptz,
    begin_at          timestamptz,
    end_at            timestamptz,
    updated_at        timestamptz not null default clock_timestamp(),
    primary key (promotion_id, shop_id)
);
create index promotion_activity_open on promotion_activity (shop_id) where state in ('ACTIVE', 'CREATING');

-- Each SKU's activity price as sent, with the steps that made it: what includes(shop, sku) and the ops
-- view read. Replaced whole whenever the activity's terms are sent.
create table promotion_activity_sku (
    promotion_id      text        not null,
    shop_id           text        not null,
    seller_sku        text        not null,
    product_id        text        not null,
    sku_id            text        not null,
    currency          text        not null,
    shop_price        numeric     not null,
    activity_price    numeric     not null,
    steps             text        not null,
    primary key (promotion_id, shop_id, sku_id),
    foreign key (promotion_id, shop_id) references promotion_activity (promotion_id, shop_id) on delete cascade
);
create index promotion_activity_sku_by_sku on promotion_activity_sku (shop_id, sku_id);
create index promotion_activity_sku_by_seller_sku on promotion_activity_sku (shop_id, seller_sku);

comment on table promotion_activity is 'Per NetSuite promotion and TikTok shop: the activity it became (or why it was refused), and a fingerprint of what was sent';
comment on table promotion_activity_sku is 'Per promotion, shop and TikTok SKU: the activity price sent and the steps that made it';
