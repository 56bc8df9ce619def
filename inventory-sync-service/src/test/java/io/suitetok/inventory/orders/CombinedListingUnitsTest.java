package io.suitetok.inventory.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokOrderId;
import io.suitetok.model.id.TikTokSkuId;
import io.suitetok.model.money.Money;
import io.suitetok.model.order.ComponentSku;
import io.suitetok.model.order.Order;
import io.suitetok.model.order.OrderLine;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.model.order.OrderTotals;
import io.suitetok.model.order.UnitLine;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A combined listing holds no stock: the units in flight are its components'. */
class CombinedListingUnitsTest {

    private static final List<ComponentSku> SET = List.of(
            new ComponentSku(new TikTokSkuId("1729000000000000501"), new SellerSku("TEE-BLK-M"), 1),
            new ComponentSku(new TikTokSkuId("1729000000000000601"), new SellerSku("MUG-WHT-11"), 2));

    private static UnitLine unit(String id, String sku, String sellerSku, List<ComponentSku> components,
            boolean cancelled) {
        Money price = Money.of("89.00", "THB");
        Money zero = Money.zero("THB");
        return new UnitLine(id, new TikTokSkuId(sku), null, new SellerSku(sellerSku), "item", price, zero, zero, zero,
                false, false, cancelled, components, zero);
    }

    private static Order order(OrderStatus status, List<UnitLine> units) {
        Money zero = Money.zero("THB");
        return new Order(new ShopId("7496000000000000003"), new TikTokOrderId("579100000000000301"), status, null,
                Instant.ofEpochSecond(1764300000L), Instant.ofEpochSecond(1764300400L), "THB", null, null,
                OrderLine.groupUnits(units), new OrderTotals(zero, zero, zero, zero, zero, zero, zero, zero, zero, zero,
                        zero));
    }

    @Test
    void twoSetsAndALooseMugPutTheComponentsInFlightNotTheSet() {
        Order order = order(OrderStatus.AWAITING_SHIPMENT, List.of(
                unit("1", "1729000000000000701", "SET-TEE-2MUG", SET, false),
                unit("2", "1729000000000000701", "SET-TEE-2MUG", SET, false),
                unit("3", "1729000000000000601", "MUG-WHT-11", List.of(), false)));

        var units = OrderSnapshotListener.unitsPerSku(order);

        assertThat(units).containsOnlyKeys("TEE-BLK-M", "MUG-WHT-11");
        assertThat(units.get("TEE-BLK-M").ordinary()).isEqualTo(2);
        assertThat(units.get("MUG-WHT-11").ordinary()).isEqualTo(5);
    }

    @Test
    void aCancelledSetReleasesItsComponents() {
        Order order = order(OrderStatus.AWAITING_SHIPMENT, List.of(
                unit("1", "1729000000000000701", "SET-TEE-2MUG", SET, false),
                unit("2", "1729000000000000701", "SET-TEE-2MUG", SET, true)));

        var units = OrderSnapshotListener.unitsPerSku(order);

        assertThat(units.get("TEE-BLK-M").ordinary()).isEqualTo(1);
        assertThat(units.get("MUG-WHT-11").ordinary()).isEqualTo(2);
    }
}
