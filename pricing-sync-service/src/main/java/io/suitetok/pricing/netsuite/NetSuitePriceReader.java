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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads NetSuite's prices: each listed item's pricing matrix changed since the watermark (and, on
 * demand, named items), the price schedules changed since then, and every current promotion. Each page of
 * items is stored and priced in its own transaction, so a read that fails half-way keeps what it did; the
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
            // The next page is read while this one is stored: NetSuite's answer, not our writes, is the slow part.
            Optional<FutureTask<Page<ItemPricing>>> next = page.next().map(this::readAhead);
            try {
                apply(page.items(), false);
            } catch (RuntimeException e) {
                next.ifPresent(read -> read.cancel(true));
                throw e;
            }
            if (next.isEmpty()) {
                break;
            }
            page = resultOf(next.get());
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

    private FutureTask<Page<ItemPricing>> readAhead(String cursor) {
        FutureTask<Page<ItemPricing>> read = new FutureTask<>(() -> netsuite.moreItemPricing(cursor));
        Thread reader = new Thread(read, "pricing-page-read");
        reader.setDaemon(true);
        reader.start();
        return read;
    }

    /** The page, or the read's own exception, as if it had been read on this thread. */
    private static Page<ItemPricing> resultOf(FutureTask<Page<ItemPricing>> read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            read.cancel(true);
            throw new IllegalStateException("interrupted while NetSuite's next page was read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Reads named items whatever their last change (ops' refresh, a SKU newly listed); returns how many. */
    public int readItems(Collection<String> itemIds) {
        if (itemIds.isEmpty()) {
            return 0;
        }
        List<ItemPricing> read = netsuite.itemPricing(itemIds.stream().map(NetSuiteInternalId::new).toList());
        apply(read, true);
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

    /**
     * A page of items, stored and priced in one transaction with a few statements, so that a product's SKUs
     * become due together and a bulk change keeps up with TikTok's rate limit.
     *
     * @param anyway store them even when a newer read is stored (a refresh re-prices with what NetSuite says now)
     */
    private void apply(List<ItemPricing> reads, boolean anyway) {
        Set<String> listedItems = listed.ofItems(reads.stream().map(read -> read.item().value()).toList()).stream()
                .map(ListedSkus.ListedSku::itemId).collect(Collectors.toSet());
        // Not sold on TikTok (yet): read when the catalogue lists it.
        List<ItemPrices> read = reads.stream().filter(item -> listedItems.contains(item.item().value()))
                .map(ItemPrices::of).toList();
        if (read.isEmpty()) {
            return;
        }
        inTransaction(unused -> {
            boolean[] saved = items.saveAll(read);
            List<ItemPrices> toPrice = new ArrayList<>();
            for (int i = 0; i < read.size(); i++) {
                if (saved[i] || anyway) {
                    toPrice.add(read.get(i));
                }
            }
            shopPrices.applyAll(toPrice, "NetSuite pricing matrix");
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
