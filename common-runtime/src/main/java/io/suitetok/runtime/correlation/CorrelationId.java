package io.suitetok.runtime.correlation;

/**
 * Names under which the correlation id travels: the TikTok order id or the seller SKU that ties
 * together every log line, event and HTTP call of one business flow.
 */
public final class CorrelationId {

    public static final String MDC_KEY = "correlationId";
    public static final String KAFKA_HEADER = "hub-correlation-id";
    public static final String HTTP_HEADER = "X-Correlation-Id";

    private CorrelationId() {
    }
}
