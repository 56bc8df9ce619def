package io.suitetok.runtime.kafka;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka value deserializer for hub events. It throws on a malformed or incomplete envelope;
 * wrapped in spring-kafka's ErrorHandlingDeserializer (the hub's default), that record goes to
 * the dead-letter topic at once instead of blocking its partition.
 */
public class EventEnvelopeDeserializer implements Deserializer<EventEnvelope> {

    private final EventCodec codec = new EventCodec();

    @Override
    public EventEnvelope deserialize(String topic, byte[] data) {
        return data == null ? null : codec.read(data);
    }
}
