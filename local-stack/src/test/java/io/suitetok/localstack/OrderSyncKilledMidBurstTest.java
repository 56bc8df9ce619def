package io.suitetok.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The fault suite's smallest case, in every {@code ./mvnw verify}: the hub with each service in its own JVM
 * (the {@code -exec} jars docker-compose runs, built by the reactor's package phase before this module's
 * tests), order-sync killed with SIGKILL when half the day's orders are placed and restarted on the same
 * ports while TikTok keeps selling. TikTok's webhook retries and the order poll bring back what the dead
 * process never acknowledged; the inbox and the Sales Order's external id keep what it had half done from
 * being done twice. Every invariant of the day must hold: no order lost, no second Sales Order, no unit
 * oversold.
 */
class OrderSyncKilledMidBurstTest {

    static {
        ConsoleLogging.install();
    }

    @Test
    void orderSyncKilledInTheOrderBurstLosesNoOrderAndWritesNoSecondSalesOrder() throws Exception {
        CompletableFuture<ServiceProcess> restarted = new CompletableFuture<>();
        try (LocalStack stack = new LocalStack(StackOptions.defaults().sized(30, 60).onFreePorts().inProcesses())) {
            stack.duringOrderBurst(hub -> {
                ServiceProcess orders = (ServiceProcess) hub.orders();
                orders.kill();
                // Restarted beside the burst, as Kubernetes would: orders keep coming while it is down.
                CompletableFuture.supplyAsync(orders::restart).whenComplete((process, failure) -> {
                    if (failure != null) {
                        restarted.completeExceptionally(failure);
                    } else {
                        restarted.complete(process);
                    }
                });
            });
            LocalStack.Outcome outcome = stack.runDay();
            System.out.println(outcome.report());

            ServiceProcess orders = restarted.get(2, TimeUnit.MINUTES);
            assertThat(orders.restarts()).as("order-sync restarts").isEqualTo(1);
            assertThat(outcome.invariants()).hasSize(6).allSatisfy(result -> assertThat(result.mismatches())
                    .as(result.name()).isEmpty());
            assertThat(outcome.invariants()).allSatisfy(result -> assertThat(result.checked()).isPositive());
        }
    }
}
