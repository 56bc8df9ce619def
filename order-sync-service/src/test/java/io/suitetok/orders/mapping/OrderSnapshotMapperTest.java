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
}
