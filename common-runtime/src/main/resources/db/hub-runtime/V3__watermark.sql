-- How far each poll has read its source, in the source's own clock, by poll name. "if not exists":
-- services that kept their own copy of this table before the runtime owned it keep their rows.
create table if not exists watermark (
    name       text        primary key,
    read_until timestamptz not null
);

comment on table watermark is 'Per poll (for example netsuite-items or tiktok-orders:<shop>), the instant read up to';
