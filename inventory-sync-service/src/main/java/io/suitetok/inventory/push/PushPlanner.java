package io.suitetok.inventory.push;

import io.suitetok.inventory.config.InventoryProperties;
import io.suitetok.inventory.store.LevelStore;
import io.suitetok.inventory.store.LevelStore.DueLevel;
import io.suitetok.inventory.store.OrderLineStore;
import io.suitetok.inventory.store.OrderLineStore.LevelRef;
import io.suitetok.inventory.store.OrderLineStore.LineKey;
import io.suitetok.inventory.store.OrderLineStore.SinceAccepted;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the levels due for TikTok, decides each ({@link PushDecision}) and claims the ones to send, in
 * one short transaction whose row locks keep replicas from taking the same levels.
 */
public class PushPlanner {

    private static final Duration HOLD_RECHECK = Duration.ofMillis(250);
    private static final Logger log = LoggerFactory.getLogger(PushPlanner.class);

    private final LevelStore levels;
    private final OrderLineStore lines;
    private final InventoryProperties properties;
    private final TransactionTemplate transaction;

    public PushPlanner(LevelStore levels, OrderLineStore lines, InventoryProperties properties,
            TransactionTemplate transaction) {
        this.levels = levels;
        this.lines = lines;
        this.properties = properties;
        this.transaction = transaction;
    }

    /** Plans every configured shop. @return the levels claimed for sending */
    public Plan plan() {
        List<Claim> claims = new ArrayList<>();
        int inSync = 0;
        int held = 0;
        for (var shop : properties.shops()) {
            Plan one = plan(shop.shopId());
            claims.addAll(one.claims());
            inSync += one.inSync();
            held += one.held();
        }
        return new Plan(claims, inSync, held);
    }

    /**
     * One shop's round: each shop is planned and sent on its own, so a shop TikTok throttles never
     * holds up the others. A claim lives {@code push-claim-timeout}; a replica that stopped mid-call
     * leaves it behind and the level is due again after that.
     *
     * @return the levels claimed for sending, each with the value and version to send
     */
    public Plan plan(String shopId) {
        return transaction.execute(status -> {
            List<DueLevel> due = levels.lockDue(shopId, properties.pushBatchSize(), properties.pushClaimTimeout());
            Map<LineKey, SinceAccepted> since = lines.sinceAccepted(due.stream().map(d -> new LevelRef(
                    d.level().key().shopId(), d.level().key().sellerSku(), d.level().key().warehouseId(),
                    d.level().acceptedAt())).toList(), properties.tiktokClockSkew());
            Instant now = Instant.now();
            List<Claim> claims = new ArrayList<>();
            int inSync = 0;
            int held = 0;
            for (DueLevel dueLevel : due) {
                LevelStore.Level level = dueLevel.level();
                SinceAccepted context = since.getOrDefault(level.key(), new SinceAccepted(0, 0));
                boolean holdExpired = level.dueSince() != null
                        && level.dueSince().plus(properties.commitSettle()).isBefore(now);
                // Only commitments of units the hub did not count in flight made a dip: a TikTok order's
                // Sales Order committed before the hub heard of the order or heard it written. In-flight
                // units NetSuite took over moved from one term to the other and explain nothing; counting
                // them would let a real drop (units a push handed back) hide behind a busy sale.
                long committedSince = level.acceptedCommitted() == null ? 0
                        : Math.max(0, level.committedUnits() - level.acceptedCommitted() - context.releasedUnits());
                switch (PushDecision.decide(level.sellable(), level.acceptedQuantity(), context.soldUnits(),
                        committedSince, holdExpired)) {
                    case IN_SYNC -> {
                        levels.markInSync(level.key(), level.version());
                        inSync++;
                    }
                    case HOLD -> {
                        levels.holdUntil(level.key(), now.plus(HOLD_RECHECK));
                        held++;
                    }
                    case PUSH -> {
                        if (level.acceptedQuantity() != null) {
                            log.info("{} {} in {}: sending {}, TikTok expected to show {} ({} sold since it accepted {}, "
                                    + "{} in-flight units committed since, {} more committed otherwise, due since {})", level.key().shopId(),
                                    level.key().sellerSku(), level.key().warehouseId(), level.sellable(),
                                    PushDecision.expectedOnTikTok(level.acceptedQuantity(), context.soldUnits()),
                                    context.soldUnits(), level.acceptedQuantity(), context.releasedUnits(),
                                    committedSince, level.dueSince());
                        }
                        levels.claim(level.key(), level.version());
                        claims.add(new Claim(level.key(), level.version(), level.sellable(), level.knownLineSeq(),
                                level.committedUnits(), dueLevel.tiktokProductId(), dueLevel.tiktokSkuId(),
                                level.attempts()));
                    }
                }
            }
            return new Plan(claims, inSync, held);
        });
    }

    /** One level to send: the version it was computed as and the orders it had in view. */
    public record Claim(LineKey key, long version, int quantity, long knownLineSeq, long committedUnits,
            String productId, String skuId, int attempts) {
    }

    public record Plan(List<Claim> claims, int inSync, int held) {
    }
}
