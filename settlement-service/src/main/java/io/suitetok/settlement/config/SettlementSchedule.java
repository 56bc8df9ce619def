package io.suitetok.settlement.config;

import io.suitetok.settlement.intake.SettlementRound;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.spring.TikTokShops;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Reads every shop's statements and payouts on the poll interval (TikTok closes one statement a day). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "hub.settlement", name = "poll-enabled", havingValue = "true", matchIfMissing = true)
public class SettlementSchedule {

    private static final Logger log = LoggerFactory.getLogger(SettlementSchedule.class);

    private final SettlementRound round;
    private final TikTokShops shops;

    public SettlementSchedule(SettlementRound round, TikTokShops shops) {
        this.round = round;
        this.shops = shops;
    }

    @Scheduled(fixedDelayString = "${hub.settlement.poll-interval:1h}", initialDelayString = "${hub.settlement.first-delay:1m}")
    void readShops() {
        for (ShopContext shop : shops.all()) {
            try {
                round.run(shop);
            } catch (RuntimeException e) {
                log.warn("settlement round of shop {} failed; the next one reads from the same watermark: {}",
                        shop.shopId(), e.toString());
            }
        }
    }
}
