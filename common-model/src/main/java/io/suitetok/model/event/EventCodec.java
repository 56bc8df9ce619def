package io.suitetok.model.event;

import io.suitetok.model.id.ShopId;
import java.time.Clock;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that turns envelopes and payloads into JSON and back. Unknown fields are
 * tolerated (a newer producer may add some); a missing required field is refused with a message
 * that names it.
 */
public final class EventCodec {

    private final JsonMapper mapper;
    private final Clock clock;

    public EventCodec(Clock clock) {
        this.clock = clock;
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    public EventCodec() {
        this(Clock.systemUTC());
    }

    /** A new event with a fresh id, stamped now. */
    public EventEnvelope envelope(EventType type, String source, String key, String correlationId,
            ShopId shopId, Object payload) {
        return new EventEnvelope(UUID.randomUUID(), type.name(), type.schemaVersion(), clock.instant(), source,
                key, correlationId, shopId, mapper.valueToTree(payload));
    }

    public byte[] write(EventEnvelope envelope) {
        return mapper.writeValueAsBytes(envelope);
    }

    public String writeText(Object value) {
        return mapper.writeValueAsString(value);
    }

    public EventEnvelope read(byte[] json) {
        if (json == null || json.length == 0) {
            throw new InvalidEventException("event is empty", null);
        }
        try {
            return mapper.readValue(json, EventEnvelope.class);
        } catch (JacksonException e) {
            throw new InvalidEventException("unreadable event envelope: " + rootMessage(e), e);
        }
    }

    public <T> T payload(EventEnvelope envelope, Class<T> payloadType) {
        try {
            return mapper.treeToValue(envelope.payload(), payloadType);
        } catch (JacksonException e) {
            throw new InvalidEventException("payload of event " + envelope.eventId() + " (" + envelope.type()
                    + ") is not a valid " + payloadType.getSimpleName() + ": " + rootMessage(e), e);
        }
    }

    public <T> T readValue(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw new InvalidEventException("not a valid " + type.getSimpleName() + ": " + rootMessage(e), e);
        }
    }

    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    public JsonMapper mapper() {
        return mapper;
    }

    /**
     * A record constructor's own message ("eventId is required") says more than Jackson's wrapper
     * around it, so prefer the innermost cause that has one.
     */
    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof JacksonException jackson) {
            return jackson.getOriginalMessage();
        }
        return cause.getMessage();
    }
}
