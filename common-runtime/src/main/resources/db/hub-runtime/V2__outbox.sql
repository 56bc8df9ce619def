-- Transactional outbox: events written with the change they announce, relayed to Kafka in id order.
create table outbox (
    id           bigserial   primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    message_key  text        not null,
    envelope     jsonb       not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);

create index outbox_unpublished on outbox (id) where published_at is null;

comment on table outbox is 'Events waiting for (or done with) the relay; published_at null means not yet on Kafka';
