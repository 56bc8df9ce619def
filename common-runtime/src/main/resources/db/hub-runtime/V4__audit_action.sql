-- Every write action a caller asked of this service over REST (replay, publish, recalculate, resolve),
-- recorded before it runs and completed with its answer, and every write refused for lack of a role.
create table audit_action (
    id             bigserial   primary key,
    requested_at   timestamptz not null default now(),
    caller         text        not null,
    roles          text        not null,
    action         text        not null,
    target         text        not null,
    outcome        int,
    correlation_id text
);

create index audit_action_requested_at on audit_action (requested_at desc);

comment on table audit_action is 'Who asked for which write action on what, when, and what it answered (outcome null: still running or cut short)';
comment on column audit_action.action is 'Method and endpoint pattern, e.g. POST /orders/{shopId}/{orderId}/replay';
comment on column audit_action.target is 'The path as called, e.g. /orders/7495000000000000001/576653688135258178/replay';
