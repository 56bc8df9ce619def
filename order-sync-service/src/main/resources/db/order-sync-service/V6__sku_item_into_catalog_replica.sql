-- The SKU mapping moved into the runtime's shared replica (catalog_sku_mapping, created by the runtime's
-- migrations, which run before these). Rows this service had keep serving until the catalogue's next event
-- for the SKU; sku_item never kept the TikTok product or listing status, so those stay empty until then.
insert into catalog_sku_mapping (shop_id, seller_sku, netsuite_item_id, tiktok_sku_id)
select shop_id, seller_sku, netsuite_item_id, tiktok_sku_id from sku_item
on conflict (shop_id, seller_sku) do nothing;

drop table sku_item;
