package io.suitetok.settlement.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPU time of this JVM's threads over the measured part, by role (the simulator's HTTP workers, the page
 * reader, the storing thread, Kafka, the rest), sampled every half second so that a thread that ends before
 * the measurement does (the page reader) is counted too. What the JVM used beyond its Java threads is the
 * garbage collector and the JIT compiler.
 */
final class ThreadCpu implements AutoCloseable {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> startNanos = new ConcurrentHashMap<>();
    private final Map<Long, Long> lastNanos = new ConcurrentHashMap<>();
    private final Map<Long, String> names = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    ThreadCpu() {
        sample(true);
        sampler = new Thread(() -> {
            while (running) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
                sample(false);
            }
        }, "bench-thread-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample(boolean first) {
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu < 0) {
                continue;
            }
            names.putIfAbsent(info.getThreadId(), info.getThreadName());
            startNanos.putIfAbsent(info.getThreadId(), first ? cpu : 0L);
            lastNanos.put(info.getThreadId(), cpu);
        }
    }

    /** Seconds of CPU per role, from the start to now. */
    Map<String, Double> byRole() {
        sample(false);
        Map<String, Double> roles = new TreeMap<>();
        lastNanos.forEach((id, last) -> roles.merge(role(names.get(id)),
                (last - startNanos.getOrDefault(id, 0L)) / 1e9, Double::sum));
        return roles;
    }

    static String role(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("http-nio")) {
            return "TikTok simulator (renders pages)";
        }
        if (n.startsWith("statement-pages")) {
            return "page reader (HTTP client, JSON)";
        }
        if (n.equals("main")) {
            return "storing (main)";
        }
        if (n.contains("kafka") || n.contains("raft") || n.contains("outbox")) {
            return "Kafka and outbox";
        }
        return "other Java threads";
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
