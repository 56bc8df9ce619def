-- One TikTok statement per shop and UTC day, as TikTok totals it, and how far the hub has got with it.
-- lines_* are the sums of the statement's lines as ingested: a statement whose lines do not add up to its
-- header is surfaced, never posted as if it did.
create table statement (
    statement_id      text          primary key,
    shop_id           text          not null,
    statement_time    timestamptz   not null,
    currency          text          not null,
    settlement_amount numeric(19, 4) not null,
    revenue_amount    numeric(19, 4) not null,
    fee_amount        numeric(19, 4) not null,
    adjustment_amount numeric(19, 4) not null,
    payment_status    text,
    payment_id        text,
    line_count        integer       not null default 0,
    lines_settlement  numeric(19, 4) not null default 0,
    unmatched_count   integer       not null default 0,
    state             text          not null,
    reasons           jsonb         not null default '[]',
    journal_entry_id  text,
    ingested_at       timestamptz   not null default now(),
    posted_at         timestamptz
);
create index statement_shop_time on statement (shop_id, statement_time);

-- Every transaction of every statement, each with its own amounts. Fee components are kept one by one
-- (TikTok's field name to amount, negative for a cost), as are amount fields the hub does not know, so
-- that nothing is lumped or dropped. match_status: ORDER, REFUND, ADJUSTMENT or UNMATCHED (with reason).
create table statement_line (
    transaction_id      text          primary key,
    statement_id        text          not null references statement,
    shop_id             text          not null,
    type                text          not null,
    order_id            text,
    adjustment_id       text,
    adjustment_order_id text,
    currency            text          not null,
    settlement_amount   numeric(19, 4) not null,
    revenue_amount      numeric(19, 4) not null,
    fee_amount          numeric(19, 4) not null,
    adjustment_amount   numeric(19, 4) not null,
    refund_amount       numeric(19, 4) not null default 0,
    fees                jsonb         not null default '{}',
    unknown_amounts     jsonb         not null default '{}',
    match_status        text          not null default 'PENDING',
    match_reason        text,
    return_id           text,
    resolved_by         text,
    resolved_at         timestamptz,
    resolution_note     text
);
create index statement_line_statement on statement_line (statement_id, transaction_id);
create index statement_line_order on statement_line (shop_id, order_id);
create index statement_line_open on statement_line (shop_id, statement_id)
    where match_status = 'UNMATCHED' and resolved_at is null;

-- TikTok payouts (each pays one or more statements) and the Deposit the hub wrote for each.
create table payment (
    payment_id        text          primary key,
    shop_id           text          not null,
    create_time       timestamptz   not null,
    paid_time         timestamptz,
    status            text          not null,
    amount            numeric(19, 4) not null,
    currency          text          not null,
    settlement_amount numeric(19, 4),
    reserve_amount    numeric(19, 4),
    deposit_id        text,
    reasons           jsonb         not null default '[]'
);
create index payment_shop_time on payment (shop_id, create_time);

-- The GL lines posted for each statement (its Journal Entry), one per account and kind.
create table gl_posting (
    id           bigserial     primary key,
    statement_id text          not null references statement,
    kind         text          not null,
    fee_type     text,
    account      text          not null,
    debit        numeric(19, 4) not null,
    credit       numeric(19, 4) not null,
    currency     text          not null,
    memo         text
);
create index gl_posting_statement on gl_posting (statement_id);

-- What the order flow said (orders.v1, orders.netsuite-results.v1, orders.returns.v1): the orders the hub
-- wrote to NetSuite with what TikTok should settle for them, and the returns it credited.
create table order_ref (
    shop_id          text          not null,
    order_id         text          not null,
    sales_order_id   text,
    currency         text,
    expected_revenue numeric(19, 4),
    expected_fees    numeric(19, 4),
    updated_at       timestamptz   not null default now(),
    primary key (shop_id, order_id)
);

create table return_ref (
    shop_id         text          not null,
    return_id       text          not null,
    order_id        text          not null,
    credit_memo_id  text,
    credited_amount numeric(19, 4),
    currency        text,
    refund_total    numeric(19, 4),
    platform_refund numeric(19, 4),
    primary key (shop_id, return_id)
);
create index return_ref_order on return_ref (shop_id, order_id);
