-- One row per NetSuite item (matrix parent or plain item) per TikTok shop.
create table listing (
    shop_id           text        not null,
    item_id           text        not null,
    seller_sku        text        not null,
    tiktok_product_id text,
    status            text        not null,
    payload_hash      text,
    updated_at        timestamptz not null default now(),
    primary key (shop_id, item_id)
);

create unique index listing_product on listing (shop_id, tiktok_product_id) where tiktok_product_id is not null;

-- One row per sellable SKU per shop: the fact every other flow reads from catalog.sku-mappings.v1.
create table sku_mapping (
    shop_id           text        not null,
    seller_sku        text        not null,
    item_id           text        not null,
    variant_item_id   text        not null,
    tiktok_product_id text,
    tiktok_sku_id     text,
    status            text        not null,
    updated_at        timestamptz not null default now(),
    primary key (shop_id, seller_sku)
);

-- Items not sent to TikTok, with reasons a merchandiser can act on.
create table parked_item (
    shop_id   text        not null,
    item_id   text        not null,
    seller_sku text       not null,
    reasons   jsonb       not null,
    parked_at timestamptz not null default now(),
    primary key (shop_id, item_id)
);

-- How far the NetSuite item poll has read is in the runtime's shared watermark table.

-- Images already uploaded to TikTok, by content, so an unchanged image is never uploaded twice.
create table image_upload (
    shop_id        text not null,
    content_sha256 text not null,
    uri            text not null,
    primary key (shop_id, content_sha256)
);
