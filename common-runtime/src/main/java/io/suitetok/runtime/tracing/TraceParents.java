package io.suitetok.runtime.tracing;

import io.micrometer.tracing.Link;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Carries a trace across a hop that is not a call: a row written now and worked on later by another thread
 * (the outbox, an order queued for a batch write). The W3C {@code traceparent} of the current span is stored
 * with the row, and the later work opens a span that continues it, so one trace runs from the webhook to the
 * NetSuite write. With no tracer (or nothing traced) it stores nothing and opens no-op spans.
 */
public final class TraceParents {

    static final String HEADER = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceParents(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    public static TraceParents none() {
        return new TraceParents(Tracer.NOOP, Propagator.NOOP);
    }

    /** The current span's {@code traceparent}, or null outside a (sampled or not) trace. */
    public String current() {
        Span span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /**
     * Starts a span named {@code name} under the first stored parent, linked to the others (a batch carries many
     * orders but is one call). No stored parent: a new trace. The caller ends it and scopes it with
     * {@link Tracer#withSpan(Span)}, usually through {@link #inSpan(String, List, Runnable)}.
     */
    public Span start(String name, List<String> traceParents) {
        return start(name, null, traceParents);
    }

    /**
     * As {@link #start(String, List)}, of the given kind (a batch of Kafka records handled is a CONSUMER span);
     * null is an internal span (Micrometer's kinds have no INTERNAL).
     */
    public Span start(String name, Span.Kind kind, List<String> traceParents) {
        List<String> stored = traceParents.stream().filter(Objects::nonNull).toList();
        Span.Builder builder = stored.isEmpty() ? tracer.spanBuilder().setNoParent()
                : propagator.extract(Map.of(HEADER, stored.get(0)), Map::get);
        for (String other : stored.subList(Math.min(1, stored.size()), stored.size())) {
            TraceContext linked = parse(other);
            if (linked != null) {
                builder.addLink(new Link(linked));
            }
        }
        builder.name(name);
        return (kind == null ? builder : builder.kind(kind)).start();
    }

    /** Runs {@code work} in a span continuing {@code traceParents} (see {@link #start}); the span ends after it. */
    public void inSpan(String name, List<String> traceParents, Runnable work) {
        inSpan(name, traceParents, () -> {
            work.run();
            return null;
        });
    }

    public <T> T inSpan(String name, List<String> traceParents, Supplier<T> work) {
        return inSpan(name, null, traceParents, work);
    }

    public <T> T inSpan(String name, Span.Kind kind, List<String> traceParents, Supplier<T> work) {
        Span span = start(name, kind, traceParents);
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } catch (RuntimeException | Error e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** {@code 00-<trace id>-<span id>-<flags>}; anything else is ignored rather than failing the work. */
    private TraceContext parse(String traceParent) {
        String[] parts = traceParent.split("-");
        if (parts.length != 4 || parts[1].length() != 32 || parts[2].length() != 16 || parts[3].length() != 2) {
            return null;
        }
        boolean sampled = (Character.digit(parts[3].charAt(1), 16) & 1) == 1;
        return tracer.traceContextBuilder().traceId(parts[1]).spanId(parts[2]).sampled(sampled).build();
    }
}
