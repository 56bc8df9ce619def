package io.suitetok.localstack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A line per flow, every few seconds while the day runs: {@code orders   Sales Orders 312/480}. The
 * counts are read from where the flows keep them, so a stuck flow shows as a number that stops moving.
 */
final class Progress implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);

    /** What a flow has done of what it has to do; total 0 means not started yet. */
    record Count(String what, long done, long total) {
    }

    private final Map<String, Supplier<Count>> flows = new LinkedHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-stack-progress");
        thread.setDaemon(true);
        return thread;
    });
    private String lastPrinted = "";

    synchronized void track(String flow, Supplier<Count> count) {
        flows.put(flow, count);
    }

    void start(long everySeconds) {
        timer.scheduleWithFixedDelay(this::print, everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    synchronized void print() {
        StringBuilder lines = new StringBuilder();
        flows.forEach((flow, supplier) -> {
            try {
                Count count = supplier.get();
                if (count.total() > 0) {
                    lines.append(String.format("%n  %-10s %s %d/%d", flow, count.what(), count.done(), count.total()));
                }
            } catch (RuntimeException e) {
                lines.append(String.format("%n  %-10s (not readable yet: %s)", flow, e.getMessage()));
            }
        });
        String text = lines.toString();
        // An unchanged picture is not worth another screenful.
        if (!text.isEmpty() && !text.equals(lastPrinted)) {
            log.info("progress:{}", text);
            lastPrinted = text;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
