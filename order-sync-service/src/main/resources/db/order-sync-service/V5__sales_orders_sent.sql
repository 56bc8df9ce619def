-- Orders whose Sales Order was sent to NetSuite at least once, recorded before the call and committed on
-- its own. An answer can be lost after NetSuite committed the write; if TikTok then cancels the order, the
-- hub must still close the Sales Order it cannot prove absent, not take it for one never written.
create table sales_order_sent (
    shop_id       text        not null,
    order_id      text        not null,
    first_sent_at timestamptz not null default now(),
    primary key (shop_id, order_id)
);
