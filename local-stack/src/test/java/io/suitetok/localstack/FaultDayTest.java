package io.suitetok.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fault suite's CI-sized day, in every {@code ./mvnw verify} ({@code ./run-hub --fault-suite} runs the
 * rest): the hub with each service in its own JVM (the {@code -exec} jars docker-compose runs, built by the
 * reactor's package phase before this module's tests), order-sync killed with SIGKILL twice from the start of
 * the order burst and restarted on the same ports while TikTok keeps selling; meanwhile one NetSuite call in
 * five is refused for concurrency and one in twenty loses its answer after committing, and every webhook comes
 * three times, shuffled. TikTok's webhook retries and the order poll bring back what a dead process never
 * acknowledged; the inbox and the Sales Order's external id keep what it had half done, and what NetSuite
 * committed without answering, from being done twice. Every invariant of the day must hold: no order lost, no
 * second Sales Order, no unit oversold, totals, prices, returns and settlement.
 */
class FaultDayTest {

    static {
        ConsoleLogging.install();
    }

    @Test
    void orderSyncKilledTwiceUnderNetSuiteFaultsAndTripledWebhooksLosesNoOrderAndWritesNoSecondSalesOrder() {
        StackOptions options = StackOptions.defaults().sized(30, 60).onFreePorts().inProcesses()
                .withFault("kill:order-sync:2,netsuite,webhooks");
        try (LocalStack stack = new LocalStack(options)) {
            LocalStack.Outcome outcome = stack.runDay();
            System.out.println(outcome.report());
            System.out.println(FaultSuite.rowLine(outcome, options));

            assertThat(outcome.injected()).startsWith("2 kills;");
            assertThat(((ServiceProcess) stack.hub().orders()).restarts()).as("order-sync restarts").isEqualTo(2);
            assertThat(outcome.invariants()).hasSize(6).allSatisfy(result -> assertThat(result.mismatches())
                    .as(result.name()).isEmpty());
            assertThat(outcome.invariants()).allSatisfy(result -> assertThat(result.checked()).isPositive());
        }
    }
}
