package io.suitetok.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The day of trading that {@code ./run-hub} runs, at a smaller size and on free ports: every invariant
 * holds (one Sales Order per paid order, totals to the cent, TikTok stock equal to the sellable formula).
 */
class LocalStackScenarioTest {

    static {
        ConsoleLogging.install();
    }

    @Test
    void aSmallDayOfTradingEndsWithEveryInvariantHolding() {
        StackOptions options = StackOptions.defaults().sized(30, 40).onFreePorts();
        try (LocalStack stack = new LocalStack(options)) {
            LocalStack.Outcome outcome = stack.runDay();

            System.out.println(outcome.report());
            assertThat(outcome.invariants()).hasSize(3).allSatisfy(result -> assertThat(result.mismatches())
                    .as(result.name()).isEmpty());
            assertThat(outcome.invariants()).allSatisfy(result -> assertThat(result.checked()).isPositive());
        }
    }
}
