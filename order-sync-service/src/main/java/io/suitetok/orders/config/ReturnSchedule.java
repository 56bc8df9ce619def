package io.suitetok.orders.config;

import io.suitetok.orders.returns.ReturnPoller;
import io.suitetok.orders.returns.ReturnWriter;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.spring.TikTokShops;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Writes queued returns to NetSuite every short interval, and polls TikTok's returns as the webhooks' safety net. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "hub.orders.returns", name = "enabled", havingValue = "true", matchIfMissing = true)
public class ReturnSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReturnSchedule.class);

    private final ReturnWriter writer;
    private final ReturnPoller poller;
    private final TikTokShops shops;
    private final OrderProperties properties;

    public ReturnSchedule(ReturnWriter writer, ReturnPoller poller, TikTokShops shops, OrderProperties properties) {
        this.writer = writer;
        this.poller = poller;
        this.shops = shops;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${hub.orders.returns.interval:1s}")
    void write() {
        try {
            while (writer.writeOnce() >= properties.returns().batchSize()) {
                // a full batch means more are queued: keep going before sleeping
            }
        } catch (RuntimeException e) {
            log.warn("return round failed; the returns stay queued: {}", e.toString());
        }
    }

    @Scheduled(fixedDelayString = "${hub.orders.returns.poll-interval:5m}",
            initialDelayString = "${hub.orders.returns.poll-interval:5m}")
    void poll() {
        for (ShopContext shop : shops.all()) {
            try {
                log.info("return poll of shop {}: {} newer snapshots", shop.shopId(), poller.pollOnce(shop));
            } catch (RuntimeException e) {
                log.warn("return poll of shop {} failed; the next one reads from the same watermark: {}",
                        shop.shopId(), e.toString());
            }
        }
    }
}
