package io.suitetok.pricing.price;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.money.Money;
import io.suitetok.model.pricing.PriceChange;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.pricing.boundary.BoundaryPrice;
import io.suitetok.pricing.catalog.ListedSkus;
import io.suitetok.pricing.catalog.ListedSkus.ListedSku;
import io.suitetok.pricing.config.PricingProperties;
import io.suitetok.pricing.config.PricingShopSettings;
import io.suitetok.pricing.store.CutoverStore;
import io.suitetok.pricing.store.SkuPriceStore;
import io.suitetok.pricing.store.SkuPriceStore.Desired;
import io.suitetok.pricing.store.SkuPriceStore.Stored;
import io.suitetok.runtime.outbox.OutboxWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns one item's prices into every listed SKU's price in every configured shop, stores each, and
 * publishes each change on {@code pricing.prices.v1} in the same transaction. An item the rule cannot
 * price for a shop (no price in the shop's level, no exchange rate) is parked with that reason.
 */
public class ShopPrices {

    private final PricingProperties settings;
    private final ShopPriceCalculator calculator;
    private final ExchangeRates rates;
    private final ListedSkus listed;
    private final SkuPriceStore prices;
    private final OutboxWriter outbox;
    private final EventCodec codec;
    private final TransactionTemplate transaction;
    private final CutoverStore cutovers;
    private final Clock clock;

    public ShopPrices(PricingProperties settings, ExchangeRates rates, ListedSkus listed, SkuPriceStore prices,
            CutoverStore cutovers, OutboxWriter outbox, EventCodec codec, TransactionTemplate transaction, Clock clock) {
        this.settings = settings;
        this.calculator = new ShopPriceCalculator(settings.currencies());
        this.rates = rates;
        this.listed = listed;
        this.prices = prices;
        this.outbox = outbox;
        this.codec = codec;
        this.transaction = transaction;
        this.cutovers = cutovers;
        this.clock = clock;
    }

    /**
     * @param effectiveFrom when the price applies (NetSuite's change, or a schedule's start)
     * @param source        what it came from, for the explanation
     * @return how many SKU prices changed
     */
    public int apply(ItemPrices item, Instant effectiveFrom, String source) {
        return applyEach(List.of(item), unused -> effectiveFrom, source);
    }

    /**
     * {@link #apply} for a page of items, each effective from its NetSuite change, in one transaction and
     * a handful of statements whatever the page's size (a bulk change is priced at TikTok's pace only so).
     *
     * @return how many SKU prices changed
     */
    public int applyAll(List<ItemPrices> items, String source) {
        return applyEach(items, ItemPrices::lastModified, source);
    }

    private int applyEach(List<ItemPrices> items, Function<ItemPrices, Instant> effectiveFrom, String source) {
        if (items.isEmpty()) {
            return 0;
        }
        Integer changed = transaction.execute(status -> {
            Map<String, List<ListedSku>> skusByItem = listed.ofItems(items.stream().map(ItemPrices::itemId).toList())
                    .stream().collect(Collectors.groupingBy(ListedSku::itemId));
            Instant now = clock.instant();
            List<Desired> desired = new ArrayList<>();
            for (PricingShopSettings shop : settings.shops()) {
                List<String> shopSkus = skusByItem.values().stream().flatMap(List::stream)
                        .filter(sku -> sku.shopId().equals(shop.shopId())).map(ListedSku::sellerSku).toList();
                Set<String> scheduled = cutovers.schedulesInEffect(shop.shopId(), shopSkus);
                for (ItemPrices item : items) {
                    List<ListedSku> inShop = skusByItem.getOrDefault(item.itemId(), List.of()).stream()
                            .filter(sku -> sku.shopId().equals(shop.shopId()))
                            .filter(sku -> !scheduled.contains(sku.sellerSku())).toList();
                    if (inShop.isEmpty()) {
                        continue;
                    }
                    // NetSuite's rate of the day the price takes effect: today for a change read now.
                    Instant from = effectiveFrom.apply(item);
                    LocalDate rateDay = LocalDate.ofInstant(later(from, now), ZoneOffset.UTC);
                    ShopPriceCalculator.Outcome outcome = priceFor(item, shop, rateDay);
                    for (ListedSku sku : inShop) {
                        desiredOrParked(shop, sku, item, outcome, from, source).ifPresent(desired::add);
                    }
                }
            }
            return (int) recordAll(desired, shopId -> shop(shopId).orElseThrow()).stream()
                    .filter(Stored.CHANGED::equals).count();
        });
        return changed == null ? 0 : changed;
    }

    /** The rule's outcome for one shop, with the exchange rate of {@code rateDay} when the currencies differ. */
    public ShopPriceCalculator.Outcome priceFor(ItemPrices item, PricingShopSettings shop, LocalDate rateDay) {
        return calculator.priceFor(item, shop, rateFor(shop, rateDay).orElse(null));
    }

    private Optional<io.suitetok.pricing.boundary.ExchangeRate> rateFor(PricingShopSettings shop, LocalDate day) {
        String iso = settings.currencies().get(shop.sourceCurrency());
        if (iso == null || Currency.getInstance(iso).equals(shop.currency())) {
            return Optional.empty();
        }
        return rates.rate(Currency.getInstance(iso), shop, day);
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    /** The SKUs of an item listed in one shop. */
    public List<ListedSku> listedInShop(String itemId, String shopId) {
        return listed.ofItem(itemId).stream().filter(sku -> sku.shopId().equals(shopId)).toList();
    }

    /** Every configured shop. */
    public List<PricingShopSettings> shops() {
        return settings.shops();
    }

    /** The price to store for the SKU, or none when the rule cannot price it (then it is parked with the reason). */
    private Optional<Desired> desiredOrParked(PricingShopSettings shop, ListedSku sku, ItemPrices item,
            ShopPriceCalculator.Outcome outcome, Instant effectiveFrom, String source) {
        if (outcome instanceof ShopPriceCalculator.Unpriced unpriced) {
            prices.unpriced(shop.shopId(), sku.sellerSku(), item.itemId(), unpriced.reason(), item.lastModified(),
                    effectiveFrom);
            return Optional.empty();
        }
        BoundaryPrice price = ((ShopPriceCalculator.Priced) outcome).price();
        return Optional.of(new Desired(shop.shopId(), sku.sellerSku(), item.itemId(), price.currency().getCurrencyCode(),
                price.amount(), price.steps(), source, item.lastModified(), effectiveFrom));
    }

    /**
     * Stores a price and, when it changed, publishes it; the caller's transaction (or a new one) holds both.
     */
    public Stored record(PricingShopSettings shop, Desired desired) {
        return recordAll(List.of(desired), unused -> shop).get(0);
    }

    /** {@link #record} for many prices: stored in one batch, the changed ones published in one batch. */
    private List<Stored> recordAll(List<Desired> desired, Function<String, PricingShopSettings> shopOf) {
        if (desired.isEmpty()) {
            return List.of();
        }
        return transaction.execute(status -> {
            List<Stored> stored = prices.storeAll(desired);
            List<EventEnvelope> changes = new ArrayList<>();
            for (int i = 0; i < desired.size(); i++) {
                if (stored.get(i) == Stored.CHANGED) {
                    changes.add(priceChanged(shopOf.apply(desired.get(i).shopId()), desired.get(i)));
                }
            }
            outbox.enqueueAll(HubTopic.PRICING_PRICES, changes);
            return stored;
        });
    }

    private EventEnvelope priceChanged(PricingShopSettings shop, Desired desired) {
        PriceChange change = new PriceChange(new ShopId(desired.shopId()), new SellerSku(desired.sellerSku()),
                new Money(desired.price(), Currency.getInstance(desired.currency())), shop.priceLevel(),
                desired.effectiveFrom());
        return codec.envelope(PricingEvents.PriceChanged, "pricing-sync-service", desired.shopId() + ":"
                + desired.sellerSku(), desired.sellerSku(), new ShopId(desired.shopId()), change);
    }

    /** The configured shop, if this service prices it. */
    public Optional<PricingShopSettings> shop(String shopId) {
        return settings.shops().stream().filter(shop -> shop.shopId().equals(shopId)).findFirst();
    }
}
