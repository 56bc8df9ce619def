-- When TikTok created the order, in TikTok's clock (null when order-sync did not say). A push
-- overwrites TikTok's count, so only orders created after TikTok accepted a value were taken off
-- that value; earlier ones were overwritten and are not "sold since" (see OrderLineStore.sinceAccepted).
alter table tiktok_order_line add column order_create_time timestamptz;
create index tiktok_order_line_created on tiktok_order_line (shop_id, seller_sku, warehouse_id, order_create_time);

-- An order may hold pre-order and ordinary units of one SKU: they are released at different moments
-- (pre-order units when shipped, the others when NetSuite commits them), so they are separate lines.
alter table tiktok_order_line drop constraint tiktok_order_line_pkey;
alter table tiktok_order_line add primary key (shop_id, order_id, seller_sku, warehouse_id, pre_order);

-- The age of the oldest unreleased line is a gauge: lines whose SalesOrderWritten never arrives stay
-- in flight forever and must be visible.
create index tiktok_order_line_unreleased_received on tiktok_order_line (received_at) where not released;

-- When NetSuite's committed quantity took the line over: units committed after an accepted value that
-- were already counted in flight made no dip, so they cannot explain one (see PushPlanner).
alter table tiktok_order_line add column released_at timestamptz;
