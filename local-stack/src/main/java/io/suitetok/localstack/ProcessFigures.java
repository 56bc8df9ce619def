package io.suitetok.localstack;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * Per service in its own process: time from process start to readiness UP, and resident memory after the
 * day, each beside its goal (issue 18: ready within 15 s, at most 400 MB).
 */
final class ProcessFigures {

    static final Duration READY_GOAL = Duration.ofSeconds(15);
    static final long RSS_GOAL_MB = 400;

    private ProcessFigures() {
    }

    static String table(List<ServiceProcess> services) {
        StringBuilder text = new StringBuilder("\nEach service in its own process (JVM options ")
                .append(String.join(" ", ServiceProcess.JVM_OPTIONS)).append(")\n")
                .append(String.format("  %-16s %8s %14s %8s %12s %8s %9s%n", "service", "pid", "time to ready",
                        "goal", "RSS after day", "goal", "restarts"));
        for (ServiceProcess service : services) {
            Duration ready = service.timeToReady();
            OptionalLong rss = service.residentKilobytes();
            String readyText = ready == null ? "-" : String.format("%.1f s %s", ready.toMillis() / 1000.0,
                    ready.compareTo(READY_GOAL) <= 0 ? "ok" : "OVER");
            String rssText = rss.isEmpty() ? "-" : String.format("%d MB %s", rss.getAsLong() / 1024,
                    rss.getAsLong() / 1024 <= RSS_GOAL_MB ? "ok" : "OVER");
            text.append(String.format("  %-16s %8d %14s %8s %12s %8s %9d%n", service.name(), service.pid(), readyText,
                    "≤ " + READY_GOAL.toSeconds() + " s", rssText, "≤ " + RSS_GOAL_MB + " MB", service.restarts()));
        }
        return text.toString();
    }
}
