package io.suitetok.inventory.it;

import static io.suitetok.inventory.it.InventoryFixtures.EAST;
import static io.suitetok.inventory.it.InventoryFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.suitetok.inventory.store.LevelVerifications;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.netsuite.seed.StockAdjustment;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * TikTok's count moves by itself (cancellations hand units back, merchants edit it in Seller Center), and
 * the hub must notice when that leaves TikTok showing more than sellable, within a push round.
 */
class TikTokDriftIntegrationTest extends InventoryFlowSupport {

    @Autowired
    LevelVerifications verifications;

    /**
     * The failure the local stack found (TikTok 56, sellable 55, the hub believing TikTok held 55). Safety
     * stock leaves headroom under what NetSuite can deliver, so a push made while TikTok has sold a unit the
     * hub has not heard of offers that unit again; when the buyer cancels, TikTok hands the unit back on top,
     * and the hub, hearing of the order only now and already cancelled, saw nothing of its own change.
     */
    @Test
    void aCancellationTheHubNeverCountedIsTakenBackFromTikTok() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4130", "DRIFT-1", Map.of("101", 57));
        ProductState product = listAndMap("Drift Tee", Map.of("DRIFT-1", "4130"));
        pushUntilTikTokShows("DRIFT-1", 55); // 57 − 2 safety stock

        Instant created = Instant.now();
        String orderId = TIKTOK.control().placeOrder(OrderRequest.of(US_SHOP, OrderRequest.Item.of("DRIFT-1", 1)))
                .orderId();
        assertThat(tiktokStock("DRIFT-1")).isEqualTo(54);
        // Something unrelated makes the level due (NetSuite's on-order quantity changed): the push reads 54
        // and may raise it by the safety stock's headroom.
        NETSUITE.account().adjustStock(new StockAdjustment("4130", "101", BigDecimal.valueOf(57), BigDecimal.TEN));
        moveAndWaitForRead("4130", "DRIFT-1");
        pushUntilTikTokShows("DRIFT-1", 55);

        TIKTOK.control().cancel(orderId, List.of(), "BUYER", "Changed my mind");
        assertThat(tiktokStock("DRIFT-1")).isEqualTo(56);
        InventoryFixtures.publishOrder(publisher, codec, InventoryFixtures.order(US_SHOP, orderId,
                List.of(InventoryFixtures.cancelled(InventoryFixtures.line(orderId, "DRIFT-1", product.sku("DRIFT-1")
                        .skuId(), product.productId(), 1, false, ""))), EAST, OrderStatus.CANCELLED, created));
        await().atMost(Duration.ofSeconds(20)).until(() -> orderLines(orderId) == 1);
        assertThat(level("DRIFT-1").sellable()).isEqualTo(55);

        pushUntilTikTokShows("DRIFT-1", 55);
        assertThat(level("DRIFT-1").acceptedQuantity()).isEqualTo(55);
    }

    @Test
    void theDriftCheckCorrectsAnEditMadeInSellerCenter() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4131", "DRIFT-2", Map.of("101", 12));
        listAndMap("Seller Center Tee", Map.of("DRIFT-2", "4131"));
        pushUntilTikTokShows("DRIFT-2", 12);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            pusher.pushOnce(); // the read back after the push finds TikTok as the hub left it
            return level("DRIFT-2").pushDue() == false && verifyAt("DRIFT-2") == null;
        });
        TIKTOK.control().editStockInSellerCenter(US_SHOP, "DRIFT-2", EAST, 40);
        pusher.pushOnce();
        assertThat(tiktokStock("DRIFT-2")).as("nothing the hub heard of changed").isEqualTo(40);
        double driftBefore = meters.get("hub.inventory.drift").tag("shop", US_SHOP).counter().count();

        assertThat(verifications.requestAll()).isPositive();
        pusher.pushOnce();
        assertThat(tiktokStock("DRIFT-2")).isEqualTo(12);
        assertThat(meters.get("hub.inventory.drift").tag("shop", US_SHOP).counter().count())
                .as("the read back found 40 where the hub had set 12").isGreaterThan(driftBefore);
        List<Integer> set = valuesSetOnTikTok("DRIFT-2");
        assertThat(set.subList(set.size() - 3, set.size())).containsExactly(12, 40, 12);
    }

    private int orderLines(String orderId) {
        return jdbc.queryForObject("select count(*) from tiktok_order_line where order_id = ?", Integer.class, orderId);
    }

    private Instant verifyAt(String sellerSku) {
        return jdbc.query("select verify_at from inventory_level where seller_sku = ?",
                (rs, i) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant(), sellerSku).get(0);
    }
}
