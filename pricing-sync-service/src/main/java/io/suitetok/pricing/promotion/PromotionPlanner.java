package io.suitetok.pricing.promotion;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.PromotionSnapshot;
import io.suitetok.pricing.boundary.ExchangeRate;
import io.suitetok.pricing.boundary.TaxDisplay;
import io.suitetok.pricing.catalog.ListedSkus;
import io.suitetok.pricing.catalog.ListedSkus.ListedSku;
import io.suitetok.pricing.config.PricingShopSettings;
import io.suitetok.pricing.price.ExchangeRates;
import io.suitetok.pricing.store.SkuPriceStore;
import io.suitetok.pricing.store.SkuPriceStore.StoredPrice;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what a NetSuite promotion is in one shop: which listed SKUs it covers, each one's activity
 * price, and whether TikTok can show it at all. Everything TikTok would refuse is refused here with a
 * reason a person can act on, so nothing doomed is sent.
 */
class PromotionPlanner {

    private static final MathContext FULL = MathContext.DECIMAL128;

    private final ListedSkus listed;
    private final SkuPriceStore prices;
    private final ExchangeRates rates;
    private final Map<String, String> isoByNetSuiteCurrency;

    PromotionPlanner(ListedSkus listed, SkuPriceStore prices, ExchangeRates rates,
            Map<String, String> isoByNetSuiteCurrency) {
        this.listed = listed;
        this.prices = prices;
        this.rates = rates;
        this.isoByNetSuiteCurrency = Map.copyOf(isoByNetSuiteCurrency);
    }

    ShopPromotionPlan plan(PromotionSnapshot promotion, PricingShopSettings shop, Instant now) {
        if (promotion.items().isEmpty()) {
            return refused(promotion, "applies to the whole order (or to every item but some): a TikTok price "
                    + "activity names its products, so the hub maps item promotions only");
        }
        List<ListedSku> skus = skusInShop(promotion, shop);
        if (skus.isEmpty()) {
            return new ShopPromotionPlan.NotInShop();
        }
        if (promotion.discount() == null || promotion.discount().signum() <= 0) {
            return refused(promotion, "its discount " + (promotion.discount() == null ? "is empty"
                    : promotion.discount().toPlainString() + " takes nothing off"));
        }
        DiscountInShop discount = discountInShop(promotion, shop, rateDay(promotion, now));
        if (discount instanceof Unusable unusable) {
            return refused(promotion, unusable.reason());
        }
        List<PlannedSku> planned = new ArrayList<>();
        for (ListedSku sku : skus) {
            Optional<StoredPrice> price = prices.find(shop.shopId(), sku.sellerSku());
            if (price.isEmpty() || price.get().price() == null) {
                continue; // not priced yet: joins the activity once it is (its price changes the fingerprint)
            }
            Currency currency = Currency.getInstance(price.get().currency());
            ActivityPrice activity = ActivityPriceRule.apply(price.get().price(), currency, ((Usable) discount).discount());
            String refusal = refusal(sku, price.get().price(), activity.amount(), shop);
            if (refusal != null) {
                return refused(promotion, refusal);
            }
            planned.add(new PlannedSku(sku.sellerSku(), sku.productId(), sku.skuId(), currency.getCurrencyCode(),
                    price.get().price(), activity.amount(), activity.steps()));
        }
        if (planned.isEmpty()) {
            return refused(promotion, "none of its " + skus.size() + " listed SKUs has a price in this shop yet");
        }
        return new ShopPromotionPlan.Planned(planned, ActivityWindow.of(promotion.start(), promotion.end(), now),
                PromotionFingerprint.of(promotion, planned));
    }

    /** The promotion's items' live TikTok SKUs in the shop, one per SKU id. */
    private List<ListedSku> skusInShop(PromotionSnapshot promotion, PricingShopSettings shop) {
        Map<String, ListedSku> bySkuId = new LinkedHashMap<>();
        for (NetSuiteInternalId item : promotion.items()) {
            listed.ofItem(item.value()).stream()
                    .filter(sku -> sku.shopId().equals(shop.shopId()) && sku.live() && sku.productId() != null
                            && sku.skuId() != null)
                    .forEach(sku -> bySkuId.putIfAbsent(sku.skuId(), sku));
        }
        return List.copyOf(bySkuId.values());
    }

    /**
     * A percentage as it is; an amount off converted to the shop's currency (the shop's configured rate,
     * else NetSuite's rate of the day) and, in a shop that shows prices with tax, given the shop's tax the
     * way a net NetSuite price is. Returns the discount, or why there is none.
     */
    /** NetSuite's rate of the day the promotion starts (today for one that has started). */
    private static LocalDate rateDay(PromotionSnapshot promotion, Instant now) {
        Instant starts = promotion.start() == null || promotion.start().isBefore(now) ? now : promotion.start();
        return LocalDate.ofInstant(starts, ZoneOffset.UTC);
    }

    private DiscountInShop discountInShop(PromotionSnapshot promotion, PricingShopSettings shop, LocalDate rateDay) {
        if (promotion.kind() == PromotionSnapshot.Kind.PERCENT_OFF) {
            if (promotion.discount().compareTo(BigDecimal.valueOf(100)) >= 0) {
                return new Unusable("its discount of " + promotion.discount().toPlainString() + " % leaves nothing to pay");
            }
            return new Usable(ShopDiscount.percent(promotion.discount()));
        }
        String iso = promotion.currency() == null ? null : isoByNetSuiteCurrency.get(promotion.currency().value());
        if (iso == null) {
            return new Unusable("its amount off is in NetSuite currency " + promotion.currency()
                    + ", which has no ISO code in hub.pricing.currencies");
        }
        Currency source = Currency.getInstance(iso);
        List<String> steps = new ArrayList<>();
        BigDecimal amount = promotion.discount();
        steps.add("amount off " + amount.toPlainString() + " " + source + " (net of tax)");
        if (!source.equals(shop.currency())) {
            Optional<ExchangeRate> rate = rates.rate(source, shop, rateDay);
            if (rate.isEmpty()) {
                return new Unusable("no exchange rate " + source + "→" + shop.currency() + " for its amount off (configure "
                        + "exchange-rate for the shop, or NetSuite's currency rate could not be read)");
            }
            amount = amount.multiply(rate.get().rate(), FULL);
            steps.add("× " + rate.get().rate().toPlainString() + " " + source + "→" + shop.currency() + " ("
                    + rate.get().source() + ") = " + amount.stripTrailingZeros().toPlainString());
        }
        if (shop.taxDisplay() == TaxDisplay.TAX_INCLUSIVE && shop.defaultTaxRate().signum() > 0) {
            amount = amount.multiply(BigDecimal.ONE.add(shop.defaultTaxRate()), FULL);
            steps.add("+ " + shop.defaultTaxRate().movePointRight(2).stripTrailingZeros().toPlainString()
                    + " % tax (the shop shows prices with tax) = " + amount.stripTrailingZeros().toPlainString());
        }
        return new Usable(ShopDiscount.amount(amount, steps));
    }

    /** Why TikTok would refuse this activity price, or null. */
    private static String refusal(ListedSku sku, BigDecimal shopPrice, BigDecimal activityPrice,
            PricingShopSettings shop) {
        String which = "SKU " + sku.sellerSku() + " (shop price " + shopPrice.toPlainString() + " " + shop.currency()
                + ")";
        if (activityPrice.signum() <= 0) {
            return "the activity price of " + which + " would be " + activityPrice.toPlainString()
                    + ": the discount is larger than the price";
        }
        if (activityPrice.compareTo(shopPrice) >= 0) {
            return "the activity price of " + which + " would be " + activityPrice.toPlainString()
                    + ", not below the shop price (TikTok wants an activity price below the SKU's price)";
        }
        if (shop.minPrice() != null && activityPrice.compareTo(shop.minPrice()) < 0) {
            return "the activity price of " + which + " would be " + activityPrice.toPlainString()
                    + ", below TikTok's lowest price in this region, " + shop.minPrice().toPlainString();
        }
        if (shop.maxPrice() != null && activityPrice.compareTo(shop.maxPrice()) > 0) {
            return "the activity price of " + which + " would be " + activityPrice.toPlainString()
                    + ", above TikTok's highest price in this region, " + shop.maxPrice().toPlainString();
        }
        return null;
    }

    private sealed interface DiscountInShop permits Usable, Unusable {
    }

    private record Usable(ShopDiscount discount) implements DiscountInShop {
    }

    private record Unusable(String reason) implements DiscountInShop {
    }

    private static ShopPromotionPlan refused(PromotionSnapshot promotion, String reason) {
        return new ShopPromotionPlan.Refused(reason, PromotionFingerprint.ofRefusal(promotion, reason));
    }
}
