-- The service's replica of catalog.sku-mappings.v1 (SkuMappingReplica). Created in every schema, used only
-- where hub.catalog-mappings.enabled is set. Not called sku_mapping: the catalogue's own table (the source
-- of the events) and inventory-sync's former copy have that name, and runtime migrations run before them.
create table catalog_sku_mapping (
    shop_id           text        not null,
    seller_sku        text        not null,
    netsuite_item_id  text        not null,
    tiktok_product_id text,
    tiktok_sku_id     text,
    -- null only in rows copied from a service's older table that did not keep it
    listing_status    text,
    updated_at        timestamptz not null default now(),
    primary key (shop_id, seller_sku)
);
create index catalog_sku_mapping_item on catalog_sku_mapping (netsuite_item_id);
create index catalog_sku_mapping_product on catalog_sku_mapping (shop_id, tiktok_product_id);

comment on table catalog_sku_mapping is 'Replica of catalog.sku-mappings.v1: seller SKU per shop to NetSuite item and TikTok ids';
