package io.suitetok.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./run-hub --fault-suite [--full] [--seed N]}: one small day per fault, each in a fresh JVM (its own
 * PostgreSQL, broker and simulators, every service its own process), then one table: what was injected, how
 * long the day took, orders and Sales Orders, and every invariant of the day. Exit 1 if any day failed. Each
 * day's whole output stays in {@code local-stack/target/fault-suite-<time>/}, and its row names the seed and
 * {@code --fault} that replay it alone.
 */
public final class FaultSuite {

    static final String ROW = "fault row\t";
    private static final String[] INVARIANTS = {"1 SO/order", "totals", "stock", "prices", "returns", "settlement"};
    private static final List<String> SERVICES = List.of("catalog-sync", "order-sync", "inventory-sync",
            "pricing-sync", "settlement");
    private static final int ITEMS = 30;

    private FaultSuite() {
    }

    /** One day's row: parsed from the {@link #ROW} line its JVM prints after the report. */
    record Row(String scenario, long seed, String fault, String injected, long seconds, int orders, long salesOrders,
            List<String> verdicts, List<String> mismatches, boolean passed) {
    }

    /** The line a day under {@code --fault} prints after its report, for the suite to read. */
    static String rowLine(LocalStack.Outcome outcome, StackOptions options) {
        List<String> fields = new ArrayList<>(List.of(outcome.faults(), String.valueOf(options.seed()),
                options.fault(), outcome.injected(), String.valueOf(outcome.took().toSeconds()),
                String.valueOf(outcome.orders()), String.valueOf(outcome.salesOrders())));
        for (Invariants.Result result : outcome.invariants()) {
            fields.add(result.passed() ? "ok" : "FAIL (" + result.mismatches().size() + ")");
            fields.add(String.join(" | ", result.mismatches().stream().limit(3).toList()));
        }
        return ROW + String.join("\t", fields.stream().map(field -> field.replaceAll("[\\t\\n\\r]", " ")).toList());
    }

    static Row parse(String line) {
        String[] fields = line.substring(ROW.length()).split("\t", -1);
        List<String> verdicts = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        for (int i = 7; i + 1 < fields.length; i += 2) {
            verdicts.add(fields[i]);
            if (!fields[i].equals("ok")) {
                mismatches.add(INVARIANTS[Math.min((i - 7) / 2, INVARIANTS.length - 1)] + ": " + fields[i + 1]);
            }
        }
        return new Row(fields[0], Long.parseLong(fields[1]), fields[2], fields[3], Long.parseLong(fields[4]),
                Integer.parseInt(fields[5]), Long.parseLong(fields[6]), verdicts, mismatches,
                verdicts.size() == INVARIANTS.length && verdicts.stream().allMatch("ok"::equals));
    }

    public static void main(String[] args) {
        boolean full = false;
        long seed = StackOptions.DEFAULT_SEED;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--full" -> full = true;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("unknown option " + args[i] + "\n" + StackOptions.usage());
                    System.exit(2);
                }
            }
        }
        int kills = full ? 10 : 2;
        // More orders in the full run: the order burst lasts a few seconds, long enough for the first kill.
        int orders = full ? 120 : 60;
        List<String> faults = new ArrayList<>();
        SERVICES.forEach(service -> faults.add("kill:" + service + ":" + kills));
        faults.addAll(List.of("broker:" + (full ? 3 : 1), "netsuite", "tiktok", "webhooks"));
        // Bounded: a day that outlives this is stopped and its row says so (a step stuck under faults gives up
        // after 5 minutes, so a day that reports at all reports inside it); no day starts once the suite has
        // used its whole budget.
        Duration perDay = Duration.ofMinutes(full ? 20 : 12);
        Duration budget = Duration.ofMinutes(full ? 75 : 40);

        Instant started = Instant.now();
        Path folder = Path.of(System.getProperty("localstack.output", "target")).resolve("fault-suite-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started));
        System.out.printf("fault suite (%s): %d days of %d items and %d orders, each service in its own JVM, each "
                + "day at most %d min, the suite at most %d min and a day; each day's output in %s%n",
                full ? "full" : "CI-sized", faults.size(), ITEMS, orders, perDay.toMinutes(), budget.toMinutes(),
                folder.toAbsolutePath());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            long daySeed = seed + i;
            if (Duration.between(started, Instant.now()).compareTo(budget) > 0) {
                rows.add(new Row(faults.get(i), daySeed, faults.get(i), "not run", 0, 0, 0, List.of(),
                        List.of("not run: the suite had used its " + budget.toMinutes() + " minutes"), false));
                continue;
            }
            Row row = runDay(folder, faults.get(i), daySeed, orders, perDay);
            rows.add(row);
            System.out.printf("  %-50s %s in %d s%n", row.scenario(), row.passed() ? "PASS" : "FAIL", row.seconds());
        }
        Duration took = Duration.between(started, Instant.now());
        System.out.println(table(rows, took, orders));
        System.exit(rows.stream().allMatch(Row::passed) ? 0 : 1);
    }

    private static Row runDay(Path folder, String fault, long seed, int orders, Duration limit) {
        Path log = folder.resolve(fault.replace(':', '-') + "-seed-" + seed + ".log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k",
                "-Dlocalstack.output=" + System.getProperty("localstack.output", "target"),
                "-D" + ProcessLauncher.CLASS_DATA_SHARING + "=" + Boolean.getBoolean(ProcessLauncher.CLASS_DATA_SHARING),
                "-cp", System.getProperty("java.class.path"), LocalStackMain.class.getName(),
                "--exit-after-report", "--processes", "--free-ports", "--seed", String.valueOf(seed),
                "--items", String.valueOf(ITEMS), "--orders", String.valueOf(orders), "--fault", fault));
        Instant start = Instant.now();
        try {
            Files.createDirectories(folder);
            Process day = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            boolean finished = day.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                // SIGTERM first: its shutdown hooks stop the services it started, so none outlives the suite.
                day.destroy();
                if (!day.waitFor(90, TimeUnit.SECONDS)) {
                    day.descendants().forEach(ProcessHandle::destroyForcibly);
                    day.destroyForcibly();
                }
            }
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith(ROW)) {
                    return parse(line);
                }
            }
            String why = finished ? "the day exited " + day.exitValue() + " without its report"
                    : "stopped after " + limit.toMinutes() + " minutes";
            return new Row(fault, seed, fault, "?", Duration.between(start, Instant.now()).toSeconds(), 0, 0,
                    List.of(), List.of(why + "; see " + log), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String table(List<Row> rows, Duration took, int orders) {
        StringBuilder out = new StringBuilder("\n");
        out.append(String.format("| %-50s | %-66s | %7s | %6s | %5s | %-10s | %-10s | %-10s | %-10s | %-10s | %-10s |%n",
                "scenario (seed)", "faults injected", "day", "orders", "SOs", INVARIANTS[0], INVARIANTS[1],
                INVARIANTS[2], INVARIANTS[3], INVARIANTS[4], INVARIANTS[5]));
        out.append("|").append("-".repeat(52)).append("|").append("-".repeat(68)).append("|---------|--------|-------|")
                .append("------------|".repeat(6)).append('\n');
        for (Row row : rows) {
            List<String> verdicts = new ArrayList<>(row.verdicts());
            while (verdicts.size() < INVARIANTS.length) {
                verdicts.add("n/a");
            }
            out.append(String.format("| %-50s | %-66s | %5d s | %6d | %5d | %-10s | %-10s | %-10s | %-10s | %-10s | %-10s |%n",
                    row.scenario() + " (" + row.seed() + ")", row.injected(), row.seconds(), row.orders(),
                    row.salesOrders(), verdicts.get(0), verdicts.get(1), verdicts.get(2), verdicts.get(3),
                    verdicts.get(4), verdicts.get(5)));
        }
        for (Row row : rows) {
            row.mismatches().forEach(mismatch -> out.append(String.format("  %s (replay: ./run-hub --processes "
                    + "--exit-after-report --seed %d --items %d --orders %d --fault %s): %s%n", row.scenario(),
                    row.seed(), ITEMS, orders, row.fault(), mismatch)));
        }
        long failed = rows.stream().filter(row -> !row.passed()).count();
        out.append(String.format("%s: %d of %d days passed every invariant; the suite took %d min %02d s%n",
                failed == 0 ? "FAULT SUITE PASSED" : "FAULT SUITE FAILED", rows.size() - failed, rows.size(),
                took.toMinutes(), took.toSecondsPart()));
        return out.toString();
    }
}
