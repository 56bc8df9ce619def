package io.suitetok.model.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.money.Money;
import org.junit.jupiter.api.Test;

class OrderTotalsTest {

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    @Test
    void anOrderWhosePartsAddUpTiesOut() {
        // 3 x 20.00 less 6.00 seller and 3.00 platform discount; 4.99 shipping less 1.00 platform; 10.20 VAT.
        OrderTotals totals = new OrderTotals(gbp("60.00"), gbp("6.00"), gbp("3.00"), gbp("51.00"),
                gbp("4.99"), gbp("0"), gbp("1.00"), gbp("3.99"), gbp("10.20"), gbp("0"), gbp("65.19"));

        assertThat(totals.mismatches()).isEmpty();
        assertThat(totals.tiesOut()).isTrue();
    }

    @Test
    void aTotalOffByOneCentIsReportedWithBothFigures() {
        OrderTotals totals = new OrderTotals(gbp("60.00"), gbp("6.00"), gbp("3.00"), gbp("51.00"),
                gbp("4.99"), gbp("0"), gbp("1.00"), gbp("3.99"), gbp("10.20"), gbp("0"), gbp("65.20"));

        assertThat(totals.mismatches())
                .containsExactly("total_amount is 65.20 GBP but its parts add up to 65.19 GBP");
    }
}
