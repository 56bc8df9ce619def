package io.suitetok.pricing.cutover;

import io.suitetok.netsuite.gateway.ScheduledPrice;
import io.suitetok.pricing.catalog.ListedSkus.ListedSku;
import io.suitetok.pricing.config.PricingShopSettings;
import io.suitetok.pricing.price.ItemPrices;
import io.suitetok.pricing.price.ShopPriceCalculator;
import io.suitetok.pricing.price.ShopPrices;
import io.suitetok.pricing.store.CutoverStore;
import io.suitetok.pricing.store.CutoverStore.Cutover;
import io.suitetok.pricing.store.CutoverStore.Kind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Turns one NetSuite price schedule into cutovers for every listed SKU of its item in the shops its
 * price level and currency feed: a SET at its start with the price computed now (so the instant costs
 * nothing but a write and a call), and a REVERT at its end.
 *
 * <p>Cutover ids carry the schedule's modification time ({@code <schedule>:from@<modified>}): an edit
 * withdraws the pending cutovers of the earlier version and prepares new ones, and an edit of a schedule
 * already live takes effect at once. A schedule marked inactive while live is ended at once.
 */
public class SchedulePreparation {

    private final CutoverStore cutovers;
    private final ShopPrices shopPrices;
    private final Clock clock;

    public SchedulePreparation(CutoverStore cutovers, ShopPrices shopPrices, Clock clock) {
        this.cutovers = cutovers;
        this.shopPrices = shopPrices;
        this.clock = clock;
    }

    /**
     * @param matrix the item's pricing matrix (whether its prices include tax)
     * @return how many cutovers were prepared
     */
    public int prepare(ScheduledPrice schedule, ItemPrices matrix) {
        Instant now = clock.instant();
        String version = "@" + schedule.lastModified().toEpochMilli();
        String setId = schedule.id() + ":from" + version;
        String revertId = schedule.id() + ":to" + version;
        cutovers.cancelOtherVersions(schedule.id(), version);
        int prepared = 0;
        for (PricingShopSettings shop : shopPrices.shops()) {
            if (!shop.priceLevel().equals(schedule.priceLevel().value())
                    || !shop.sourceCurrency().equals(schedule.currency().value())) {
                continue;
            }
            for (ListedSku sku : shopPrices.listedInShop(schedule.item().value(), shop.shopId())) {
                boolean live = cutovers.scheduleLive(schedule.id(), shop.shopId(), sku.sellerSku());
                boolean ended = schedule.effectiveTo() != null && !schedule.effectiveTo().isAfter(now);
                if (schedule.inactive() || ended) {
                    if (live) {
                        prepared += revert(revertId, shop, sku, now, schedule);
                    }
                    continue;
                }
                Instant start = later(schedule.effectiveFrom(), now);
                prepared += set(setId, shop, sku, start, schedule, matrix);
                if (schedule.effectiveTo() != null) {
                    prepared += revert(revertId, shop, sku, schedule.effectiveTo(), schedule);
                }
            }
        }
        return prepared;
    }

    private int set(String id, PricingShopSettings shop, ListedSku sku, Instant at, ScheduledPrice schedule,
            ItemPrices matrix) {
        ItemPrices scheduled = new ItemPrices(matrix.itemId(), matrix.pricesIncludeTax(),
                List.of(new ItemPrices.Cell(shop.priceLevel(), shop.sourceCurrency(), BigDecimal.ONE,
                        schedule.unitPrice())), schedule.lastModified());
        ShopPriceCalculator.Outcome outcome = shopPrices.priceFor(scheduled, shop, LocalDate.ofInstant(at, ZoneOffset.UTC));
        if (outcome instanceof ShopPriceCalculator.Priced priced) {
            cutovers.prepare(new Cutover(id, shop.shopId(), sku.sellerSku(), matrix.itemId(), Kind.SET,
                    priced.price().currency().getCurrencyCode(), priced.price().amount(), priced.price().steps(), at,
                    schedule.lastModified(), "PENDING"));
        } else {
            // Prepared without a price: at its instant the SKU is parked with this reason, not left at the old price.
            cutovers.prepare(new Cutover(id, shop.shopId(), sku.sellerSku(), matrix.itemId(), Kind.SET, null, null,
                    List.of("schedule " + schedule.id() + ": " + ((ShopPriceCalculator.Unpriced) outcome).reason()), at,
                    schedule.lastModified(), "PENDING"));
        }
        return 1;
    }

    private int revert(String id, PricingShopSettings shop, ListedSku sku, Instant at, ScheduledPrice schedule) {
        cutovers.prepare(new Cutover(id, shop.shopId(), sku.sellerSku(), schedule.item().value(), Kind.REVERT, null, null,
                List.of(), at, schedule.lastModified(), "PENDING"));
        return 1;
    }

    private static Instant later(Instant one, Instant other) {
        return other == null || one.isAfter(other) ? one : other;
    }
}
