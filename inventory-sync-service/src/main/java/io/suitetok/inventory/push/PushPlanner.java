package io.suitetok.inventory.push;

import io.suitetok.inventory.config.InventoryProperties;
import io.suitetok.inventory.store.LevelStore;
import io.suitetok.inventory.store.LevelStore.DueLevel;
import io.suitetok.inventory.store.LevelVerifications;
import io.suitetok.inventory.store.OrderLineStore;
import io.suitetok.inventory.store.OrderLineStore.LevelRef;
import io.suitetok.inventory.store.OrderLineStore.LineKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the levels due for TikTok and claims them, in one short transaction whose row locks keep
 * replicas from taking the same levels. Whether a claimed value is sent is decided by the pusher once
 * it has read what TikTok shows ({@link RaiseOnlyByNetSuiteGain}); the planner only gathers what that
 * decision needs from the database.
 */
public class PushPlanner {

    private final LevelStore levels;
    private final LevelVerifications verifications;
    private final OrderLineStore lines;
    private final InventoryProperties properties;
    private final TransactionTemplate transaction;

    public PushPlanner(LevelStore levels, LevelVerifications verifications, OrderLineStore lines,
            InventoryProperties properties, TransactionTemplate transaction) {
        this.levels = levels;
        this.verifications = verifications;
        this.lines = lines;
        this.properties = properties;
        this.transaction = transaction;
    }

    /** Plans every configured shop. @return the levels claimed for sending */
    public Plan plan() {
        List<Claim> claims = new ArrayList<>();
        for (var shop : properties.shops()) {
            claims.addAll(plan(shop.shopId()).claims());
        }
        return new Plan(claims);
    }

    /**
     * One shop's round: each shop is planned and sent on its own, so a shop TikTok throttles never
     * holds up the others. A claim lives {@code push-claim-timeout}; a replica that stopped mid-call
     * leaves it behind and the level is due again after that.
     *
     * @return the levels claimed, each with the version and everything its decision needs
     */
    public Plan plan(String shopId) {
        return transaction.execute(status -> {
            verifications.promoteDue(shopId, properties.pushClaimTimeout());
            List<DueLevel> due = levels.claimDue(shopId, properties.pushBatchSize(), properties.pushClaimTimeout());
            Map<LineKey, Long> released = lines.releasedSince(due.stream().map(d -> new LevelRef(
                    d.level().key().shopId(), d.level().key().sellerSku(), d.level().key().warehouseId(),
                    d.level().acceptedAt())).toList());
            Instant now = Instant.now();
            List<Claim> claims = new ArrayList<>();
            for (DueLevel dueLevel : due) {
                LevelStore.Level level = dueLevel.level();
                boolean holdExpired = level.dueSince() != null
                        && level.dueSince().plus(properties.commitSettle()).isBefore(now);
                // Only commitments of units the hub did not count in flight made a dip: a TikTok order's
                // Sales Order committed before the hub heard of the order or heard it written. In-flight
                // units NetSuite took over moved from one term to the other and explain nothing; counting
                // them would let a real drop hide behind a busy sale.
                long explainable = level.acceptedCommitted() == null ? 0
                        : Math.max(0, level.committedUnits() - level.acceptedCommitted()
                                - released.getOrDefault(level.key(), 0L));
                claims.add(new Claim(level.key(), level.version(), level.sellable(), level.knownLineSeq(),
                        level.committedUnits(), dueLevel.tiktokProductId(), dueLevel.tiktokSkuId(), level.attempts(),
                        // A row computed before the basis existed has none: it is pushed as a first push and
                        // records no pushed basis (the next computation stores a basis).
                        level.basis(), level.basis() == null ? null : level.pushedBasis(),
                        level.deliverable() == null ? level.sellable() : level.deliverable(), explainable,
                        holdExpired, level.acceptedQuantity(), level.acceptedAt(), level.setQuantity(), level.setAt()));
            }
            return new Plan(claims);
        });
    }

    /**
     * One level to send: the version it was computed as, the hub's sellable quantity ({@code quantity})
     * and the NetSuite side of the push rule.
     *
     * @param lastSet   what TikTok showed at the hub's last look (null before the first push): a read-back that
     *                  differs from it is drift
     * @param lastSetAt when the call carrying the hub's last accepted value was sent
     * @param setQuantity the hub's last value TikTok took, and {@code setAt} when it answered: TikTok's sales
     *                  rate since then ({@link SalesDuringTheCall})
     */
    public record Claim(LineKey key, long version, int quantity, long knownLineSeq, long committedUnits,
            String productId, String skuId, int attempts, Long basis, Long pushedBasis, long deliverable,
            long explainable, boolean holdExpired, Integer lastSet, Instant lastSetAt, Integer setQuantity,
            Instant setAt) {

        public Claim(LineKey key, long version, int quantity, long knownLineSeq, long committedUnits,
                String productId, String skuId, int attempts, Long basis, Long pushedBasis, long deliverable,
                long explainable, boolean holdExpired) {
            this(key, version, quantity, knownLineSeq, committedUnits, productId, skuId, attempts, basis, pushedBasis,
                    deliverable, explainable, holdExpired, null, null, null, null);
        }
    }

    public record Plan(List<Claim> claims) {
    }
}
