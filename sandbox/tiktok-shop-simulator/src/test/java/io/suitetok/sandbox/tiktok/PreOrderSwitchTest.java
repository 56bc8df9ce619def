package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A merchant switching a listed SKU to pre-order in Seller Center, and back. */
class PreOrderSwitchTest extends AgainstFreshSimulator {

    private static final String SHOP = ShopDirectory.US_SHOP_ID;

    @Test
    @SuppressWarnings("unchecked")
    void aSkuSwitchedToPreOrderSellsPreOrderUnitsUntilSwitchedBack() {
        connected.client.products().create(connected.us, Listings.tee(Listings.mainImage(connected), "PRE"));
        long before = control.products(SHOP).stream().filter(p -> p.skus().stream()
                .anyMatch(s -> "PRE-M".equals(s.sellerSku()))).findFirst().orElseThrow().updateTime();

        assertThat(control.setPreOrder(SHOP, "PRE-M", true).skuType()).isEqualTo("PRE_ORDER");
        String preOrder = control.placeOrder(OrderRequest.of(SHOP, Item.of("PRE-M", 1))).orderId();
        control.setPreOrder(SHOP, "PRE-M", false);
        String normal = control.placeOrder(OrderRequest.of(SHOP, Item.of("PRE-M", 1))).orderId();

        assertThat(lineTypes(preOrder)).containsExactly("PRE_ORDER");
        assertThat(lineTypes(normal)).containsExactly("NORMAL");
        assertThat(control.sku(SHOP, "PRE-S").skuType()).isEqualTo("NORMAL");
        assertThat(control.products(SHOP).stream().filter(p -> p.skus().stream()
                .anyMatch(s -> "PRE-M".equals(s.sellerSku()))).findFirst().orElseThrow().updateTime())
                .isGreaterThanOrEqualTo(before);
    }

    @Test
    void anUnknownSkuIsRefused() {
        assertThatThrownBy(() -> control.setPreOrder(SHOP, "NO-SUCH-SKU", true)).isInstanceOf(SandboxRefusal.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> lineTypes(String orderId) {
        return ((List<Map<String, Object>>) control.order(orderId).get("line_items")).stream()
                .map(line -> (String) line.get("sku_type")).toList();
    }
}
