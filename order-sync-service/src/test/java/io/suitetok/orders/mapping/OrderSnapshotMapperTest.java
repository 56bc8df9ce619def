package io.suitetok.orders.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.id.ShopId;
import io.suitetok.model.money.Money;
import io.suitetok.model.order.Order;
import io.suitetok.model.order.OrderKind;
import io.suitetok.model.order.OrderLine;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.tiktok.json.TikTokJson;
import io.suitetok.tiktok.model.order.TikTokOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderSnapshotMapperTest {

    private final OrderSnapshotMapper mapper = new OrderSnapshotMapper();

    private static Order load(String fixture, String shop) throws IOException {
        TikTokOrder order = TikTokJson.mapper().readValue(Files.readString(Path.of("src/test/resources/fixtures", fixture)),
                TikTokOrder.class);
        return new OrderSnapshotMapper().toCanonical(new ShopId(shop), order);
    }

    private static Money sum(Order order, Function<OrderLine, Money> part) {
        return order.lines().stream().map(part).reduce(Money.zero(order.currency()), Money::plus);
    }

    @ParameterizedTest
    @ValueSource(strings = {"order-us-mixed.json", "order-uk-preorder.json"})
    void linesAddUpToTikToksPaymentToTheCentInEitherCurrency(String fixture) throws IOException {
        Order order = load(fixture, "7495540735365777507");

        assertThat(order.totals().mismatches()).isEmpty();
        assertThat(sum(order, OrderLine::grossAmount).isSameAmountAs(order.totals().originalProductPrice())).isTrue();
        assertThat(sum(order, OrderLine::sellerDiscount).isSameAmountAs(order.totals().sellerDiscount())).isTrue();
        assertThat(sum(order, OrderLine::platformDiscount).isSameAmountAs(order.totals().platformDiscount())).isTrue();
        assertThat(sum(order, OrderLine::revenueAmount).minus(order.totals().platformDiscount())
                .isSameAmountAs(order.totals().subTotal())).isTrue();
    }

    @Test
    void threeUnitsOfATeeBecomeOneLineOfThreeWithTheCancelledUnitNamed() throws IOException {
        Order order = load("order-us-mixed.json", "7495540735365777507");

        OrderLine tees = order.lines().get(0);
        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_SHIPMENT);
        assertThat(tees.quantity()).isEqualTo(3);
        assertThat(tees.activeQuantity()).isEqualTo(2);
        assertThat(tees.cancelledUnitLineIds()).containsExactly("577087123400000003");
        assertThat(tees.tax().amountText()).isEqualTo("4.08");
        assertThat(order.lines().get(1).gift()).isTrue();
        assertThat(order.buyer().shippingAddress().city()).isEqualTo("Springfield");
        assertThat(order.buyer().shippingAddress().state()).isEqualTo("Illinois");
        assertThat(order.delivery().shippingProvider()).isEqualTo("USPS");
    }

    @Test
    void aSampleOrderWithPreOrderUnitsAndNoBuyerIdIsMarkedSo() throws IOException {
        Order order = load("order-uk-preorder.json", "7494726673780148744");

        assertThat(order.kind()).isEqualTo(OrderKind.SAMPLE);
        assertThat(order.currency()).isEqualTo("GBP");
        assertThat(order.lines().get(0).preOrder()).isTrue();
        assertThat(order.lines().get(0).quantity()).isEqualTo(2);
        assertThat(order.buyer().isGuest()).isTrue();
        assertThat(order.totals().totalAmount().amountText()).isEqualTo("93.99");
    }

    @Test
    void everyBuyerPaidChargeIsKeptSoTheTotalTiesOutToTheCent() throws IOException {
        Order order = load("order-th-fees-combined-listing.json", "7496000000000000003");

        assertThat(order.totals().mismatches()).isEmpty();
        assertThat(order.totals().charges()).extracting(c -> c.kind().tiktokField() + "=" + c.amount().amountText())
                .containsExactly("buyer_service_fee=2.10", "handling_fee=5.00", "item_insurance_fee=3.30",
                        "shipping_insurance_fee=1.50", "small_order_fee=10.00");
        assertThat(order.totals().otherFees().amountText()).isEqualTo("21.90");
        assertThat(order.lines().get(0).buyerFees().amountText()).as("two units' line fees").isEqualTo("8.06");
    }

    @Test
    void aCombinedListingKeepsItsComponentSkusAndTheAddressKeepsEveryPart() throws IOException {
        Order order = load("order-th-fees-combined-listing.json", "7496000000000000003");

        OrderLine set = order.lines().get(0);
        assertThat(set.sellerSku().value()).isEqualTo("SET-TEE-2MUG");
        assertThat(set.components()).extracting(c -> c.sellerSku().value() + "x" + c.countPerUnit())
                .containsExactly("TEE-BLK-Mx1", "MUG-WHT-11x2");
        var address = order.buyer().shippingAddress();
        assertThat(address.firstName()).isEqualTo("Somchai");
        assertThat(address.lastName()).isEqualTo("Jaidee");
        assertThat(address.line3()).isEqualTo("Phra Khanong");
        assertThat(address.line4()).isEqualTo("Khlong Toei");
        assertThat(address.addressDetail()).isEqualTo("99/1 Moo 4, Soi Sukhumvit 50");
    }

    @Test
    void aStatusTheHubDoesNotKnowIsKeptWithTikToksSpelling() throws IOException {
        Order order = load("order-th-unknown-status.json", "7496000000000000003");

        assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(order.tiktokStatus()).isEqualTo("AWAITING_REVIEW");
    }
}
