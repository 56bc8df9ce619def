create table item_read_request (
    netsuite_item_id text        primary key,
    requested_at     timestamptz not null default clock_timestamp()
);

comment on table item_read_request is 'NetSuite items whose prices must be read whatever their last change: a SKU newly listed on TikTok, an ops refresh';
