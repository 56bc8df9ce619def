package io.suitetok.sandbox.tiktok.promotions;

import io.suitetok.sandbox.tiktok.IdSequence;
import io.suitetok.sandbox.tiktok.SandboxRefusal;
import io.suitetok.sandbox.tiktok.StateLock;
import io.suitetok.sandbox.tiktok.products.Catalog;
import io.suitetok.sandbox.tiktok.products.SimProduct;
import io.suitetok.sandbox.tiktok.products.SimSku;
import io.suitetok.sandbox.tiktok.promotions.PromotionWire.CreateBody;
import io.suitetok.sandbox.tiktok.promotions.PromotionWire.ProductEntry;
import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.shops.Shop;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The shops' promotion activities and the rules TikTok documents for them (lywzx's generated promotion
 * docs): a unique title of at most 50 characters, a begin later than now, an end at least 10 minutes
 * after the begin and a period under 365 days; live products only; an activity price above 0 and below
 * the SKU's price. A SKU may be in one running activity of a type at a time: the simulator refuses a
 * SKU already held by another NOT_START or ONGOING activity of the same type whose period overlaps
 * (UNVERIFIED: TikTok's wording and code are not public). Everything runs under the state lock and by
 * the shop clock.
 */
@Component
public class Promotions {

    static final int TITLE_MAX = 50;
    static final Duration MIN_PERIOD = Duration.ofMinutes(10);
    static final Duration MAX_PERIOD = Duration.ofDays(365);

    private final Map<String, SimActivity> activities = new LinkedHashMap<>();
    private final StateLock lock;
    private final IdSequence ids;
    private final Catalog catalog;
    private final Clock clock;

    public Promotions(StateLock lock, IdSequence ids, Catalog catalog, Clock clock) {
        this.lock = lock;
        this.ids = ids;
        this.catalog = catalog;
        this.clock = clock;
    }

    SimActivity create(Shop shop, CreateBody body) {
        String title = body.title();
        if (title == null || title.isBlank() || title.length() > TITLE_MAX) {
            throw TikTokError.invalidParameter("title is required, at most " + TITLE_MAX + " characters");
        }
        ActivityKind kind = known(ActivityKind.class, body.activityType(), "activity_type");
        String level = body.productLevel();
        if (!"PRODUCT".equals(level) && !"VARIATION".equals(level)) {
            throw TikTokError.invalidParameter("product_level must be PRODUCT or VARIATION, got " + level);
        }
        if (body.beginTime() == null || body.endTime() == null) {
            throw TikTokError.invalidParameter("begin_time and end_time are required (unix seconds)");
        }
        Instant begin = Instant.ofEpochSecond(body.beginTime());
        Instant end = Instant.ofEpochSecond(body.endTime());
        return lock.apply(() -> {
            Instant now = clock.instant();
            if (!begin.isAfter(now)) {
                throw TikTokError.business(ErrorCodes.ACTIVITY_INVALID, "begin_time " + body.beginTime()
                        + " must be later than the current time " + now.getEpochSecond());
            }
            if (Duration.between(begin, end).compareTo(MIN_PERIOD) < 0) {
                throw TikTokError.business(ErrorCodes.ACTIVITY_INVALID, "end_time must be at least 10 minutes after "
                        + "begin_time");
            }
            if (Duration.between(begin, end).compareTo(MAX_PERIOD) >= 0) {
                throw TikTokError.business(ErrorCodes.ACTIVITY_INVALID, "the activity period must be less than 365 days");
            }
            if (activities.values().stream().anyMatch(a -> a.shopId.equals(shop.id()) && a.title.equals(title))) {
                throw TikTokError.business(ErrorCodes.ACTIVITY_TITLE_TAKEN, "activity title '" + title
                        + "' is already used in this shop; the name must be unique");
            }
            SimActivity activity = new SimActivity(ids.next("activity"), shop.id(), title, kind, level, begin, end, now);
            activities.put(activity.id, activity);
            return activity;
        });
    }

    /**
     * Sets the terms of the listed products (others keep theirs). All or nothing: one refused product
     * refuses the call (UNVERIFIED: TikTok may answer per product).
     */
    SimActivity updateProducts(Shop shop, String activityId, List<ProductEntry> products) {
        if (products == null || products.isEmpty()) {
            throw TikTokError.invalidParameter("param body.products is missing");
        }
        return lock.apply(() -> {
            Instant now = clock.instant();
            SimActivity activity = live(shop, activityId, now);
            List<SkuTerms> wanted = new ArrayList<>();
            for (ProductEntry entry : products) {
                if (entry.id() == null) {
                    throw TikTokError.invalidParameter("products.id is required");
                }
                SimProduct product = catalog.require(shop, entry.id());
                wanted.addAll(ActivityTermsCheck.terms(activity, product, entry, now));
            }
            for (SkuTerms terms : wanted) {
                refuseConflict(activity, terms.skuId(), now);
            }
            wanted.forEach(activity::put);
            activity.updateTime = now;
            return activity;
        });
    }

    /** Ends the activity now: buyers pay the SKU price again from this instant. */
    SimActivity deactivate(Shop shop, String activityId) {
        return lock.apply(() -> {
            Instant now = clock.instant();
            SimActivity activity = live(shop, activityId, now);
            activity.deactivatedAt = now;
            activity.updateTime = now;
            return activity;
        });
    }

    /** The shop's activities, oldest first, optionally of one status and with a word in the title. */
    List<SimActivity> search(Shop shop, String status, String titleWord) {
        if (status != null && !Arrays.asList("DRAFT", "NOT_START", "ONGOING", "EXPIRED", "DEACTIVATED",
                "NOT_EFFECTIVE").contains(status)) {
            throw TikTokError.invalidParameter("status " + status + " is not an activity status");
        }
        return lock.apply(() -> {
            Instant now = clock.instant();
            return activities.values().stream().filter(a -> a.shopId.equals(shop.id()))
                    .filter(a -> status == null || a.statusAt(now).name().equals(status))
                    .filter(a -> titleWord == null || a.title.contains(titleWord)).toList();
        });
    }

    public ActivityStatus status(SimActivity activity) {
        return activity.statusAt(clock.instant());
    }

    /** Every activity of the shop, oldest first, as the control API shows them. */
    public List<ActivityView> inShop(String shopId) {
        return lock.apply(() -> {
            Instant now = clock.instant();
            return activities.values().stream().filter(a -> a.shopId.equals(shopId))
                    .map(a -> ActivityView.of(a, a.statusAt(now))).toList();
        });
    }

    /** What a buyer pays for the SKU now: the running activity's price, or the SKU's own. */
    public BuyerPrice buyerPrice(SimSku sku) {
        return lock.apply(() -> BuyerPrices.at(sku, ofShopOf(sku), clock.instant()).orElseThrow());
    }

    public BuyerPrice buyerPrice(String shopId, String skuIdOrSellerSku) {
        return buyerPrice(sku(shopId, skuIdOrSellerSku));
    }

    /** Every price buyers were offered for the SKU, oldest first, each with the shop-clock instant it took effect. */
    public List<BuyerPrice> priceHistory(String shopId, String skuIdOrSellerSku) {
        SimSku sku = sku(shopId, skuIdOrSellerSku);
        return lock.apply(() -> BuyerPrices.history(sku, ofShopOf(sku), clock.instant()));
    }

    public void reset() {
        lock.run(activities::clear);
    }

    private SimSku sku(String shopId, String skuIdOrSellerSku) {
        return catalog.findSku(shopId, skuIdOrSellerSku).orElseThrow(() ->
                SandboxRefusal.notFound("no sku " + skuIdOrSellerSku + " in shop " + shopId));
    }

    private List<SimActivity> ofShopOf(SimSku sku) {
        String shopId = catalog.product(sku.productId()).map(SimProduct::shopId).orElse(null);
        return activities.values().stream().filter(a -> a.shopId.equals(shopId)).toList();
    }

    private SimActivity live(Shop shop, String activityId, Instant now) {
        SimActivity activity = activities.get(activityId);
        if (activity == null || !activity.shopId.equals(shop.id())) {
            throw TikTokError.business(ErrorCodes.ACTIVITY_NOT_FOUND, "activity " + activityId + " does not exist");
        }
        if (!activity.statusAt(now).live()) {
            throw TikTokError.business(ErrorCodes.ACTIVITY_ENDED, "activity " + activityId + " is "
                    + activity.statusAt(now) + " and takes no more changes");
        }
        return activity;
    }

    private void refuseConflict(SimActivity activity, String skuId, Instant now) {
        Optional<SimActivity> other = activities.values().stream()
                .filter(a -> a != activity && a.shopId.equals(activity.shopId) && a.kind == activity.kind)
                .filter(a -> a.statusAt(now).live() && a.holds(skuId) && a.overlaps(activity.begin, activity.end))
                .findFirst();
        if (other.isPresent()) {
            throw TikTokError.business(ErrorCodes.ACTIVITY_SKU_CONFLICT, "sku " + skuId + " is already in "
                    + activity.kind + " activity " + other.get().id + " for an overlapping period");
        }
    }

    private static <E extends Enum<E>> E known(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw TikTokError.invalidParameter(field + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", got " + value);
        }
    }
}
