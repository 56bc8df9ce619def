-- NetSuite item fulfilments on their way to TikTok, one row per fulfilment. The fulfilment as read
-- is kept so a parked one can be replayed after ops fix the carrier map, without reading NetSuite
-- again; the request as sent is kept so an answer lost in transit is checked before any resend.
create table fulfilment_shipment (
    fulfilment_id   text        primary key,
    shop_id         text        not null,
    order_id        text        not null,
    state           text        not null,
    fulfilment      jsonb       not null,
    unit_line_ids   jsonb       not null default '[]',
    tracking_number text,
    carrier         text,
    package_id      text,
    reason          text,
    updated_at      timestamptz not null default now()
);
create index fulfilment_shipment_order on fulfilment_shipment (shop_id, order_id);
create index fulfilment_shipment_open on fulfilment_shipment (updated_at) where state in ('PENDING', 'UNKNOWN');

-- Poll watermarks now live in the runtime's shared watermark table (tiktok-orders:<shop>,
-- netsuite-fulfilments); the order poll's own table goes.
drop table order_poll_watermark;

-- The NetSuite customer made for each TikTok buyer (shops with customers: PER_BUYER), so a buyer's
-- next order needs no customer upsert.
create table buyer_customer (
    shop_id     text not null,
    buyer_id    text not null,
    netsuite_id text not null,
    primary key (shop_id, buyer_id)
);
