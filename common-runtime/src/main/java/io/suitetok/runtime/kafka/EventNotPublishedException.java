package io.suitetok.runtime.kafka;

import io.suitetok.model.event.EventEnvelope;

/** Kafka did not take the event; the caller must not acknowledge whatever the event stands for. */
public class EventNotPublishedException extends RuntimeException {

    public EventNotPublishedException(EventEnvelope event, Throwable cause) {
        super("Kafka did not acknowledge " + event.type() + " " + event.key() + " (" + event.eventId() + ")", cause);
    }
}
