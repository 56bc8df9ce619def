package io.suitetok.runtime.correlation;

import io.suitetok.model.event.EventEnvelope;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Puts the consumed record's correlation id (and event id) into the logging context for the
 * duration of the listener call, so every log line of that handler carries it.
 */
public class CorrelationRecordInterceptor implements RecordInterceptor<Object, Object> {

    static final String EVENT_ID_MDC_KEY = "eventId";

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
            Consumer<Object, Object> consumer) {
        String correlationId = headerValue(record);
        if (correlationId == null && record.value() instanceof EventEnvelope envelope) {
            correlationId = envelope.correlationId();
        }
        if (correlationId != null) {
            MDC.put(CorrelationId.MDC_KEY, correlationId);
        }
        if (record.value() instanceof EventEnvelope envelope) {
            MDC.put(EVENT_ID_MDC_KEY, envelope.eventId().toString());
        }
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(CorrelationId.MDC_KEY);
        MDC.remove(EVENT_ID_MDC_KEY);
    }

    private static String headerValue(ConsumerRecord<Object, Object> record) {
        Header header = record.headers().lastHeader(CorrelationId.KAFKA_HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
