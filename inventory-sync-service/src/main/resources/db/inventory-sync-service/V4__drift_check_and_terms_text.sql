-- When the hub reads a level back from TikTok although nothing it knows of changed: shortly after a
-- push, when TikTok handed units back (a cancellation), and on the slow drift-check schedule.
alter table inventory_level add column verify_at timestamptz;
create index inventory_level_verify on inventory_level (shop_id, verify_at) where verify_at is not null;

-- The terms are compared with the new computation's text on every recomputation; json keeps the text as
-- written (jsonb would reorder it and force both to be parsed). Levels stored before this compare unequal
-- once and are read back from TikTok once.
alter table inventory_level alter column terms type json using terms::json;

-- A push round claims a shop's oldest due levels: this index answers it in order, so a round reads the
-- levels it claims and no others, however many levels the shop has.
create index inventory_level_due_per_shop on inventory_level (shop_id, due_since) where push_due;

-- No query filters or joins on the terms (they are shown to ops): analyzing them only costs time.
alter table inventory_level alter column terms set statistics 0;

-- The claim completes the products its limit cut off, finding their SKUs by product.
create index sku_mapping_product on sku_mapping (shop_id, tiktok_product_id);
