package io.suitetok.tiktok.api;

import static io.suitetok.tiktok.http.TikTokEndpoints.CREATE_ACTIVITY;
import static io.suitetok.tiktok.http.TikTokEndpoints.DEACTIVATE_ACTIVITY;
import static io.suitetok.tiktok.http.TikTokEndpoints.SEARCH_ACTIVITIES;
import static io.suitetok.tiktok.http.TikTokEndpoints.UPDATE_ACTIVITY_PRODUCTS;

import io.suitetok.tiktok.http.ApiCall;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.http.TikTokTransport;
import io.suitetok.tiktok.model.promotion.ActivityProduct;
import io.suitetok.tiktok.model.promotion.ActivitySku;
import io.suitetok.tiktok.model.promotion.ActivityStatus;
import io.suitetok.tiktok.model.promotion.ActivitySummary;
import io.suitetok.tiktok.model.promotion.ActivityType;
import io.suitetok.tiktok.model.promotion.NewActivity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Promotion activities: TikTok's promotional prices live here, not in a SKU's price. A buyer pays the
 * ongoing activity's price, and the order reports the difference as {@code seller_discount}. Times
 * travel as unix seconds.
 */
public class PromotionApi {

    /** Search Activities' largest page (its documented default is 50). */
    static final int PAGE_SIZE = 100;

    private final TikTokTransport transport;

    public PromotionApi(TikTokTransport transport) {
        this.transport = transport;
    }

    /** Creates an activity; returns its id. */
    public String createActivity(ShopContext shop, NewActivity activity) {
        Created created = transport.execute(shop, ApiCall.to(CREATE_ACTIVITY).body(new CreateBody(activity.title(),
                activity.type().name(), activity.begin().getEpochSecond(), activity.end().getEpochSecond(),
                activity.productLevel().name())), Created.class);
        return created.activityId();
    }

    /**
     * Sets the listed products' (and their SKUs') terms in the activity; products not listed keep
     * theirs. {@code quantityLimit}/{@code quantityPerUser} -1 = unlimited.
     */
    public void updateActivityProducts(ShopContext shop, String activityId, List<ActivityProduct> products) {
        List<ProductTerms> wire = products.stream().map(PromotionApi::terms).toList();
        transport.execute(shop, ApiCall.to(UPDATE_ACTIVITY_PRODUCTS).path("activity_id", activityId)
                .body(new ProductsBody(activityId, wire)));
    }

    /** Ends an activity early: buyers pay the SKU price again from then on. */
    public void deactivateActivity(ShopContext shop, String activityId) {
        transport.execute(shop, ApiCall.to(DEACTIVATE_ACTIVITY).path("activity_id", activityId));
    }

    /** The shop's activities, every page, optionally of one status: for reconciling after a restart. */
    public List<ActivitySummary> searchActivities(ShopContext shop, ActivityStatus status) {
        List<ActivitySummary> found = new ArrayList<>();
        String pageToken = null;
        do {
            Page page = transport.execute(shop, ApiCall.to(SEARCH_ACTIVITIES).body(new SearchBody(
                    status == null ? null : status.name(), PAGE_SIZE, pageToken)), Page.class);
            if (page.activities() != null) {
                page.activities().forEach(row -> found.add(row.summary()));
            }
            pageToken = page.nextPageToken();
        } while (pageToken != null && !pageToken.isEmpty());
        return found;
    }

    private static ProductTerms terms(ActivityProduct product) {
        if (product.productLevelTerms()) {
            ActivitySku whole = product.skus().get(0);
            return new ProductTerms(product.productId(), amount(whole), percent(whole.discountPercent()),
                    whole.quantityLimit(), whole.quantityPerUser(), null);
        }
        List<SkuTerms> skus = product.skus().stream().map(sku -> new SkuTerms(sku.skuId(), amount(sku),
                percent(sku.discountPercent()), sku.quantityLimit(), sku.quantityPerUser())).toList();
        return new ProductTerms(product.productId(), null, null, null, null, skus);
    }

    /** The activity price travels without its currency: TikTok takes the product's. */
    private static String amount(ActivitySku sku) {
        return sku.activityPrice() == null ? null : sku.activityPrice().amount();
    }

    /** "10" for 10 % off, as TikTok's example writes it. */
    private static String percent(BigDecimal discountPercent) {
        return discountPercent == null ? null : discountPercent.stripTrailingZeros().toPlainString();
    }

    record CreateBody(String title, String activityType, long beginTime, long endTime, String productLevel) {
    }

    record Created(String activityId) {
    }

    record ProductsBody(String activityId, List<ProductTerms> products) {
    }

    record ProductTerms(String id, String activityPriceAmount, String discount, Integer quantityLimit,
            Integer quantityPerUser, List<SkuTerms> skus) {
    }

    record SkuTerms(String id, String activityPriceAmount, String discount, int quantityLimit, int quantityPerUser) {
    }

    record SearchBody(String status, int pageSize, String pageToken) {
    }

    record Page(List<Row> activities, String nextPageToken, Integer totalCount) {
    }

    record Row(String id, String title, String activityType, String status, Long beginTime, Long endTime) {

        ActivitySummary summary() {
            return new ActivitySummary(id, title, ActivityType.fromWire(activityType), ActivityStatus.fromWire(status),
                    beginTime == null ? null : Instant.ofEpochSecond(beginTime),
                    endTime == null ? null : Instant.ofEpochSecond(endTime));
        }
    }
}
