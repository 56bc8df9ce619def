package io.suitetok.inventory.store;

import java.time.Duration;
import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Levels to read back from TikTok although nothing the hub knows of changed them. TikTok's count moves by
 * itself: a cancellation hands units back, an order taken between a push's read and its update is
 * overwritten, a call that got no answer may be applied late. The hub cannot hear those moves, only read
 * them, so it asks for a read where one may have happened (after a cancellation, a while after each push)
 * and of everything on a slow schedule. A read goes through the push decision like any due level: TikTok
 * showing more than sellable is corrected in that round, an equal count costs no update.
 */
@Repository
public class LevelVerifications {

    private final JdbcTemplate jdbc;

    public LevelVerifications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every warehouse of these SKUs is read back at the next push round. */
    public void requestNow(Collection<OrderLineStore.SkuRef> skus) {
        if (skus.isEmpty()) {
            return;
        }
        // Rows in key order, as every writer of inventory_level locks them, so concurrent writers wait instead
        // of deadlocking.
        jdbc.update("with wanted as (select l.shop_id, l.seller_sku, l.warehouse_id from inventory_level l "
                + "join unnest(?, ?) k(shop_id, seller_sku) on k.shop_id = l.shop_id and k.seller_sku = l.seller_sku "
                + "order by 1, 2, 3 for update of l) "
                + "update inventory_level l set verify_at = least(l.verify_at, clock_timestamp()) "
                + "from wanted w where l.shop_id = w.shop_id and l.seller_sku = w.seller_sku "
                + "and l.warehouse_id = w.warehouse_id",
                skus.stream().map(OrderLineStore.SkuRef::shopId).toArray(String[]::new),
                skus.stream().map(OrderLineStore.SkuRef::sellerSku).toArray(String[]::new));
    }

    /**
     * The slow drift check: every level is read back, a product at a time, as the read rate allows. Rows
     * another transaction holds are skipped rather than waited for (that one is changing them anyway, and
     * waiting on many rows in no particular order could deadlock with it).
     */
    public int requestAll() {
        return jdbc.update("update inventory_level l set verify_at = clock_timestamp() from (select shop_id, "
                + "seller_sku, warehouse_id from inventory_level where verify_at is null for update skip locked) f "
                + "where l.shop_id = f.shop_id and l.seller_sku = f.seller_sku and l.warehouse_id = f.warehouse_id");
    }

    /**
     * Makes the shop's levels whose verification is due push-due, so this round reads them. Rows another
     * transaction holds, and levels claimed by a call in flight (whose answer records a verification of its
     * own), wait for a later round. Call in the planner's transaction, before it claims.
     *
     * @return levels made due
     */
    public int promoteDue(String shopId, Duration claimTimeout) {
        return jdbc.update("with due as (select shop_id, seller_sku, warehouse_id from inventory_level "
                + "where shop_id = ? and verify_at <= clock_timestamp() and (claimed_version is null "
                + "or claimed_at < clock_timestamp() - ? * interval '1 millisecond') for update skip locked) "
                + "update inventory_level l set push_due = true, due_since = case when l.push_due then l.due_since "
                + "else clock_timestamp() end, verify_at = null from due d where l.shop_id = d.shop_id "
                + "and l.seller_sku = d.seller_sku and l.warehouse_id = d.warehouse_id", shopId, claimTimeout.toMillis());
    }
}
