package io.suitetok.runtime.kafka;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka value serializer for hub events: the envelope as UTF-8 JSON. */
public class EventEnvelopeSerializer implements Serializer<EventEnvelope> {

    private final EventCodec codec = new EventCodec();

    @Override
    public byte[] serialize(String topic, EventEnvelope envelope) {
        return envelope == null ? null : codec.write(envelope);
    }
}
