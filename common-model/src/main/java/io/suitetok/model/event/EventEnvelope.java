package io.suitetok.model.event;

import io.suitetok.model.Required;
import io.suitetok.model.id.ShopId;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What travels on every hub topic. The payload stays a JSON tree here so that an engineer
 * tailing a topic reads plain JSON, and a consumer that only needs the header fields (the inbox,
 * the dead-letter path) never binds the payload. {@code shopId} is absent for events that belong
 * to no shop.
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        Integer schemaVersion,
        Instant occurredAt,
        String source,
        String key,
        String correlationId,
        ShopId shopId,
        JsonNode payload) {

    public EventEnvelope {
        Required.present("eventId", eventId);
        requireText(type, "type");
        Required.present("schemaVersion", schemaVersion);
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be 1 or more, was " + schemaVersion);
        }
        Required.present("occurredAt", occurredAt);
        requireText(source, "source");
        requireText(key, "key");
        requireText(correlationId, "correlationId");
        Required.present("payload", payload);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
