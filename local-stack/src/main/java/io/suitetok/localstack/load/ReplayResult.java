package io.suitetok.localstack.load;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one {@link WebhookReplay} run measured, as the one line it prints and the launcher reads back.
 *
 * @param achievedPerSecond webhooks sent per second while sending (the rate the generator really kept)
 * @param seconds           from the first webhook sent to the last answer
 * @param p50Millis         answer times count from when each webhook was due, not from when it was sent
 */
public record ReplayResult(int rate, int sent, int ok, int failed, long firstSentMillis, double achievedPerSecond,
        double seconds, double p50Millis, double p99Millis, double maxMillis) {

    static final String PREFIX = "replay ";

    public String line() {
        return String.format(Locale.ROOT, PREFIX + "rate=%d sent=%d ok=%d failed=%d first_sent_ms=%d achieved_per_s=%.1f"
                + " took_s=%.2f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f", rate, sent, ok, failed, firstSentMillis,
                achievedPerSecond, seconds, p50Millis, p99Millis, maxMillis);
    }

    /** The line {@link #line()} printed; anything else is refused. */
    public static ReplayResult parse(String line) {
        if (!line.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a replay result: " + line);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : line.substring(PREFIX.length()).trim().split("\\s+")) {
            int equals = pair.indexOf('=');
            fields.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return new ReplayResult(Integer.parseInt(fields.get("rate")), Integer.parseInt(fields.get("sent")),
                Integer.parseInt(fields.get("ok")), Integer.parseInt(fields.get("failed")),
                Long.parseLong(fields.get("first_sent_ms")), Double.parseDouble(fields.get("achieved_per_s")),
                Double.parseDouble(fields.get("took_s")), Double.parseDouble(fields.get("p50_ms")),
                Double.parseDouble(fields.get("p99_ms")), Double.parseDouble(fields.get("max_ms")));
    }
}
