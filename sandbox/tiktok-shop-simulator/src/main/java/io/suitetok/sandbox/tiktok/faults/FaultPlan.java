package io.suitetok.sandbox.tiktok.faults;

import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Faults the tests ask for, per endpoint name or for every endpoint ({@value #ANY}): latency before
 * handling, the next N calls failing with a 5xx before anything is applied, and the next N calls
 * applied and then answered late (the "timeout after the write was committed" case).
 */
@Component
public class FaultPlan {

    public static final String ANY = "*";

    private final Map<String, Duration> latency = new HashMap<>();
    private final Map<String, Failures> failures = new HashMap<>();
    private final Map<String, SlowCommits> slowCommits = new HashMap<>();
    private final Map<String, Integer> skuRefusals = new HashMap<>();
    private final Map<String, Integer> anonymousRefusals = new HashMap<>();

    public synchronized void setLatency(String endpoint, Duration delay) {
        if (delay == null || delay.isZero()) {
            latency.remove(endpoint);
        } else {
            latency.put(endpoint, delay);
        }
    }

    public synchronized void failNext(String endpoint, int count, int httpStatus) {
        if (httpStatus < 500 || httpStatus > 599) {
            throw new IllegalArgumentException("injected failures are 5xx, not " + httpStatus);
        }
        failures.put(endpoint, new Failures(count, httpStatus));
    }

    public synchronized void answerLateAfterCommit(String endpoint, int count, Duration delay) {
        slowCommits.put(endpoint, new SlowCommits(count, delay));
    }

    /**
     * The next {@code count} stock updates naming this SKU refuse it (TikTok's per-SKU error inside a
     * code-0 answer) while the other SKUs of the same call are applied: a partial failure.
     */
    public synchronized void refuseStockUpdates(String skuId, int count) {
        if (count <= 0) {
            skuRefusals.remove(skuId);
        } else {
            skuRefusals.put(skuId, count);
        }
    }

    /**
     * Like {@link #refuseStockUpdates}, but the error names no SKU (no {@code detail}): TikTok does
     * answer so at times, and a caller must not read it as "every SKU was applied".
     */
    public synchronized void refuseStockUpdatesWithoutSkuId(String skuId, int count) {
        if (count <= 0) {
            anonymousRefusals.remove(skuId);
        } else {
            anonymousRefusals.put(skuId, count);
        }
    }

    /** @return true when an anonymous refusal of this SKU was due (and is now used up) */
    public synchronized boolean consumeAnonymousStockRefusal(String skuId) {
        Integer remaining = anonymousRefusals.get(skuId);
        if (remaining == null) {
            return false;
        }
        if (remaining <= 1) {
            anonymousRefusals.remove(skuId);
        } else {
            anonymousRefusals.put(skuId, remaining - 1);
        }
        return true;
    }

    /** @return true when a refusal of this SKU was due (and is now used up) */
    public synchronized boolean consumeStockRefusal(String skuId) {
        Integer remaining = skuRefusals.get(skuId);
        if (remaining == null) {
            return false;
        }
        if (remaining <= 1) {
            skuRefusals.remove(skuId);
        } else {
            skuRefusals.put(skuId, remaining - 1);
        }
        return true;
    }

    public synchronized void clear() {
        latency.clear();
        failures.clear();
        slowCommits.clear();
        skuRefusals.clear();
        anonymousRefusals.clear();
    }

    public synchronized FaultView view() {
        return new FaultView(Map.copyOf(latency), Map.copyOf(failures), Map.copyOf(slowCommits));
    }

    /** Before the request is looked at: waits, then fails it if a failure is due. */
    public void beforeHandling(String endpoint) {
        Duration delay;
        Failures due;
        synchronized (this) {
            delay = latency.getOrDefault(endpoint, Duration.ZERO).plus(latency.getOrDefault(ANY, Duration.ZERO));
            due = consumeFailure(endpoint);
        }
        pause(delay);
        if (due != null) {
            throw new TikTokError(ErrorCodes.INTERNAL_ERROR, due.httpStatus(),
                    "Internal error, please try again later (injected fault)");
        }
    }

    /** After the change is applied and before the answer leaves. */
    public void afterHandling(String endpoint) {
        Duration delay = Duration.ZERO;
        synchronized (this) {
            for (String key : new String[] {endpoint, ANY}) {
                SlowCommits slow = slowCommits.get(key);
                if (slow != null && slow.remaining() > 0) {
                    slowCommits.put(key, new SlowCommits(slow.remaining() - 1, slow.delay()));
                    delay = slow.delay();
                    break;
                }
            }
        }
        pause(delay);
    }

    private Failures consumeFailure(String endpoint) {
        for (String key : new String[] {endpoint, ANY}) {
            Failures pending = failures.get(key);
            if (pending != null && pending.remaining() > 0) {
                failures.put(key, new Failures(pending.remaining() - 1, pending.httpStatus()));
                return pending;
            }
        }
        return null;
    }

    private static void pause(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public record Failures(int remaining, int httpStatus) {
    }

    public record SlowCommits(int remaining, Duration delay) {
    }

    public record FaultView(Map<String, Duration> latency, Map<String, Failures> failures,
            Map<String, SlowCommits> lateAnswers) {
    }
}
