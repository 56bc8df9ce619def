-- The SKU mapping moved into the runtime's shared replica (catalog_sku_mapping, created by the runtime's
-- migrations, which run before these); this service's own copy goes, with its indexes.
insert into catalog_sku_mapping (shop_id, seller_sku, netsuite_item_id, tiktok_product_id, tiktok_sku_id,
                                 listing_status, updated_at)
select shop_id, seller_sku, netsuite_item_id, tiktok_product_id, tiktok_sku_id, listing_status, updated_at
from sku_mapping
on conflict (shop_id, seller_sku) do nothing;

drop table sku_mapping;
