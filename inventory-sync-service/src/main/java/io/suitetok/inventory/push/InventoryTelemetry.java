package io.suitetok.inventory.push;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.inventory.push.PushPlanner.Claim;
import io.suitetok.runtime.metrics.SyncLag;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the push round tells ops (docs/metrics.md): {@code hub_inventory_drift_total{shop}}, a level TikTok showed
 * at the read before a push that differs from the value the hub last had accepted there; and
 * {@code hub_sync_lag_seconds{flow="inventory",target="tiktok"}}, from NetSuite's last quantity change of the SKU's
 * item to TikTok accepting the new value. The lag is recorded only for a value that carries a NetSuite change
 * newer than the previous accepted push: a push made for a TikTok order, or the first push of a newly mapped SKU,
 * measures no NetSuite change.
 */
public class InventoryTelemetry {

    private final JdbcTemplate jdbc;
    private final MeterRegistry meters;
    private final SyncLag lag;

    public InventoryTelemetry(JdbcTemplate jdbc, MeterRegistry meters, Collection<String> shops) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.lag = SyncLag.of(meters, "inventory", "tiktok");
        shops.forEach(this::drift);
    }

    /** TikTok showed {@code shown} where the hub last set {@code claim.lastSet()}. */
    void readBack(Claim claim, Integer shown) {
        if (shown != null && claim.lastSet() != null && !shown.equals(claim.lastSet())) {
            drift(claim.key().shopId()).increment();
        }
    }

    /** TikTok accepted these values now: one query for the NetSuite change times of their items. */
    void accepted(List<Claim> claims) {
        List<Claim> pushedBefore = claims.stream().filter(claim -> claim.lastSetAt() != null).toList();
        if (pushedBefore.isEmpty()) {
            return;
        }
        Map<String, Instant> changedAt = new HashMap<>();
        jdbc.query("select k.shop_id, k.seller_sku, max(a.last_qty_change) as changed_at "
                        + "from unnest(?, ?) k(shop_id, seller_sku) "
                        + "join catalog_sku_mapping m on m.shop_id = k.shop_id and m.seller_sku = k.seller_sku "
                        + "join availability a on a.item_id = m.netsuite_item_id group by k.shop_id, k.seller_sku",
                rs -> {
                    Timestamp changed = rs.getTimestamp("changed_at");
                    if (changed != null) {
                        changedAt.put(rs.getString("shop_id") + "\u0000" + rs.getString("seller_sku"),
                                changed.toInstant());
                    }
                },
                pushedBefore.stream().map(claim -> claim.key().shopId()).toArray(String[]::new),
                pushedBefore.stream().map(claim -> claim.key().sellerSku()).toArray(String[]::new));
        for (Claim claim : pushedBefore) {
            Instant changed = changedAt.get(claim.key().shopId() + "\u0000" + claim.key().sellerSku());
            if (changed != null && changed.isAfter(claim.lastSetAt())) {
                lag.acknowledged(changed);
            }
        }
    }

    private Counter drift(String shop) {
        return Counter.builder("hub.inventory.drift")
                .description("levels read back from TikTok that differed from what the hub last set")
                .tag("shop", shop)
                .register(meters);
    }
}
