package io.suitetok.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole hub on one machine: embedded PostgreSQL and Kafka, both simulators, every service in its
 * own Spring context (or, with {@code --processes}, its own JVM) with its own schema and port, then a day
 * of trading and its report. The day and its invariants reach the services only as an operator would: HTTP,
 * their database schemas, and the simulators they talk to, so one code path serves both modes.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    /** What a finished day leaves behind: the report's text and whether every invariant held. */
    public record Outcome(String report, List<Invariants.Result> invariants, Duration took, int orders,
            long salesOrders, String faults, String injected) {

        public boolean passed() {
            return invariants.stream().allMatch(Invariants.Result::passed);
        }

        /** The day in one line, for a soak of many days: {@code ./run-hub --days 10}. */
        public String verdictLine(long seed) {
            StringBuilder line = new StringBuilder(String.format("day seed %d: %s in %d s", seed,
                    passed() ? "PASS" : "FAIL", took.toSeconds()));
            for (Invariants.Result result : invariants) {
                line.append(String.format(" | %s %s (%d checked, %d mismatches)", result.passed() ? "ok" : "FAIL",
                        result.name(), result.checked(), result.mismatches().size()));
            }
            return line.toString();
        }
    }

    private final StackOptions options;
    private final Instant started = Instant.now();
    private Simulators simulators;
    private Infrastructure infrastructure;
    private RunningHub hub;
    private Progress progress;
    private DayLedger ledger;
    private TradingDay day;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private Consumer<RunningHub> midBurst = hub -> { };
    private final List<DayFault> faults;

    public LocalStack(StackOptions options) {
        this.options = options;
        this.faults = DayFaults.parse(options.fault(), options.seed());
    }

    /** The faults the day survives ({@code --fault}), with what each injected once the day is over. */
    List<DayFault> faults() {
        return faults;
    }

    /** Something to do to the running hub in the middle of the day's order burst: a fault to survive. */
    LocalStack duringOrderBurst(Consumer<RunningHub> fault) {
        this.midBurst = fault;
        return this;
    }

    /**
     * Where the day's files go (each service's log, with {@code --processes}): {@code day-<time>-seed-<seed>}
     * under {@code localstack.output} ({@code run-hub} sets local-stack/target; tests run in the module).
     */
    Path dayFolder() {
        return Path.of(System.getProperty("localstack.output", "target")).resolve("day-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started) + "-seed-"
                + options.seed());
    }

    public Outcome runDay() {
        simulators = Simulators.start(options);
        infrastructure = Infrastructure.start();
        log.info("PostgreSQL, Kafka, TikTok Shop simulator ({}) and NetSuite simulator ({}) are up",
                simulators.tiktok.baseUrl(), simulators.netsuite.soapEndpoint());
        hub = startServices(new HubServiceSettings(infrastructure, simulators, options.fixedPorts(),
                options.netsuiteApi()).services());
        log.info("services up after {} s{}: catalog {}, orders {}, inventory {}, pricing {}, settlement {}",
                Duration.between(started, Instant.now()).toSeconds(),
                options.processes() ? " as processes (logs in " + dayFolder().toAbsolutePath() + ")" : "",
                hub.catalogUrl(), hub.ordersUrl(), hub.inventoryUrl(), hub.pricingUrl(), hub.settlementUrl());

        HubTables tables = new HubTables(infrastructure.jdbc());
        progress = new Progress();
        progress.start(3);
        day = new TradingDay(options, simulators, hub, tables, progress, () -> midBurst.accept(hub),
                phase -> faults.forEach(fault -> fault.onPhase(phase, simulators, hub)));
        ledger = day.run();
        progress.close();
        List<Invariants.Result> verdicts = new Invariants(simulators.tiktok.control(), simulators.netsuite.account())
                .check(ledger, day.estate(), hub.inventoryUrl(), hub.settlementUrl());
        Duration took = Duration.between(started, Instant.now());
        String report = Report.of(ledger, tables, verdicts, took,
                simulators.tiktok.control().callCount("update_inventory"),
                simulators.tiktok.control().callCount("update_price"), new Report.SettlementDocuments(
                        simulators.netsuite.account().journalEntries().stream()
                                .filter(entry -> String.valueOf(entry.externalId()).startsWith("TTS-STMT-")).count(),
                        simulators.netsuite.account().deposits().stream()
                                .filter(deposit -> String.valueOf(deposit.externalId()).startsWith("TTS-PAY-")).count()));
        if (!processes.isEmpty()) {
            report = report + ProcessFigures.table(processes);
        }
        if (!faults.isEmpty()) {
            report = report + String.format("faults: %s: %s%n", DayFaults.names(faults), DayFaults.injected(faults));
        }
        return new Outcome(report, verdicts, took, ledger.orders.size(), salesOrders(), DayFaults.names(faults),
                DayFaults.injected(faults));
    }

    /** The day's Sales Orders in NetSuite: those the hub wrote for TikTok orders ({@code TTS-...}). */
    private long salesOrders() {
        return simulators.netsuite.account().records(
                com.netsuite.webservices.transactions.sales_2025_2.SalesOrder.class).stream()
                .filter(salesOrder -> String.valueOf(salesOrder.getExternalId()).startsWith("TTS-")).count();
    }

    /** Catalogue first, each one ready before the next starts, in this JVM or each in its own. */
    private RunningHub startServices(List<ServiceSpec> services) {
        List<HubService> running = new ArrayList<>();
        if (options.processes()) {
            ProcessLauncher launcher = new ProcessLauncher(ProcessLauncher.repositoryRoot(), dayFolder(),
                    options.fixedPorts());
            for (ServiceSpec service : services) {
                ServiceProcess process = launcher.start(service);
                processes.add(process);
                running.add(process);
            }
        } else {
            ServiceLauncher launcher = new ServiceLauncher();
            services.forEach(service -> running.add(launcher.start(service)));
        }
        return new RunningHub(running.get(0), running.get(1), running.get(2), running.get(3), running.get(4));
    }

    /** The running services (after {@link #runDay()} started them). */
    RunningHub hub() {
        return hub;
    }

    public String urls() {
        String sampleOrder = ledger == null || ledger.orders.isEmpty() ? null : ledger.orders.keySet().iterator().next();
        String sampleSku = day == null ? null : day.estate().sellable().get(0).sellerSku();
        return StackUrls.of(hub, simulators, infrastructure, sampleOrder, sampleSku);
    }

    @Override
    public void close() {
        if (progress != null) {
            progress.close();
        }
        if (hub != null) {
            hub.close();
        } else {
            // A service failed to start: the ones already running are stopped now, not at the JVM's exit.
            processes.forEach(ServiceProcess::close);
        }
        if (simulators != null) {
            simulators.close();
        }
    }
}
