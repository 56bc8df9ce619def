-- TikTok returns and refund-only requests, one row per return: the newest snapshot (an older one, by
-- update_time, never replaces it) and how far its NetSuite records have got. Each record is keyed in
-- NetSuite by an external id derived from the return id, and its internal id is kept here once written,
-- so a step is never repeated and a repeat after a lost answer finds the record NetSuite already holds.
create table order_return (
    shop_id           text        not null,
    return_id         text        not null,
    order_id          text        not null,
    return_type       text        not null,
    status            text        not null,
    update_time       timestamptz not null,
    snapshot          jsonb       not null,
    needs_write       boolean     not null default true,
    state             text        not null default 'PENDING',
    reasons           jsonb       not null default '[]',
    ra_id             text,
    ra_tracking       text,
    ra_closed         boolean     not null default false,
    receipt_id        text,
    credit_memo_id    text,
    credited_amount   numeric(19, 4),
    customer_refund_id text,
    updated_at        timestamptz not null default now(),
    primary key (shop_id, return_id)
);
create index order_return_order on order_return (shop_id, order_id);
create index order_return_needs_write on order_return (updated_at) where needs_write;

-- The customer each Sales Order was booked to (the shop's default or the buyer's own), which the order's
-- credit memos and refunds must name too.
alter table order_state add column netsuite_customer text;
