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

    /** A claim older than this belongs to a replica that stopped mid-call; the level is due again. */
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);
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

    /** @return the levels claimed for sending, each with the value and version to send */
    public Plan plan() {
        return transaction.execute(status -> {
            List<DueLevel> due = levels.lockDue(properties.pushBatchSize(), CLAIM_TIMEOUT);
            Map<LineKey, SinceAccepted> since = lines.sinceAccepted(due.stream().map(d -> new LevelRef(
                    d.level().key().shopId(), d.level().key().sellerSku(), d.level().key().warehouseId(),
                    d.level().acceptedLineSeq() == null ? Long.MAX_VALUE : d.level().acceptedLineSeq())).toList(),
                    properties.commitSettle());
            Instant now = Instant.now();
            List<Claim> claims = new ArrayList<>();
            int inSync = 0;
            int held = 0;
            for (DueLevel dueLevel : due) {
                LevelStore.Level level = dueLevel.level();
                SinceAccepted context = since.getOrDefault(level.key(), new SinceAccepted(0, 0));
                boolean holdExpired = level.dueSince() != null
                        && level.dueSince().plus(properties.commitSettle()).isBefore(now);
                long committedSince = level.acceptedCommitted() == null ? 0
                        : Math.max(0, level.committedUnits() - level.acceptedCommitted());
                switch (PushDecision.decide(level.sellable(), level.acceptedQuantity(), context.soldUnits(),
                        context.youngInFlightUnits() + committedSince, holdExpired)) {
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
                                    + "{} young units in flight, {} more committed, due since {})", level.key().shopId(),
                                    level.key().sellerSku(), level.key().warehouseId(), level.sellable(),
                                    PushDecision.expectedOnTikTok(level.acceptedQuantity(), context.soldUnits()),
                                    context.soldUnits(), level.acceptedQuantity(), context.youngInFlightUnits(),
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
