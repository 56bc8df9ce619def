-- Idempotent consumer: one row per (consumer, event) handled, written in the handler's transaction.
create table inbox (
    consumer     text        not null,
    message_id   uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, message_id)
);

comment on table inbox is 'Events already handled, per consumer; a duplicate insert means already done';
