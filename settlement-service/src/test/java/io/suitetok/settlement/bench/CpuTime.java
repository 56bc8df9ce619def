package io.suitetok.settlement.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time used by this JVM and by the PostgreSQL server (the postmaster and its live processes) over the
 * measured part. On a machine shared with other work the wall time varies; the CPU the ingest needs does
 * not, and on two cores half of it is the least wall time it can take. A PostgreSQL process that exits in
 * between (an autovacuum worker) takes its CPU time with it, so the database figure is a lower bound.
 */
final class CpuTime {

    private final ProcessHandle postmaster;
    private long jvmStart;
    private long databaseStart;

    CpuTime(JdbcTemplate jdbc) {
        long backend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
        postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent).orElseThrow();
    }

    void start() {
        jvmStart = jvmNanos();
        databaseStart = databaseNanos();
    }

    double jvmSeconds() {
        return (jvmNanos() - jvmStart) / 1e9;
    }

    double databaseSeconds() {
        return (databaseNanos() - databaseStart) / 1e9;
    }

    private static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private long databaseNanos() {
        return cpu(postmaster) + postmaster.descendants().mapToLong(CpuTime::cpu).sum();
    }

    private static long cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
