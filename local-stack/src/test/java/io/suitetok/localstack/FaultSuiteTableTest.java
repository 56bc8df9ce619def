package io.suitetok.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suite reads each day's row back from the day's JVM output and prints one table; a failure names its replay. */
class FaultSuiteTableTest {

    private static final String PASSED = FaultSuite.ROW + "kill -9 order-sync\t7\tkill:order-sync:10\t10 kills\t312\t"
            + "120\t114\tok\t\tok\t\tok\t\tok\t\tok\t\tok\t";
    private static final String LOST = FaultSuite.ROW + "NetSuite 20 % blocked, 5 % answers lost\t8\tnetsuite\t"
            + "98 blocked, 21 answers lost after commit\t170\t120\t113\tFAIL (1)\tpaid order 576 (AWAITING_SHIPMENT) "
            + "has 0 Sales Orders\tok\t\tok\t\tok\t\tok\t\tok\t";

    @Test
    void aPassingRowReadsBackWithEveryInvariantOk() {
        FaultSuite.Row row = FaultSuite.parse(PASSED);

        assertThat(row.passed()).isTrue();
        assertThat(row.injected()).isEqualTo("10 kills");
        assertThat(row.seconds()).isEqualTo(312);
        assertThat(row.salesOrders()).isEqualTo(114);
        assertThat(row.verdicts()).hasSize(6).containsOnly("ok");
    }

    @Test
    void aFailedInvariantFailsTheSuiteAndNamesTheReplay() {
        String table = FaultSuite.table(List.of(FaultSuite.parse(PASSED), FaultSuite.parse(LOST)),
                Duration.ofSeconds(482), 120);

        assertThat(FaultSuite.parse(LOST).passed()).isFalse();
        assertThat(table).contains("| kill -9 order-sync (7)", "FAIL (1)",
                "--seed 8 --items 30 --orders 120 --fault netsuite): 1 SO/order: paid order 576 (AWAITING_SHIPMENT) has 0 Sales Orders",
                "FAULT SUITE FAILED: 1 of 2 days passed every invariant; the suite took 8 min 02 s");
    }
}
