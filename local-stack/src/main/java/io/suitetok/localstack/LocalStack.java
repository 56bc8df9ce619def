package io.suitetok.localstack;

import io.suitetok.catalog.CatalogSyncApplication;
import io.suitetok.inventory.InventorySyncApplication;
import io.suitetok.orders.OrderSyncApplication;
import io.suitetok.pricing.PricingSyncApplication;
import io.suitetok.settlement.SettlementApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole hub on one machine: embedded PostgreSQL and Kafka, both simulators, every service in its
 * own Spring context with its own schema and port, then a day of trading and its report.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    /** What a finished day leaves behind: the report's text and whether every invariant held. */
    public record Outcome(String report, List<Invariants.Result> invariants, Duration took) {

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

    public LocalStack(StackOptions options) {
        this.options = options;
    }

    public Outcome runDay() {
        simulators = Simulators.start(options);
        infrastructure = Infrastructure.start();
        log.info("PostgreSQL, Kafka, TikTok Shop simulator ({}) and NetSuite simulator ({}) are up",
                simulators.tiktok.baseUrl(), simulators.netsuite.soapEndpoint());
        HubServiceSettings settings = new HubServiceSettings(infrastructure, simulators, options.fixedPorts());
        ServiceLauncher launcher = new ServiceLauncher();
        hub = new RunningHub(launcher.start(CatalogSyncApplication.class, settings.catalog()),
                launcher.start(OrderSyncApplication.class, settings.orders()),
                launcher.start(InventorySyncApplication.class, settings.inventory()),
                launcher.start(PricingSyncApplication.class, settings.pricing()),
                launcher.start(SettlementApplication.class, settings.settlement()));
        log.info("services up after {} s: catalog {}, orders {}, inventory {}, pricing {}, settlement {}",
                Duration.between(started, Instant.now()).toSeconds(), hub.catalogUrl(), hub.ordersUrl(),
                hub.inventoryUrl(), hub.pricingUrl(), hub.settlementUrl());

        HubTables tables = new HubTables(infrastructure.jdbc());
        progress = new Progress();
        progress.start(3);
        day = new TradingDay(options, simulators, hub, tables, progress);
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
        return new Outcome(report, verdicts, took);
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
        }
        if (simulators != null) {
            simulators.close();
        }
    }
}
