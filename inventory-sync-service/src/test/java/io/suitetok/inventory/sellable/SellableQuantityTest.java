package io.suitetok.inventory.sellable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The formula, one term at a time. */
class SellableQuantityTest {

    private static SellableTerms sellable(long available, long inTransit, String safety, long inFlight,
            ChannelRules rules) {
        return SellableQuantity.of(new SellableInputs(available, inTransit, SafetyStock.parse(safety), inFlight, rules));
    }

    private static SellableTerms sellable(long available, String safety, long inFlight) {
        return sellable(available, 0, safety, inFlight, ChannelRules.DEFAULT);
    }

    @Test
    void withNothingHeldBackTheSellableQuantityIsWhatNetSuiteHasAvailable() {
        SellableTerms terms = sellable(42, "0", 0);

        assertThat(terms.sellable()).isEqualTo(42);
        assertThat(terms.limitedBy()).isNull();
    }

    @Test
    void inTransitCountsOnlyWhenTheShopSaysSo() {
        SellableTerms ignored = sellable(10, 5, "0", 0, ChannelRules.DEFAULT);
        SellableTerms counted = sellable(10, 5, "0", 0, new ChannelRules(99_999, 0, true));

        assertThat(ignored.sellable()).isEqualTo(10);
        assertThat(ignored.inTransit()).isZero();
        assertThat(counted.sellable()).isEqualTo(15);
        assertThat(counted.counted()).isEqualTo(15);
    }

    @Test
    void anAbsoluteSafetyStockHoldsBackThatManyUnits() {
        assertThat(sellable(10, "3", 0).sellable()).isEqualTo(7);
        assertThat(sellable(10, "3", 0).safetyStock()).isEqualTo(3);
    }

    @Test
    void aPercentageSafetyStockIsRoundedUpSoItNeverHoldsBackLessThanItSays() {
        SellableTerms terms = sellable(11, "10%", 0);

        assertThat(terms.safetyStock()).isEqualTo(2); // 10 % of 11 is 1.1, held back as 2
        assertThat(terms.sellable()).isEqualTo(9);
    }

    @Test
    void aPercentageAppliesToInTransitUnitsTooWhenTheyCount() {
        SellableTerms terms = sellable(50, 50, "10%", 0, new ChannelRules(99_999, 0, true));

        assertThat(terms.safetyStock()).isEqualTo(10);
        assertThat(terms.sellable()).isEqualTo(90);
    }

    @Test
    void unitsOfTikTokOrdersNetSuiteHasNotCommittedAreNotOfferedAgain() {
        SellableTerms terms = sellable(10, "2", 5);

        assertThat(terms.inFlight()).isEqualTo(5);
        assertThat(terms.sellable()).isEqualTo(3);
        assertThat(terms.explanation()).isEqualTo("available 10 − safety stock 2 − in-flight TikTok units 5 = 3");
    }

    @Test
    void theResultIsFlooredAtZeroWhenMoreIsHeldBackThanAvailable() {
        assertThat(sellable(4, "3", 2).sellable()).isZero();
        assertThat(sellable(0, "0", 7).beforeRules()).isZero();
    }

    @Test
    void tiktokNeverGetsMoreThanNinetyNineThousandNineHundredNinetyNine() {
        SellableTerms terms = sellable(250_000, "0", 0);

        assertThat(terms.sellable()).isEqualTo(99_999);
        assertThat(terms.limitedBy()).isEqualTo("tiktok-maximum");
    }

    @Test
    void theShopsMaximumListedCapsTheNumber() {
        SellableTerms terms = sellable(500, 0, "0", 0, new ChannelRules(40, 0, false));

        assertThat(terms.sellable()).isEqualTo(40);
        assertThat(terms.limitedBy()).isEqualTo("max-listed");
        assertThat(terms.explanation()).endsWith("; max-listed makes it 40");
    }

    @Test
    void atOrBelowTheOutOfStockThresholdTikTokShowsZero() {
        ChannelRules threshold = new ChannelRules(99_999, 3, false);

        assertThat(sellable(3, 0, "0", 0, threshold).sellable()).isZero();
        assertThat(sellable(3, 0, "0", 0, threshold).limitedBy()).isEqualTo("out-of-stock-threshold");
        assertThat(sellable(4, 0, "0", 0, threshold).sellable()).isEqualTo(4);
    }

    @Test
    void theThresholdComparesWithTheNumberAfterSafetyStockAndOrders() {
        ChannelRules threshold = new ChannelRules(99_999, 2, false);

        assertThat(sellable(10, 0, "5", 3, threshold).sellable()).isZero(); // 10 − 5 − 3 = 2, at the threshold
        assertThat(sellable(10, 0, "5", 2, threshold).sellable()).isEqualTo(3);
    }

    @Test
    void safetyStockTextIsUnitsOrAPercentageAndNothingElse() {
        assertThat(SafetyStock.parse(" 7 ")).isEqualTo(new SafetyStock(7, 0));
        assertThat(SafetyStock.parse("15%")).isEqualTo(new SafetyStock(0, 15));
        assertThat(SafetyStock.parse("")).isEqualTo(SafetyStock.NONE);
        assertThatThrownBy(() -> SafetyStock.parse("a few")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a few");
        assertThatThrownBy(() -> SafetyStock.parse("120%")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeStockFiguresAreRefused() {
        assertThatThrownBy(() -> new SellableInputs(-1, 0, SafetyStock.NONE, 0, ChannelRules.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
