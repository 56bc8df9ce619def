-- The trace that stored the newest snapshot (the webhook's, or the poll's): the batch that writes the Sales Order
-- continues it, so an order's trace runs from TikTok's webhook to NetSuite (docs/tracing.md).
alter table order_snapshot add column traceparent text;
