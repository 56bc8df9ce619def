-- A newer snapshot waits here for the Sales Order flusher, which takes rows in batches
-- (for update skip locked, so replicas share the work without writing an order twice).
alter table order_snapshot add column needs_write boolean not null default false;
create index order_snapshot_needs_write on order_snapshot (received_at) where needs_write;

-- Where each order stands in NetSuite.
create table order_state (
    shop_id             text        not null,
    order_id            text        not null,
    state               text        not null,
    reasons             jsonb       not null default '[]',
    netsuite_id         text,
    netsuite_tran_id    text,
    written_update_time timestamptz,
    written_back        boolean     not null default false,
    updated_at          timestamptz not null default now(),
    primary key (shop_id, order_id)
);

-- Seller SKU to NetSuite item, read from catalog.sku-mappings.v1 (the catalogue owns the mapping).
create table sku_item (
    shop_id          text not null,
    seller_sku       text not null,
    netsuite_item_id text not null,
    tiktok_sku_id    text,
    primary key (shop_id, seller_sku)
);

-- Every step of an order's way through the hub, for GET /orders/{id}/journey.
create table order_journey (
    id       bigserial   primary key,
    shop_id  text        not null,
    order_id text        not null,
    at       timestamptz not null default now(),
    step     text        not null,
    detail   text
);
create index order_journey_order on order_journey (order_id, id);
