package io.suitetok.localstack;

import io.suitetok.localstack.load.ReplayResult;
import java.util.List;
import java.util.Locale;

/** The LIVE burst's figures, each beside its goal (issue 18, item 3), as a Markdown table. */
final class LiveBurstReport {

    private LiveBurstReport() {
    }

    /** What the burst measured against what NetSuite's governance allows. */
    record Burst(int written, int parked, double seconds, double ceilingSeconds, double perSecond,
            double perSecondAfterAllRead, double ceilingPerSecond, int share, int batch, double batchSeconds, ReplayResult webhooks) {
    }

    static String of(LiveBurst.Options options, Burst burst, List<ReplayResult> steady,
            List<ServiceProcess> processes) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%nLIVE burst: %,d orders, their webhooks at"
                + " %d/s from another JVM, NetSuite latency x1.0, order-sync's share %d, %d Sales Orders per"
                + " upsertList (%.2f s of a slot per batch with its getList): ceiling %.1f Sales Orders/s%n",
                options.orders(), options.rate(), burst.share, burst.batch, burst.batchSeconds,
                burst.ceilingPerSecond));
        text.append(options.warmUpOrders() > 0 ? String.format(Locale.ROOT, "Before it, %d orders of ordinary trading"
                + " at %d/s, each in NetSuite before the burst began (not counted below)%n%n", options.warmUpOrders(),
                LiveBurst.WARM_UP_RATE) : String.format("No warm-up: the burst met a service that had served nothing"
                + "%n%n"));
        text.append("| figure | measured | goal |\n|---|---|---|\n");
        double timeRatio = burst.seconds / burst.ceilingSeconds;
        double rateRatio = burst.perSecond / burst.ceilingPerSecond;
        boolean complete = burst.written + burst.parked >= options.orders();
        // A webhook answered 503 is not sent again by the generator (TikTok would retry it; the order poll is off),
        // so its order may never arrive: then the time is the wait's limit, not the flow's.
        row(text, "every order a Sales Order in NetSuite, from the first webhook", String.format(Locale.ROOT,
                "%s%.1f s (%,d written, %d parked) = %.2f x the ceiling's %.1f s", complete ? ""
                        : "NOT ALL, gave up after ", burst.seconds, burst.written, burst.parked, timeRatio,
                burst.ceilingSeconds), verdict(complete && timeRatio <= LiveBurst.TIME_GOAL,
                "≤ " + LiveBurst.TIME_GOAL + " x"));
        row(text, "Sales Orders per second, first to last", String.format(Locale.ROOT, "%.1f = %.2f of the ceiling",
                burst.perSecond, rateRatio), verdict(rateRatio >= LiveBurst.THROUGHPUT_GOAL,
                "≥ " + LiveBurst.THROUGHPUT_GOAL));
        // The flush alone, once TikTok's side is done: what the start of a burst costs shows as the gap to the above.
        row(text, "Sales Orders per second, from every order read from TikTok to the last", String.format(Locale.ROOT,
                "%.1f = %.2f of the ceiling", burst.perSecondAfterAllRead, burst.perSecondAfterAllRead
                        / burst.ceilingPerSecond), "(recorded)");
        row(text, String.format(Locale.ROOT, "webhook answers during the burst (%d/s)", options.rate()),
                answers(burst.webhooks), "all answered 200");
        for (ReplayResult result : steady) {
            boolean goal = result.rate() >= 2_000;
            row(text, String.format(Locale.ROOT, "webhook answers at %,d/s for %d s, one replica", result.rate(),
                    options.steadySeconds()), answers(result), goal ? verdict(result.failed() == 0
                    && result.p99Millis() <= LiveBurst.P99_GOAL_MS, "p99 ≤ " + (int) LiveBurst.P99_GOAL_MS + " ms")
                    : "(recorded)");
        }
        return text.append(ProcessFigures.table(processes)).toString();
    }

    private static String answers(ReplayResult result) {
        return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms; %,d of %,d answered 200; sent at"
                + " %.0f/s", result.p50Millis(), result.p99Millis(), result.maxMillis(), result.ok(), result.sent(),
                result.achievedPerSecond());
    }

    private static String verdict(boolean met, String goal) {
        return goal + ": " + (met ? "met" : "**missed**");
    }

    private static void row(StringBuilder text, String figure, String measured, String goal) {
        text.append("| ").append(figure).append(" | ").append(measured).append(" | ").append(goal).append(" |\n");
    }
}
