package io.suitetok.orders.ingest;

import io.suitetok.runtime.watermark.WatermarkStore;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.model.order.OrderSearchFilter;
import io.suitetok.tiktok.model.order.TikTokOrder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The safety net TikTok itself asks for ("you cannot completely rely on webhooks"): per shop, every
 * order updated since the watermark, less an overlap for orders TikTok stamps late, goes through the
 * same refresh as a webhook would.
 */
public class OrderPoller {

    private final TikTokShopClient tiktok;
    private final OrderRefresher refresher;
    private final WatermarkStore watermarks;
    private final Clock clock;
    private final Duration overlap;

    public OrderPoller(TikTokShopClient tiktok, OrderRefresher refresher, WatermarkStore watermarks, Clock clock,
            Duration overlap) {
        this.tiktok = tiktok;
        this.refresher = refresher;
        this.watermarks = watermarks;
        this.clock = clock;
        this.overlap = overlap;
    }

    /** @return how many orders brought a newer snapshot */
    public int pollOnce(ShopContext shop) {
        Instant until = clock.instant();
        Instant since = watermarks.readUntil(watermarkName(shop)).map(mark -> mark.minus(overlap))
                .orElse(until.minus(Duration.ofDays(1)));
        // No upper bound: TikTok's clock may run ahead of ours, and an order stamped "in the future" must
        // not fall between two polls. The overlap makes the next poll read the edge again.
        List<String> ids = tiktok.orders().searchAll(shop, new OrderSearchFilter(null, null, null,
                since.getEpochSecond(), null)).stream().map(TikTokOrder::id).toList();
        int newer = refresher.refresh(shop, ids);
        watermarks.advance(watermarkName(shop), until);
        return newer;
    }

    /** One watermark per shop, in TikTok's update_time. */
    static String watermarkName(ShopContext shop) {
        return "tiktok-orders:" + shop.shopId().value();
    }
}
