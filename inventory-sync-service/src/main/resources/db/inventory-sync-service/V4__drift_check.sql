-- When the hub reads a level back from TikTok although nothing it knows of changed: shortly after a
-- push, when TikTok handed units back (a cancellation), and on the slow drift-check schedule.
alter table inventory_level add column verify_at timestamptz;
create index inventory_level_verify on inventory_level (shop_id, verify_at) where verify_at is not null;
