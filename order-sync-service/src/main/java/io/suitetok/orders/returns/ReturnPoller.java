package io.suitetok.orders.returns;

import io.suitetok.runtime.watermark.WatermarkStore;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.model.order.ReturnSearchFilter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The safety net under the return webhooks: per shop, every return updated since the watermark (less
 * an overlap), through the same refresh as a webhook. TikTok's window is upper-exclusive, so the upper
 * bound is set a day ahead of the local clock: a return TikTok stamps ahead of it is read too.
 */
public class ReturnPoller {

    private final TikTokShopClient tiktok;
    private final ReturnRefresher refresher;
    private final WatermarkStore watermarks;
    private final Clock clock;
    private final Duration overlap;

    public ReturnPoller(TikTokShopClient tiktok, ReturnRefresher refresher, WatermarkStore watermarks, Clock clock,
            Duration overlap) {
        this.tiktok = tiktok;
        this.refresher = refresher;
        this.watermarks = watermarks;
        this.clock = clock;
        this.overlap = overlap;
    }

    /** @return how many returns brought a newer snapshot */
    public int pollOnce(ShopContext shop) {
        Instant until = clock.instant();
        Instant since = watermarks.readUntil(watermarkName(shop)).map(mark -> mark.minus(overlap))
                .orElse(until.minus(Duration.ofDays(1)));
        int newer = refresher.refresh(shop, tiktok.orders().searchReturns(shop, ReturnSearchFilter.updatedBetween(
                since.getEpochSecond(), until.plus(Duration.ofDays(1)).getEpochSecond())));
        watermarks.advance(watermarkName(shop), until);
        return newer;
    }

    static String watermarkName(ShopContext shop) {
        return "tiktok-returns:" + shop.shopId().value();
    }
}
