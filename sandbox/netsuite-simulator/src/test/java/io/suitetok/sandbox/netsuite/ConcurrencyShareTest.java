package io.suitetok.sandbox.netsuite;

import static io.suitetok.sandbox.netsuite.SimulatorTestKit.MUG;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.line;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.salesOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.netsuite.config.ConcurrencyPolicy;
import io.suitetok.netsuite.config.RetryPolicy;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.soap.SuiteTalkClient;
import io.suitetok.sandbox.netsuite.governance.GovernanceStats;
import io.suitetok.sandbox.netsuite.governance.OtherIntegrationTraffic;
import io.suitetok.sandbox.netsuite.latency.LatencyModel;
import io.suitetok.sandbox.netsuite.latency.OperationLatency;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The account's concurrency limit is shared with other integrations; the client's share keeps the
 * hub inside it, and the concurrency faults that still happen when the others are busy are absorbed
 * (lower the limit, back off, retry) instead of reaching the caller.
 */
class ConcurrencyShareTest {

    private static final int ACCOUNT_LIMIT = 4;
    private static final int SHARE = 4;
    private static final int CALLERS = 32;

    @Test
    void moreParallelCallersThanTheShareNeverSeeAConcurrencyFault() throws Exception {
        LatencyModel busy = new LatencyModel(Map.of("upsertList", new OperationLatency(30, 2),
                "getServerTime", new OperationLatency(20, 0)), 1.0);
        try (NetSuiteSimulator netsuite = NetSuiteSimulator.start(SimulatorSettings.forTests()
                .withConcurrencyLimit(ACCOUNT_LIMIT).withLatency(busy))) {
            netsuite.account().seed(SimulatorTestKit.seed());
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            SuiteTalkClient client = SuiteTalkClient.create(SimulatorTestKit.config(netsuite)
                    .withConcurrency(new ConcurrencyPolicy(SHARE, Duration.ofMillis(150), Duration.ofSeconds(60)))
                    .withRetry(new RetryPolicy(12, Duration.ofMillis(10), Duration.ofMillis(120))), meters);
            client.getServerTime();
            // Other integrations fill the whole account before the hub's burst begins, so the hub's first request
            // is refused for certain; once that refusal is seen all but one of them let go, and that one keeps its
            // slot for the rest of the burst, so the hub's share of four meets an account with three free slots.
            // (Waiting on the refusal instead of on a clock keeps a slow machine from missing it.)
            netsuite.setOtherTraffic(new OtherIntegrationTraffic.Shape(ACCOUNT_LIMIT, Duration.ofMinutes(5),
                    Duration.ZERO));
            awaitOtherIntegrations(netsuite, ACCOUNT_LIMIT);
            netsuite.governance().resetStats();
            ExecutorService burst = Executors.newSingleThreadExecutor();
            Future<List<Throwable>> callers = burst.submit(() -> runCallers(client));
            awaitFirstRefusal(netsuite);
            netsuite.setOtherTraffic(new OtherIntegrationTraffic.Shape(1, Duration.ofMinutes(5), Duration.ZERO));

            List<Throwable> reachedCallers = callers.get(3, TimeUnit.MINUTES);
            burst.shutdown();

            GovernanceStats seen = netsuite.governance().stats();
            assertThat(reachedCallers).isEmpty();
            assertThat(netsuite.account().records(SalesOrder.class)).hasSize(CALLERS * 2);
            assertThat(seen.peakSoapInFlight()).isLessThanOrEqualTo(SHARE);
            assertThat(seen.peakInFlight()).isLessThanOrEqualTo(ACCOUNT_LIMIT);
            assertThat(seen.blocked()).as("the other integrations made the account refuse some requests")
                    .isPositive();
            assertThat(meters.counter("netsuite.suitetalk.faults", "operation", "upsertList",
                    "code", "WS_REQUEST_BLOCKED", "class", "THROTTLED").count()
                    + meters.counter("netsuite.suitetalk.faults", "operation", "getServerTime",
                    "code", "WS_REQUEST_BLOCKED", "class", "THROTTLED").count())
                    .as("every refusal was seen and absorbed by the client").isEqualTo((double) seen.blocked());
        }
    }

    @Test
    void aRequestBeyondTheAccountLimitIsRefusedWithRequestBlocked() {
        OtherIntegrationTraffic.Shape accountFull =
                new OtherIntegrationTraffic.Shape(ACCOUNT_LIMIT, Duration.ofMinutes(1), Duration.ZERO);
        try (NetSuiteSimulator netsuite = NetSuiteSimulator.start(SimulatorSettings.forTests()
                .withConcurrencyLimit(ACCOUNT_LIMIT).withOtherTraffic(accountFull))) {
            awaitOtherIntegrations(netsuite, ACCOUNT_LIMIT);
            SuiteTalkClient client = SuiteTalkClient.create(SimulatorTestKit.config(netsuite)
                    .withRetry(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2))), new SimpleMeterRegistry());

            assertThatThrownBy(client::getServerTime).isInstanceOfSatisfying(SuiteTalkException.class,
                    e -> assertThat(e.fault().code()).isEqualTo("WS_REQUEST_BLOCKED"));
            assertThat(netsuite.governance().stats().blocked()).isEqualTo(2);
            assertThat(client.concurrency().limit()).isLessThan(client.concurrency().share());
        }
    }

    private static List<Throwable> runCallers(SuiteTalkClient client) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Callable<List<WriteOutcome>>> work = new ArrayList<>();
            for (int caller = 0; caller < CALLERS; caller++) {
                String prefix = "TTS-7495021-" + (100_000 + caller * 10);
                work.add(() -> {
                    List<WriteOutcome> outcomes = new ArrayList<>(client.upsertList(List.of(
                            salesOrder(prefix + "1", line(MUG, "1", "14.00")))));
                    client.getServerTime();
                    outcomes.addAll(client.upsertList(List.of(salesOrder(prefix + "2", line(MUG, "1", "14.00")))));
                    return outcomes;
                });
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<List<WriteOutcome>> result : callers.invokeAll(work, 2, TimeUnit.MINUTES)) {
                try {
                    result.get().stream().filter(outcome -> !outcome.written())
                            .forEach(outcome -> failures.add(new AssertionError("rejected: " + outcome)));
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        } finally {
            callers.shutdownNow();
        }
    }

    private static void awaitFirstRefusal(NetSuiteSimulator netsuite) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (netsuite.governance().stats().blocked() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the hub's burst never met the full account");
            }
            Thread.onSpinWait();
        }
    }

    private static void awaitOtherIntegrations(NetSuiteSimulator netsuite, int slots) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (netsuite.governance().stats().otherIntegrationsInFlight() < slots) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the other integrations never took the account's slots");
            }
            Thread.onSpinWait();
        }
    }
}
