-- The test service's own tables: movements it records (producer side) and applies (consumer side).
create table stock_movement (
    event_id   uuid primary key,
    sku        text not null,
    quantity   int  not null
);

create table applied_movement (
    event_id   uuid primary key,
    sku        text not null,
    quantity   int  not null
);
