package io.suitetok.model.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.TikTokProductId;
import io.suitetok.model.id.TikTokSkuId;
import io.suitetok.model.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderLineTest {

    private static UnitLine unit(String id, String sku, String price, String sellerDiscount, String platformDiscount,
            String tax, boolean gift, boolean cancelled) {
        return new UnitLine(id, new TikTokSkuId(sku), new TikTokProductId("1729" + sku), new SellerSku("NS-" + sku),
                "Tee " + sku, Money.of(price, "USD"), Money.of(sellerDiscount, "USD"),
                Money.of(platformDiscount, "USD"), Money.of(tax, "USD"), gift, false, cancelled);
    }

    @Test
    void threeUnitLinesOfOneSkuBecomeOneLineOfThreeKeepingTheirIds() {
        List<OrderLine> lines = OrderLine.groupUnits(List.of(
                unit("L1", "100", "20.00", "2.00", "1.00", "1.44", false, false),
                unit("L2", "200", "15.00", "0", "0", "1.20", false, false),
                unit("L3", "100", "20.00", "2.00", "1.00", "1.44", false, false),
                unit("L4", "100", "20.00", "2.00", "1.00", "1.44", false, false)));

        assertThat(lines).hasSize(2);
        OrderLine tees = lines.get(0);
        assertThat(tees.quantity()).isEqualTo(3);
        assertThat(tees.unitLineIds()).containsExactly("L1", "L3", "L4");
        assertThat(tees.grossAmount().amountText()).isEqualTo("60.00");
        assertThat(tees.sellerDiscount().amountText()).isEqualTo("6.00");
        assertThat(tees.platformDiscount().amountText()).isEqualTo("3.00");
        assertThat(tees.tax().amountText()).isEqualTo("4.32");
        assertThat(tees.revenueAmount().amountText())
                .as("platform discounts are TikTok's money, so they do not reduce revenue")
                .isEqualTo("54.00");
    }

    @Test
    void aGiftStaysApartFromPaidUnitsOfTheSameSku() {
        List<OrderLine> lines = OrderLine.groupUnits(List.of(
                unit("L1", "100", "20.00", "0", "0", "0", false, false),
                unit("L2", "100", "0.00", "0", "0", "0", true, false)));

        assertThat(lines).extracting(OrderLine::gift).containsExactly(false, true);
        assertThat(lines.get(1).revenueAmount().isZero()).isTrue();
    }

    @Test
    void cancelledUnitsAreNamedSoAPartialCancellationClosesExactlyThem() {
        OrderLine line = OrderLine.groupUnits(List.of(
                unit("L1", "100", "20.00", "0", "0", "0", false, false),
                unit("L2", "100", "20.00", "0", "0", "0", false, true))).get(0);

        assertThat(line.quantity()).isEqualTo(2);
        assertThat(line.activeQuantity()).isEqualTo(1);
        assertThat(line.cancelledUnitLineIds()).containsExactly("L2");
    }

    @Test
    void pricesOfDifferentScaleStillGroupTogether() {
        List<OrderLine> lines = OrderLine.groupUnits(List.of(
                unit("L1", "100", "20.0", "0", "0", "0", false, false),
                unit("L2", "100", "20.00", "0", "0", "0", false, false)));

        assertThat(lines).hasSize(1);
    }
}
