package io.suitetok.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The day of trading that {@code ./run-hub} runs, at a smaller size and on free ports: every invariant
 * holds (one Sales Order per paid order, totals to the cent, TikTok stock equal to the sellable formula,
 * TikTok prices equal to the boundary rule, returns credited to the cent, statements matched or surfaced,
 * posted and paid out to the cent).
 * Then, on the same running hub, the README's table of who may call what.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackScenarioTest {

    static {
        ConsoleLogging.install();
    }

    static LocalStack stack;
    static LocalStack.Outcome outcome;

    @BeforeAll
    static void tradeASmallDay() {
        stack = new LocalStack(StackOptions.defaults().sized(30, 40).onFreePorts());
        outcome = stack.runDay();
        System.out.println(outcome.report());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    @Order(1)
    void aSmallDayOfTradingEndsWithEveryInvariantHolding() {
        assertThat(outcome.invariants()).hasSize(6).allSatisfy(result -> assertThat(result.mismatches())
                .as(result.name()).isEmpty());
        assertThat(outcome.invariants()).allSatisfy(result -> assertThat(result.checked()).isPositive());
    }

    @Test
    @Order(2)
    void everyEndpointAnswersEachCallerAsTheReadmeTableSays() throws Exception {
        ReadmeAccessMatrix matrix = new ReadmeAccessMatrix(Path.of("..", "README.md"));
        Map<String, HubService> services = new LinkedHashMap<>();
        services.put("order-sync", stack.hub().orders());
        services.put("inventory-sync", stack.hub().inventory());
        services.put("catalog-sync", stack.hub().catalog());
        services.put("pricing-sync", stack.hub().pricing());
        services.put("settlement", stack.hub().settlement());

        assertThat(matrix.rows()).hasSizeGreaterThanOrEqualTo(20);
        services.forEach((name, service) -> assertThat(matrix.unlisted(name, ((InJvmService) service).context()))
                .as(name + " endpoints missing from the README's table").isEmpty());
        assertThat(matrix.disagreements(services)).isEmpty();
    }
}
