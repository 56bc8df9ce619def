package io.suitetok.pricing.promotion;

import io.suitetok.netsuite.gateway.PromotionSnapshot;
import io.suitetok.pricing.catalog.ListedSkus;
import io.suitetok.pricing.config.PricingProperties;
import io.suitetok.pricing.config.PricingShopSettings;
import io.suitetok.pricing.price.ExchangeRates;
import io.suitetok.pricing.promotion.PromotionActivityStore.StoredPromotion;
import io.suitetok.pricing.push.PricePusher;
import io.suitetok.pricing.store.SkuPriceStore;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.error.TikTokApiException;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.model.product.Price;
import io.suitetok.tiktok.model.promotion.ActivityProduct;
import io.suitetok.tiktok.model.promotion.ActivitySku;
import io.suitetok.tiktok.model.promotion.ActivityStatus;
import io.suitetok.tiktok.model.promotion.ActivitySummary;
import io.suitetok.tiktok.model.promotion.ActivityType;
import io.suitetok.tiktok.model.promotion.NewActivity;
import io.suitetok.tiktok.model.promotion.ProductLevel;
import io.suitetok.tiktok.spring.TikTokShops;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NetSuite promotions as TikTok promotion activities. Each poll hands over every promotion NetSuite has
 * that has not ended (SuiteTalk gives them no modification date), and this diffs them against what the
 * store says was sent: a new promotion becomes a FIXED_PRICE activity per shop that lists its items,
 * with each SKU's activity price computed here to the cent; changed terms are sent again; a new window,
 * or SKUs leaving, means a new activity (TikTok's client here can neither move an activity's times nor
 * take products out of it); a promotion gone, inactive or ended has its activity deactivated. What
 * TikTok would refuse is refused before any call, with the reason stored. Repeating a reconcile with
 * the same list calls TikTok for nothing.
 */
public class PromotionActivities implements PricePusher.OngoingPromotions {

    private static final Logger log = LoggerFactory.getLogger(PromotionActivities.class);
    /** TikTok's title limit; "NetSuite promotion <id> #<n>" stays far under it for NetSuite's numeric ids. */
    private static final int TITLE_MAX = 50;

    private final PromotionActivityStore store;
    private final PromotionPlanner planner;
    private final TikTokShopClient tiktok;
    private final TikTokShops shops;
    private final PricingProperties settings;
    private final Clock clock;

    public PromotionActivities(PromotionActivityStore store, ListedSkus listed, SkuPriceStore prices,
            TikTokShopClient tiktok, TikTokShops shops, PricingProperties settings, ExchangeRates rates, Clock clock) {
        this.store = store;
        this.planner = new PromotionPlanner(listed, prices, rates, settings.currencies());
        this.tiktok = tiktok;
        this.shops = shops;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Brings every shop's activities in line with NetSuite's current promotions.
     *
     * @param current every promotion NetSuite returns now: one missing from it is taken as withdrawn
     * @return how many (promotion, shop) pairs changed on TikTok or in the store
     */
    public int reconcile(List<PromotionSnapshot> current) {
        Instant now = clock.instant();
        int changed = 0;
        Set<String> present = new HashSet<>();
        for (PromotionSnapshot promotion : current) {
            present.add(promotion.id());
            String ended = endedReason(promotion, now);
            for (PricingShopSettings shop : settings.shops()) {
                try {
                    changed += ended != null ? close(promotion.id(), shop.shopId(), ended)
                            : reconcile(promotion, shop, now);
                } catch (RuntimeException e) {
                    // One shop's failure (TikTok down, say) must not hold back the others; the next poll retries.
                    log.warn("promotion {} in shop {} not reconciled, tried again next poll: {}", promotion.id(),
                            shop.shopId(), e.toString());
                }
            }
        }
        for (StoredPromotion open : store.open()) {
            if (!present.contains(open.promotionId())) {
                try {
                    changed += close(open.promotionId(), open.shopId(), "no longer in NetSuite");
                } catch (RuntimeException e) {
                    log.warn("promotion {} in shop {} not deactivated, tried again next poll: {}",
                            open.promotionId(), open.shopId(), e.toString());
                }
            }
        }
        return changed;
    }

    /** The SKU is in an activity the store says runs now: its plain price change waits for the end. */
    @Override
    public Optional<Instant> runningUntil(String shopId, String skuId) {
        return store.runningUntil(shopId, skuId, clock.instant());
    }

    public boolean includes(String shopId, String skuId) {
        return runningUntil(shopId, skuId).isPresent();
    }

    private static String endedReason(PromotionSnapshot promotion, Instant now) {
        if (promotion.inactive()) {
            return "made inactive in NetSuite";
        }
        if (promotion.end() != null && !promotion.end().isAfter(now)) {
            return "ended in NetSuite at " + promotion.end();
        }
        return null;
    }

    private int reconcile(PromotionSnapshot promotion, PricingShopSettings shop, Instant now) {
        Optional<StoredPromotion> stored = store.find(promotion.id(), shop.shopId());
        ShopPromotionPlan plan = planner.plan(promotion, shop, now);
        if (plan instanceof ShopPromotionPlan.NotInShop) {
            return stored.filter(row -> row.state().open()).isPresent()
                    ? close(promotion.id(), shop.shopId(), "none of its items is listed in the shop any more") : 0;
        }
        if (plan instanceof ShopPromotionPlan.Refused refused) {
            if (stored.isPresent() && stored.get().state() == PromotionState.REFUSED
                    && refused.fingerprint().equals(stored.get().fingerprint())) {
                return 0;
            }
            if (stored.isPresent() && stored.get().state().open()) {
                // Its old terms must not keep running once the new ones are refused.
                deactivate(stored.get(), "replaced by terms the hub refuses");
            }
            store.refused(promotion, shop.shopId(), refused.reason(), refused.fingerprint());
            log.info("promotion {} refused in shop {}: {}", promotion.id(), shop.shopId(), refused.reason());
            return 1;
        }
        ShopPromotionPlan.Planned planned = (ShopPromotionPlan.Planned) plan;
        if (stored.isEmpty() || !stored.get().state().open()) {
            return create(promotion, shop, planned, stored.map(row -> row.generation() + 1).orElse(1), now);
        }
        StoredPromotion row = stored.get();
        if (row.activityId() == null) {
            return resumeCreate(promotion, shop, planned, row, now);
        }
        boolean expired = row.end() != null && !row.end().isAfter(now);
        if (!expired && planned.fingerprint().equals(row.fingerprint())) {
            return 0;
        }
        if (!expired && sameWindow(promotion, row) && keepsEverySku(row, planned)) {
            sendTerms(shop, row.activityId(), planned);
            store.active(promotion, shop.shopId(), planned.fingerprint(), planned.skus());
            log.info("promotion {} updated in shop {} (activity {})", promotion.id(), shop.shopId(), row.activityId());
            return 1;
        }
        if (!expired) {
            deactivate(row, "replaced by generation " + (row.generation() + 1) + " (new window or fewer SKUs)");
        } else {
            store.deactivated(row.promotionId(), row.shopId(), "TikTok's longest period ran out; renewed");
        }
        return create(promotion, shop, planned, row.generation() + 1, now);
    }

    private int create(PromotionSnapshot promotion, PricingShopSettings shop, ShopPromotionPlan.Planned planned,
            int generation, Instant now) {
        if (planned.window() == null) {
            store.refused(promotion, shop.shopId(), "less than TikTok's shortest activity period ("
                    + ActivityWindow.MIN_PERIOD.toMinutes() + " minutes) is left before it ends at " + promotion.end(),
                    planned.fingerprint());
            return 1;
        }
        String title = title(promotion, generation);
        store.creating(promotion, shop.shopId(), generation, title, planned.window());
        String activityId;
        try {
            activityId = tiktok.promotions().createActivity(context(shop), new NewActivity(title, ActivityType.FIXED_PRICE,
                    planned.window().begin(), planned.window().end(), ProductLevel.VARIATION));
        } catch (TikTokApiException e) {
            return refusedByTikTok(promotion, shop, planned, e);
        }
        store.created(promotion.id(), shop.shopId(), activityId, planned.window());
        return activate(promotion, shop, planned, activityId);
    }

    /**
     * A crash came between writing the intent and storing TikTok's answer: the activity may exist. It
     * is found by its title (unique per shop, and naming the NetSuite promotion and generation); if
     * TikTok has none, it is created now.
     */
    private int resumeCreate(PromotionSnapshot promotion, PricingShopSettings shop, ShopPromotionPlan.Planned planned,
            StoredPromotion row, Instant now) {
        Optional<ActivitySummary> found = tiktok.promotions().searchActivities(context(shop), null).stream()
                .filter(activity -> activity.title().equals(row.title()))
                .filter(activity -> activity.status() == ActivityStatus.NOT_START
                        || activity.status() == ActivityStatus.ONGOING)
                .findFirst();
        if (found.isEmpty()) {
            return create(promotion, shop, planned, row.generation(), now);
        }
        log.info("promotion {} in shop {}: adopted activity {} created before a restart", promotion.id(),
                shop.shopId(), found.get().id());
        store.created(promotion.id(), shop.shopId(), found.get().id(),
                new ActivityWindow(found.get().begin(), found.get().end()));
        return activate(promotion, shop, planned, found.get().id());
    }

    private int activate(PromotionSnapshot promotion, PricingShopSettings shop, ShopPromotionPlan.Planned planned,
            String activityId) {
        try {
            sendTerms(shop, activityId, planned);
        } catch (TikTokApiException e) {
            if (e.isRetryable()) {
                throw e; // stays CREATING with its activity id: the next poll sends the terms again
            }
            tiktok.promotions().deactivateActivity(context(shop), activityId);
            return refusedByTikTok(promotion, shop, planned, e);
        }
        store.active(promotion, shop.shopId(), planned.fingerprint(), planned.skus());
        log.info("promotion {} is activity {} in shop {} with {} SKUs", promotion.id(), activityId, shop.shopId(),
                planned.skus().size());
        return 1;
    }

    private int refusedByTikTok(PromotionSnapshot promotion, PricingShopSettings shop,
            ShopPromotionPlan.Planned planned, TikTokApiException e) {
        if (e.isRetryable()) {
            throw e;
        }
        store.refused(promotion, shop.shopId(), "TikTok refused the activity: " + e.getMessage(),
                planned.fingerprint());
        return 1;
    }

    /** Every product's SKUs with their activity prices, in one call: repeating it is harmless. */
    private void sendTerms(PricingShopSettings shop, String activityId, ShopPromotionPlan.Planned planned) {
        Map<String, List<PlannedSku>> byProduct = planned.skus().stream()
                .collect(Collectors.groupingBy(PlannedSku::productId, LinkedHashMap::new, Collectors.toList()));
        List<ActivityProduct> products = byProduct.entrySet().stream().map(product -> new ActivityProduct(
                product.getKey(), product.getValue().stream().map(sku -> ActivitySku.atPrice(sku.skuId(),
                        new Price(sku.activityPrice().toPlainString(), sku.currency()))).toList())).toList();
        tiktok.promotions().updateActivityProducts(context(shop), activityId, products);
    }

    private int close(String promotionId, String shopId, String reason) {
        Optional<StoredPromotion> stored = store.find(promotionId, shopId);
        if (stored.isEmpty() || !stored.get().state().open()) {
            return 0;
        }
        deactivate(stored.get(), reason);
        return 1;
    }

    /**
     * Ends the activity on TikTok, unless its time is already up (TikTok takes no change to an expired
     * activity) or it was never created. An activity TikTok no longer knows, or calls ended, is over too.
     */
    private void deactivate(StoredPromotion row, String reason) {
        Instant now = clock.instant();
        boolean running = row.activityId() != null && (row.end() == null || row.end().isAfter(now));
        if (running) {
            try {
                tiktok.promotions().deactivateActivity(context(row.shopId()), row.activityId());
            } catch (TikTokApiException e) {
                if (e.isRetryable()) {
                    throw e;
                }
                reason = reason + " (TikTok: " + e.getMessage() + ")";
            }
        }
        store.deactivated(row.promotionId(), row.shopId(), reason);
        log.info("promotion {} in shop {}: activity {} deactivated, {}", row.promotionId(), row.shopId(),
                row.activityId(), reason);
    }

    /** Compared in whole seconds: the database keeps microseconds and TikTok takes seconds. */
    private static boolean sameWindow(PromotionSnapshot promotion, StoredPromotion row) {
        return Objects.equals(seconds(promotion.start()), seconds(row.netsuiteStart()))
                && Objects.equals(seconds(promotion.end()), seconds(row.netsuiteEnd()));
    }

    private static Instant seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /** TikTok's Update Activity Product adds and changes SKUs but cannot take one out. */
    private boolean keepsEverySku(StoredPromotion row, ShopPromotionPlan.Planned planned) {
        Set<String> wanted = planned.skus().stream().map(PlannedSku::skuId).collect(Collectors.toSet());
        return store.skuIds(row.promotionId(), row.shopId()).stream().allMatch(wanted::contains);
    }

    static String title(PromotionSnapshot promotion, int generation) {
        String title = "NetSuite promotion " + promotion.id() + " #" + generation;
        return title.length() <= TITLE_MAX ? title : title.substring(title.length() - TITLE_MAX);
    }

    private ShopContext context(PricingShopSettings shop) {
        return context(shop.shopId());
    }

    private ShopContext context(String shopId) {
        return shops.context(shopId);
    }
}
