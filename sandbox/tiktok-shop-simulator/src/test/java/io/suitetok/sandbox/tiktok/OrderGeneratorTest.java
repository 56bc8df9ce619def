package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.sandbox.tiktok.control.SimulatorControl;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.json.TikTokJson;
import io.suitetok.tiktok.model.order.OrderLineItem;
import io.suitetok.tiktok.model.order.TikTokOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Orders generated from a seed are reproducible and cover the edge cases the hub must handle. */
class OrderGeneratorTest {

    private static final String US = ShopDirectory.US_SHOP_ID;

    @Test
    void theSameSeedGivesTheSameOrders() {
        SimulatorControl control = SharedSimulator.fresh().control();
        List<String> first = shapes(control, control.generateOrders(US, 2024, 16));
        control.reset();
        List<String> second = shapes(control, control.generateOrders(US, 2024, 16));
        control.reset();
        List<String> otherSeed = shapes(control, control.generateOrders(US, 2025, 16));

        assertThat(first).hasSize(16).isEqualTo(second).isNotEqualTo(otherSeed);
    }

    @Test
    void generatedOrdersCoverTheEdgeCases() {
        SimulatorControl control = SharedSimulator.fresh().control();
        List<TikTokOrder> orders = control.generateOrders(US, 7, 16).stream().map(id -> read(control, id)).toList();

        assertThat(orders).hasSize(16);
        assertThat(orders).anyMatch(o -> o.lineItems().size() >= 2 && o.lineItems().stream()
                .map(OrderLineItem::skuId).distinct().count() == 1);
        assertThat(orders).anyMatch(anyLine(l -> Boolean.TRUE.equals(l.isGift()) && l.salePrice().signum() == 0));
        assertThat(orders).anyMatch(anyLine(l -> "PRE_ORDER".equals(l.skuType())));
        assertThat(orders).anyMatch(o -> o.payment().platformDiscount().signum() > 0);
        assertThat(orders).anyMatch(o -> o.payment().shippingFeePlatformDiscount().signum() > 0);
        assertThat(orders).anyMatch(o -> o.payment().sellerDiscount().signum() > 0);
        assertThat(orders).anyMatch(o -> !o.status().equals("CANCELLED")
                && o.lineItems().stream().anyMatch(l -> "CANCELLED".equals(l.displayStatus())));
        assertThat(orders).anyMatch(o -> o.status().equals("DELIVERED"));
        assertThat(orders).anyMatch(o -> o.buyerEmail() == null || o.buyerEmail().isEmpty());
        assertThat(orders).allSatisfy(o -> assertThat(o.payment().totalAmount()).isEqualByComparingTo(
                o.payment().subTotal().add(o.payment().shippingFee()).add(o.payment().tax())));
    }

    @Test
    void generationStopsWhenStockRunsOutInsteadOfOverselling() {
        SimulatorControl control = SharedSimulator.fresh().control();

        List<String> placed = control.generateOrders(US, 3, 10_000);

        assertThat(placed.size()).isLessThan(10_000);
        assertThat(control.stock(US)).allSatisfy(sku -> assertThat(sku.stock().values())
                .allSatisfy(q -> assertThat(q).isNotNegative()));
    }

    private static Predicate<TikTokOrder> anyLine(Predicate<OrderLineItem> condition) {
        return order -> order.lineItems().stream().anyMatch(condition);
    }

    private static TikTokOrder read(SimulatorControl control, String orderId) {
        return TikTokJson.mapper().convertValue(control.order(orderId), TikTokOrder.class);
    }

    /** An order without its ids: what was bought, at what price, in which state. */
    private static List<String> shapes(SimulatorControl control, List<String> orderIds) {
        return orderIds.stream().map(id -> {
            Map<String, Object> order = control.order(id);
            TikTokOrder parsed = TikTokJson.mapper().convertValue(order, TikTokOrder.class);
            BigDecimal total = parsed.payment().totalAmount();
            return parsed.status() + " " + total + " " + parsed.shippingType() + " " + parsed.lineItems().stream()
                    .map(l -> l.sellerSku() + "/" + l.salePrice() + "/" + l.displayStatus()).toList();
        }).toList();
    }
}
