package io.suitetok.orders.config;

import io.suitetok.orders.ingest.OrderPoller;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.spring.TikTokShops;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Polls every shop's recently updated orders, in case a webhook never came. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "hub.orders", name = "poll-enabled", havingValue = "true", matchIfMissing = true)
public class OrderSchedule {

    private static final Logger log = LoggerFactory.getLogger(OrderSchedule.class);

    private final OrderPoller poller;
    private final TikTokShops shops;

    public OrderSchedule(OrderPoller poller, TikTokShops shops) {
        this.poller = poller;
        this.shops = shops;
    }

    @Scheduled(fixedDelayString = "${hub.orders.poll-interval:5m}", initialDelayString = "${hub.orders.poll-interval:5m}")
    void pollShops() {
        for (ShopContext shop : shops.all()) {
            try {
                log.info("order poll of shop {}: {} newer snapshots", shop.shopId(), poller.pollOnce(shop));
            } catch (RuntimeException e) {
                log.warn("order poll of shop {} failed; the next one reads from the same watermark: {}", shop.shopId(),
                        e.toString());
            }
        }
    }
}
