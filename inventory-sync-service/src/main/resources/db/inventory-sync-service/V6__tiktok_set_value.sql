-- The value TikTok last took from the hub and when it answered. accepted_quantity is not it: a read that
-- finds TikTok in sync overwrites that with what TikTok showed. How far TikTok's count fell since the hub
-- set it, over how long, is the SKU's sales rate on TikTok, which prices in the orders a push may
-- overwrite (SalesDuringTheCall).
alter table inventory_level add column set_quantity int, add column set_at timestamptz;
