-- A fingerprint of the Sales Order last written for each order. A newer TikTok snapshot that maps to
-- the same Sales Order (a shipping status, say) is not written again: a rewrite costs NetSuite
-- governance, and re-sending the lines of a partly fulfilled order would ask NetSuite to remove
-- fulfilled lines.
alter table order_state add column written_fingerprint text;
