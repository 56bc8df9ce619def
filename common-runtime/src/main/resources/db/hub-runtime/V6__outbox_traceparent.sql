-- The W3C traceparent of the span that wrote the row (null outside a trace): the relay sends the event as a child
-- of it, so the consumer's work joins the trace of the request or record that caused it (docs/tracing.md).
alter table outbox add column traceparent text;
