package io.suitetok.model.event;

/**
 * A kind of event with its schema version. Services declare theirs as enums implementing this,
 * named in the past tense ({@code OrderIngested}, {@code SalesOrderUpserted}).
 */
public interface EventType {

    String name();

    int schemaVersion();
}
