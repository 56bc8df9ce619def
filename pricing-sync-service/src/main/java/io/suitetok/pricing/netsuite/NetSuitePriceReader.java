package io.suitetok.pricing.netsuite;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.ItemPricing;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.Page;
import io.suitetok.netsuite.gateway.PromotionSnapshot;
import io.suitetok.netsuite.gateway.ScheduledPrice;
import io.suitetok.pricing.catalog.ListedSkus;
import io.suitetok.pricing.config.PricingProperties;
import io.suitetok.pricing.cutover.SchedulePreparation;
import io.suitetok.pricing.price.ItemPrices;
import io.suitetok.pricing.price.ShopPrices;
import io.suitetok.pricing.store.ItemPricingStore;
import io.suitetok.pricing.store.ItemReadRequests;
import io.suitetok.runtime.watermark.WatermarkStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads NetSuite's prices: each listed item's pricing matrix changed since the watermark (and, on
 * demand, named items), the price schedules changed since then, and every current promotion. Each item
 * is stored and priced in its own transaction, so a read that fails half-way keeps what it did; the
 * watermark (NetSuite's clock, taken before the read) moves only when everything was read.
 */
public class NetSuitePriceReader {

    static final String WATERMARK = "item-pricing";

    /** What the poll does with NetSuite's current promotions (they have no modification date to read since). */
    public interface PromotionReconciler {
        int reconcile(List<PromotionSnapshot> current);
    }

    private final NetSuiteGateway netsuite;
    private final ItemPricingStore items;
    private final ListedSkus listed;
    private final ShopPrices shopPrices;
    private final SchedulePreparation schedules;
    private final PromotionReconciler promotions;
    private final ItemReadRequests requests;
    private final WatermarkStore watermarks;
    private final PricingProperties properties;
    private final TransactionTemplate transaction;
    private final Runnable cutoversPrepared;

    public NetSuitePriceReader(NetSuiteGateway netsuite, ItemPricingStore items, ListedSkus listed,
            ShopPrices shopPrices, SchedulePreparation schedules, PromotionReconciler promotions,
            ItemReadRequests requests, WatermarkStore watermarks, PricingProperties properties,
            TransactionTemplate transaction, Runnable cutoversPrepared) {
        this.netsuite = netsuite;
        this.items = items;
        this.listed = listed;
        this.shopPrices = shopPrices;
        this.schedules = schedules;
        this.promotions = promotions;
        this.requests = requests;
        this.watermarks = watermarks;
        this.properties = properties;
        this.transaction = transaction;
        this.cutoversPrepared = cutoversPrepared;
    }

    /** The poll: changed matrices, changed schedules, current promotions, then items asked for. */
    public void readChanged() {
        Instant serverTime = netsuite.serverTime();
        Instant since = watermarks.readUntil(WATERMARK).map(mark -> mark.minus(properties.watermarkOverlap()))
                .orElse(Instant.EPOCH);
        Page<ItemPricing> page = netsuite.itemPricingModifiedSince(since);
        while (true) {
            page.items().forEach(this::applyListed);
            Optional<String> next = page.next();
            if (next.isEmpty()) {
                break;
            }
            page = netsuite.moreItemPricing(next.get());
        }
        List<ScheduledPrice> changedSchedules = netsuite.scheduledPricesModifiedSince(since);
        changedSchedules.forEach(this::prepare);
        promotions.reconcile(netsuite.promotionsModifiedSince(serverTime));
        readRequested();
        watermarks.advance(WATERMARK, serverTime);
        if (!changedSchedules.isEmpty()) {
            cutoversPrepared.run();
        }
    }

    /** Reads named items whatever their last change (ops' refresh, a SKU newly listed); returns how many. */
    public int readItems(Collection<String> itemIds) {
        if (itemIds.isEmpty()) {
            return 0;
        }
        List<ItemPricing> read = netsuite.itemPricing(itemIds.stream().map(NetSuiteInternalId::new).toList());
        read.forEach(item -> apply(item, true));
        return read.size();
    }

    /** The items a newly listed SKU is waiting for, until none are left. */
    public void readRequested() {
        List<String> asked;
        while (!(asked = requests.next(100)).isEmpty()) {
            readItems(asked);
            requests.done(asked);
        }
    }

    private void applyListed(ItemPricing item) {
        apply(item, false);
    }

    /**
     * @param anyway store it even when a newer read is stored (a refresh re-prices with what NetSuite says now)
     */
    private void apply(ItemPricing read, boolean anyway) {
        if (listed.ofItem(read.item().value()).isEmpty()) {
            return; // not sold on TikTok (yet): read when the catalogue lists it
        }
        ItemPrices item = ItemPrices.of(read);
        inTransaction(unused -> {
            if (items.save(item) || anyway) {
                shopPrices.apply(item, item.lastModified(), "NetSuite pricing matrix");
            }
        });
    }

    private void prepare(ScheduledPrice schedule) {
        String itemId = schedule.item().value();
        if (listed.ofItem(itemId).isEmpty()) {
            return;
        }
        if (items.find(itemId).isEmpty()) {
            readItems(List.of(itemId)); // the schedule's price is computed like the matrix's: it needs the tax flag
        }
        items.find(itemId).ifPresent(matrix -> inTransaction(unused -> schedules.prepare(schedule, matrix)));
    }

    private void inTransaction(Consumer<Object> work) {
        transaction.executeWithoutResult(work::accept);
    }
}
