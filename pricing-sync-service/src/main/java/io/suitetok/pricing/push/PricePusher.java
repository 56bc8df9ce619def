package io.suitetok.pricing.push;

import io.suitetok.pricing.boundary.BoundaryPrice;
import io.suitetok.pricing.boundary.TikTokPriceChecks;
import io.suitetok.pricing.catalog.ListedSkus;
import io.suitetok.pricing.catalog.ListedSkus.ListedSku;
import io.suitetok.pricing.config.PricingProperties;
import io.suitetok.pricing.config.PricingShopSettings;
import io.suitetok.pricing.store.SkuPriceStore;
import io.suitetok.pricing.store.SkuPriceStore.StoredPrice;
import io.suitetok.tiktok.api.StockAndPriceApi;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.error.TikTokApiException;
import io.suitetok.tiktok.model.product.Price;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome;
import io.suitetok.tiktok.spring.TikTokShops;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import io.suitetok.runtime.metrics.SyncLag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due prices to TikTok: one Update Price call per product, carrying every SKU of the product
 * with its current price (absolute values, so repeating one is harmless), within the client's rate
 * limit. TikTok's own rules are checked first; a price they refuse is parked with the reason instead
 * of being sent, and so is one TikTok refuses itself. Failures are retried with a doubling wait.
 */
public class PricePusher {

    private static final Logger log = LoggerFactory.getLogger(PricePusher.class);
    private static final int ROUND_SIZE = 500;

    /** Until when a TikTok SKU is inside an ongoing promotion activity (its plain price change waits for that). */
    public interface OngoingPromotions {
        Optional<Instant> runningUntil(String shopId, String skuId);
    }

    private final SkuPriceStore prices;
    private final ListedSkus listed;
    private final TikTokShopClient tiktok;
    private final TikTokShops shops;
    private final PricingProperties settings;
    private final OngoingPromotions promotions;
    private final Clock clock;
    private final ReentrantLock rounds = new ReentrantLock();
    private final SyncLag lag;

    /**
     * @param lag pricing → TikTok: from the price's NetSuite modification (or its effective time, for a scheduled
     *            price that took effect later) to TikTok accepting it
     */
    public PricePusher(SkuPriceStore prices, ListedSkus listed, TikTokShopClient tiktok, TikTokShops shops,
            PricingProperties settings, OngoingPromotions promotions, Clock clock, SyncLag lag) {
        this.lag = lag;
        this.prices = prices;
        this.listed = listed;
        this.tiktok = tiktok;
        this.shops = shops;
        this.settings = settings;
        this.promotions = promotions;
        this.clock = clock;
    }

    /** One round over every shop; returns the number of SKU prices TikTok accepted. */
    public int pushOnce() {
        // One round at a time: the schedule's round and the cutover clock's would otherwise both find the same
        // prices due and send each product twice, spending TikTok's rate limit on duplicates.
        rounds.lock();
        try {
            int accepted = 0;
            for (PricingShopSettings shop : settings.shops()) {
                accepted += pushShop(shop);
            }
            return accepted;
        } finally {
            rounds.unlock();
        }
    }

    private int pushShop(PricingShopSettings shop) {
        // The products with something due; each is then sent whole.
        Set<String> products = new LinkedHashSet<>();
        List<StoredPrice> due = prices.due(shop.shopId(), ROUND_SIZE);
        Map<String, ListedSku> listedSkus = listed.findAll(shop.shopId(), due.stream().map(StoredPrice::sellerSku).toList());
        for (StoredPrice price : due) {
            Optional<ListedSku> sku = Optional.ofNullable(listedSkus.get(price.sellerSku()));
            if (sku.isEmpty() || !sku.get().live() || sku.get().productId() == null) {
                continue; // not listed (yet): pushed once the catalogue maps it, as the price stays due
            }
            Optional<Instant> promotionEnds = promotions.runningUntil(shop.shopId(), sku.get().skuId());
            if (promotionEnds.isPresent()) {
                // Buyers pay the activity's price meanwhile; the new SKU price goes out when it ends.
                prices.holdUntil(shop.shopId(), price.sellerSku(), "in an ongoing TikTok promotion until "
                        + promotionEnds.get() + "; sent when it ends", promotionEnds.get());
                continue;
            }
            String refusal = refusal(shop, price);
            if (refusal != null) {
                prices.park(shop.shopId(), price.sellerSku(), refusal);
                continue;
            }
            products.add(sku.get().productId());
        }
        int accepted = 0;
        for (String productId : products) {
            accepted += pushProduct(shop, productId);
        }
        return accepted;
    }

    private static String refusal(PricingShopSettings shop, StoredPrice price) {
        BoundaryPrice boundary = new BoundaryPrice(price.price(), Currency.getInstance(price.currency()), price.steps());
        return TikTokPriceChecks.refusal(boundary, shop.rules()).orElse(null);
    }

    /** Every SKU of the product that has a price and no refusal, in one call. */
    private int pushProduct(PricingShopSettings shop, String productId) {
        List<StockAndPriceApi.SkuPrice> body = new ArrayList<>();
        Map<String, StoredPrice> bySkuId = new LinkedHashMap<>();
        List<ListedSku> skus = listed.ofProduct(shop.shopId(), productId);
        Map<String, StoredPrice> stored = prices.findAll(shop.shopId(), skus.stream().map(ListedSku::sellerSku).toList());
        for (ListedSku sku : skus) {
            Optional<StoredPrice> price = Optional.ofNullable(stored.get(sku.sellerSku()));
            if (price.isEmpty() || price.get().parkedReason() != null || refusal(shop, price.get()) != null
                    || promotions.runningUntil(shop.shopId(), sku.skuId()).isPresent()) {
                continue;
            }
            bySkuId.put(sku.skuId(), price.get());
            body.add(new StockAndPriceApi.SkuPrice(sku.skuId(), new Price(price.get().price().toPlainString(),
                    price.get().currency())));
        }
        if (body.isEmpty()) {
            return 0;
        }
        try {
            SkuUpdateOutcome outcome = tiktok.stockAndPrices().updatePrices(shops.context(shop.shopId()), productId, body);
            Map<String, BigDecimal> accepted = new LinkedHashMap<>();
            for (Map.Entry<String, StoredPrice> sku : bySkuId.entrySet()) {
                Optional<SkuUpdateOutcome.SkuError> refused = outcome.errors().stream()
                        .filter(error -> error.detail() != null && sku.getKey().equals(error.detail().skuId()))
                        .findFirst();
                if (refused.isPresent()) {
                    prices.park(shop.shopId(), sku.getValue().sellerSku(), "TikTok refused the price: "
                            + refused.get().message() + " (code " + refused.get().code() + ")");
                } else {
                    accepted.put(sku.getValue().sellerSku(), sku.getValue().price());
                }
            }
            prices.acceptedAll(shop.shopId(), accepted);
            // Only prices that were due carry a change; the product's other SKUs went along unchanged.
            bySkuId.values().stream().filter(price -> price.pushDue() && accepted.containsKey(price.sellerSku()))
                    .forEach(price -> lag.acknowledged(changedAt(price)));
            return accepted.size();
        } catch (TikTokApiException e) {
            if (!e.isRetryable()) {
                // TikTok refused the whole call for a reason a person must fix (a product not live, say).
                bySkuId.values().forEach(price -> prices.park(shop.shopId(), price.sellerSku(),
                        "TikTok refused the price update: " + e.getMessage()));
                return 0;
            }
            retryLater(shop, bySkuId.values(), e.getMessage());
        } catch (RuntimeException e) {
            retryLater(shop, bySkuId.values(), e.toString());
        }
        return 0;
    }

    private static Instant changedAt(StoredPrice price) {
        return price.effectiveFrom() != null && price.effectiveFrom().isAfter(price.sourceModified())
                ? price.effectiveFrom() : price.sourceModified();
    }

    private void retryLater(PricingShopSettings shop, Iterable<StoredPrice> skus, String error) {
        for (StoredPrice price : skus) {
            Duration wait = settings.retryBaseDelay().multipliedBy(1L << Math.min(price.attempts(), 8));
            prices.failed(shop.shopId(), price.sellerSku(), error, clock.instant().plus(wait));
        }
        log.warn("price update for shop {} failed, retried later: {}", shop.shopId(), error);
    }
}
