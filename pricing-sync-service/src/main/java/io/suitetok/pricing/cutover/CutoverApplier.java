package io.suitetok.pricing.cutover;

import io.suitetok.pricing.config.PricingShopSettings;
import io.suitetok.pricing.price.ShopPrices;
import io.suitetok.pricing.push.PricePusher;
import io.suitetok.pricing.store.CutoverStore;
import io.suitetok.pricing.store.CutoverStore.Cutover;
import io.suitetok.pricing.store.ItemPricingStore;
import io.suitetok.pricing.store.SkuPriceStore;
import io.suitetok.pricing.store.SkuPriceStore.Desired;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Switches prices whose instant has come: the prepared price becomes the SKU's price (versioned by
 * its effective instant, so a late NetSuite read of the old matrix cannot undo it) and is pushed at
 * once, without waiting for the next push round. A schedule's end brings the item's matrix price back,
 * computed from the matrix as last read.
 */
public class CutoverApplier {

    private static final Logger log = LoggerFactory.getLogger(CutoverApplier.class);

    private final CutoverStore cutovers;
    private final ShopPrices shopPrices;
    private final ItemPricingStore items;
    private final SkuPriceStore prices;
    private final PricePusher pusher;
    private final TransactionTemplate transaction;

    public CutoverApplier(CutoverStore cutovers, ShopPrices shopPrices, ItemPricingStore items, SkuPriceStore prices,
            PricePusher pusher, TransactionTemplate transaction) {
        this.cutovers = cutovers;
        this.shopPrices = shopPrices;
        this.items = items;
        this.prices = prices;
        this.pusher = pusher;
        this.transaction = transaction;
    }

    /** Applies every cutover due by {@code now}; returns how many SKU prices TikTok accepted at once. */
    public int applyDue(Instant now) {
        // Claimed, applied and marked in one transaction: a crash half-way leaves them pending, not lost.
        Integer applied = transaction.execute(status -> {
            List<Cutover> due = cutovers.claimDue(now, 1000);
            for (Cutover cutover : due) {
                // Marked first: a schedule that ends is no longer in effect when the matrix price is computed.
                cutovers.applied(cutover);
                shopPrices.shop(cutover.shopId()).ifPresent(shop -> apply(shop, cutover));
            }
            return due.size();
        });
        if (applied == null || applied == 0) {
            return 0;
        }
        int accepted = pusher.pushOnce();
        log.info("{} price cutovers due by {} applied; TikTok accepted {} prices", applied, now, accepted);
        return accepted;
    }

    private void apply(PricingShopSettings shop, Cutover cutover) {
        if (cutover.kind() == CutoverStore.Kind.SET && cutover.price() == null) {
            // The rule could not price the schedule when it was prepared: from now on the SKU waits for a person.
            prices.unpriced(cutover.shopId(), cutover.sellerSku(), cutover.itemId(),
                    String.join("; ", cutover.steps()), cutover.sourceModified(), cutover.effectiveAt());
            return;
        }
        if (cutover.kind() == CutoverStore.Kind.SET) {
            shopPrices.record(shop, new Desired(cutover.shopId(), cutover.sellerSku(), cutover.itemId(),
                    cutover.currency(), cutover.price(), cutover.steps(), "schedule " + cutover.cutoverId(),
                    cutover.sourceModified(), cutover.effectiveAt()));
            return;
        }
        items.find(cutover.itemId()).ifPresentOrElse(
                item -> shopPrices.apply(item, cutover.effectiveAt(), "price level " + shop.priceLevel()
                        + " after schedule " + cutover.cutoverId()),
                () -> log.warn("schedule {} ended but item {}'s prices were never read; the next read prices it",
                        cutover.cutoverId(), cutover.itemId()));
    }
}
