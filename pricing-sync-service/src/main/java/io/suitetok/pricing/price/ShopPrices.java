package io.suitetok.pricing.price;

import io.suitetok.model.event.EventCodec;
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
import java.util.Currency;
import java.util.List;
import java.util.Optional;
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
        List<ListedSku> skus = listed.ofItem(item.itemId());
        // NetSuite's rate of the day the price takes effect: today for a change read now.
        LocalDate rateDay = LocalDate.ofInstant(later(effectiveFrom, clock.instant()), ZoneOffset.UTC);
        int changed = 0;
        for (PricingShopSettings shop : settings.shops()) {
            List<ListedSku> inShop = skus.stream().filter(sku -> sku.shopId().equals(shop.shopId()))
                    .filter(sku -> !cutovers.scheduleInEffect(shop.shopId(), sku.sellerSku())).toList();
            if (inShop.isEmpty()) {
                continue;
            }
            ShopPriceCalculator.Outcome outcome = priceFor(item, shop, rateDay);
            for (ListedSku sku : inShop) {
                changed += store(shop, sku, item, outcome, effectiveFrom, source);
            }
        }
        return changed;
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

    private int store(PricingShopSettings shop, ListedSku sku, ItemPrices item, ShopPriceCalculator.Outcome outcome,
            Instant effectiveFrom, String source) {
        if (outcome instanceof ShopPriceCalculator.Unpriced unpriced) {
            prices.unpriced(shop.shopId(), sku.sellerSku(), item.itemId(), unpriced.reason(), item.lastModified(),
                    effectiveFrom);
            return 0;
        }
        BoundaryPrice price = ((ShopPriceCalculator.Priced) outcome).price();
        return record(shop, new Desired(shop.shopId(), sku.sellerSku(), item.itemId(), price.currency().getCurrencyCode(),
                price.amount(), price.steps(), source, item.lastModified(), effectiveFrom)) == Stored.CHANGED ? 1 : 0;
    }

    /**
     * Stores a price and, when it changed, publishes it; the caller's transaction (or a new one) holds both.
     */
    public Stored record(PricingShopSettings shop, Desired desired) {
        return transaction.execute(status -> {
            Stored stored = prices.store(desired);
            if (stored == Stored.CHANGED) {
                PriceChange change = new PriceChange(new ShopId(desired.shopId()), new SellerSku(desired.sellerSku()),
                        new Money(desired.price(), Currency.getInstance(desired.currency())), shop.priceLevel(),
                        desired.effectiveFrom());
                outbox.enqueue(HubTopic.PRICING_PRICES, codec.envelope(PricingEvents.PriceChanged,
                        "pricing-sync-service", desired.shopId() + ":" + desired.sellerSku(), desired.sellerSku(),
                        new ShopId(desired.shopId()), change));
            }
            return stored;
        });
    }

    /** The configured shop, if this service prices it. */
    public Optional<PricingShopSettings> shop(String shopId) {
        return settings.shops().stream().filter(shop -> shop.shopId().equals(shopId)).findFirst();
    }
}
