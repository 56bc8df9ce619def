package io.suitetok.pricing.config;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.pricing.catalog.ListedSkus;
import io.suitetok.pricing.catalog.NewlyListedPrice;
import io.suitetok.pricing.catalog.ReplicaListedSkus;
import io.suitetok.pricing.cutover.CutoverApplier;
import io.suitetok.pricing.cutover.CutoverClock;
import io.suitetok.pricing.cutover.SchedulePreparation;
import io.suitetok.pricing.netsuite.NetSuitePriceReader;
import io.suitetok.pricing.price.ExchangeRates;
import io.suitetok.pricing.price.NetSuiteExchangeRates;
import io.suitetok.pricing.price.ShopPrices;
import io.suitetok.pricing.promotion.PromotionActivities;
import io.suitetok.pricing.promotion.PromotionActivityStore;
import io.suitetok.pricing.push.PricePusher;
import io.suitetok.pricing.store.CutoverStore;
import io.suitetok.pricing.store.ItemPricingStore;
import io.suitetok.pricing.store.ItemReadRequests;
import io.suitetok.pricing.store.SkuPriceStore;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.runtime.kafka.HubTopicNames;
import io.suitetok.runtime.outbox.OutboxWriter;
import io.suitetok.runtime.watermark.WatermarkStore;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.spring.TikTokShops;
import java.time.Clock;
import java.time.Duration;
import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.runtime.metrics.ParkedItems;
import io.suitetok.runtime.metrics.SyncLag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the pricing flow. */
@Configuration(proxyBeanMethods = false)
public class PricingConfiguration {

    /** How often the cutover clock looks again when nothing is due sooner (a cutover another replica prepared). */
    private static final Duration CUTOVER_RECHECK = Duration.ofSeconds(5);

    @Bean
    KafkaAdmin.NewTopics pricingTopics(HubTopicNames topics) {
        return topics.declare(HubTopic.PRICING_PRICES);
    }

    @Bean
    Clock pricingClock() {
        return Clock.systemUTC();
    }

    @Bean
    ListedSkus listedSkus(SkuMappingReplica replica) {
        return new ReplicaListedSkus(replica);
    }

    @Bean
    ExchangeRates exchangeRates(NetSuiteGateway netsuite, PricingProperties properties) {
        return new NetSuiteExchangeRates(netsuite, properties.currencies());
    }

    @Bean
    ShopPrices shopPrices(PricingProperties properties, ExchangeRates rates, ListedSkus listed, SkuPriceStore prices,
            CutoverStore cutovers, OutboxWriter outbox, EventCodec codec, TransactionTemplate transaction, Clock clock) {
        return new ShopPrices(properties, rates, listed, prices, cutovers, outbox, codec, transaction, clock);
    }

    @Bean
    NewlyListedPrice newlyListedPrice(ItemPricingStore items, ItemReadRequests requests, ShopPrices shopPrices,
            SkuPriceStore prices) {
        return new NewlyListedPrice(items, requests, shopPrices, prices);
    }

    @Bean
    PromotionActivities promotionActivities(PromotionActivityStore store, ListedSkus listed, SkuPriceStore prices,
            TikTokShopClient tiktok, TikTokShops shops, PricingProperties properties, ExchangeRates rates, Clock clock) {
        return new PromotionActivities(store, listed, prices, tiktok, shops, properties, rates, clock);
    }

    @Bean
    PricePusher pricePusher(SkuPriceStore prices, ListedSkus listed, TikTokShopClient tiktok, TikTokShops shops,
            PricingProperties properties, PromotionActivities promotions, Clock clock, MeterRegistry meters) {
        return new PricePusher(prices, listed, tiktok, shops, properties, promotions, clock,
                SyncLag.of(meters, "pricing", "tiktok", clock));
    }

    /** Prices a person must fix (no price in the level, no rate, refused by TikTok): GET /pricing/parked. */
    @Bean
    ParkedItems parkedPrices() {
        return new ParkedItems("pricing", "select count(*) from sku_price where parked_reason is not null");
    }

    @Bean
    CutoverApplier cutoverApplier(CutoverStore cutovers, ShopPrices shopPrices, ItemPricingStore items,
            SkuPriceStore prices, PricePusher pusher, TransactionTemplate transaction) {
        return new CutoverApplier(cutovers, shopPrices, items, prices, pusher, transaction);
    }

    /** Started and stopped by {@link PricingSchedule}, with the other rhythms. */
    @Bean
    CutoverClock cutoverClock(CutoverStore cutovers, CutoverApplier applier, Clock clock) {
        return new CutoverClock(cutovers, applier, clock, CUTOVER_RECHECK);
    }

    @Bean
    SchedulePreparation schedulePreparation(CutoverStore cutovers, ShopPrices shopPrices, Clock clock) {
        return new SchedulePreparation(cutovers, shopPrices, clock);
    }

    @Bean
    NetSuitePriceReader netSuitePriceReader(NetSuiteGateway netsuite, ItemPricingStore items, ListedSkus listed,
            ShopPrices shopPrices, SchedulePreparation schedules, PromotionActivities promotions,
            ItemReadRequests requests, WatermarkStore watermarks, PricingProperties properties,
            TransactionTemplate transaction, CutoverClock cutoverClock) {
        return new NetSuitePriceReader(netsuite, items, listed, shopPrices, schedules, promotions::reconcile, requests,
                watermarks, properties, transaction, cutoverClock::wake);
    }
}
