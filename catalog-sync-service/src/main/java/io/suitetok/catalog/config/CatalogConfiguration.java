package io.suitetok.catalog.config;

import io.suitetok.catalog.images.HttpImageFetcher;
import io.suitetok.catalog.images.ImageFetcher;
import io.suitetok.catalog.images.ImageInspector;
import io.suitetok.catalog.images.ImageUploader;
import io.suitetok.catalog.listing.CatalogSync;
import io.suitetok.catalog.listing.ExistingListingFinder;
import io.suitetok.catalog.listing.ListingPublisher;
import io.suitetok.catalog.listing.ListingRecorder;
import io.suitetok.catalog.listing.ListingRecorderParking;
import io.suitetok.catalog.listing.ListingStatusUpdater;
import io.suitetok.catalog.mapping.ProductMapper;
import io.suitetok.catalog.rules.CategoryRequirementsCache;
import io.suitetok.catalog.rules.ListingRules;
import io.suitetok.catalog.source.CatalogSource;
import io.suitetok.catalog.source.ItemFamilyMapper;
import io.suitetok.catalog.source.NetSuiteCatalogSource;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.catalog.store.ImageUploadStore;
import io.suitetok.catalog.store.ListingStore;
import io.suitetok.catalog.store.ParkedItemStore;
import io.suitetok.catalog.store.SkuMappingStore;
import io.suitetok.runtime.watermark.WatermarkStore;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.kafka.HubTopicNames;
import io.suitetok.runtime.outbox.OutboxWriter;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.spring.TikTokShops;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.runtime.metrics.ParkedItems;
import io.suitetok.runtime.metrics.SyncLag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the catalogue flow. */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

    @Bean
    KafkaAdmin.NewTopics catalogTopics(HubTopicNames topics) {
        return topics.declare(HubTopic.CATALOG_SKU_MAPPINGS, HubTopic.TIKTOK_PRODUCT_NOTIFICATIONS);
    }

    @Bean
    @ConditionalOnMissingBean
    CatalogSource catalogSource(NetSuiteGateway netsuite, NetSuiteItemFields fields) {
        return new NetSuiteCatalogSource(netsuite, new ItemFamilyMapper(fields));
    }

    @Bean
    @ConditionalOnMissingBean
    ImageFetcher imageFetcher() {
        return new HttpImageFetcher();
    }

    @Bean
    ListingRecorder listingRecorder(ListingStore listings, SkuMappingStore mappings, ParkedItemStore parked,
            OutboxWriter outbox, EventCodec codec, TransactionTemplate transaction, MeterRegistry meters) {
        return new ListingRecorder(listings, mappings, parked, outbox, codec, transaction,
                SyncLag.of(meters, "catalog", "tiktok"));
    }

    /** Items parked with their reasons (GET /catalog/parked): a listing TikTok's rules or the mapping refused. */
    @Bean
    ParkedItems parkedListings() {
        return new ParkedItems("catalog", "select count(*) from parked_item");
    }

    @Bean
    ListingPublisher listingPublisher(TikTokShopClient tiktok, TikTokShops shops, ImageFetcher images,
            ImageUploadStore uploads, ListingStore listings, SkuMappingStore mappings, ListingRecorder recorder,
            CatalogProperties properties) {
        return new ListingPublisher(new ProductMapper(), new ListingRules(),
                new CategoryRequirementsCache(tiktok.products(), Clock.systemUTC(), properties.categoryCacheTtl()),
                images, new ImageInspector(), new ImageUploader(tiktok.products(), uploads),
                new ExistingListingFinder(tiktok.products()), tiktok.products(), listings, mappings, recorder, shops);
    }

    @Bean
    CatalogSync catalogSync(CatalogSource source, ListingPublisher publisher, ListingRecorder recorder,
            ListingStore listings, WatermarkStore watermarks, CatalogProperties properties) {
        return new CatalogSync(source, publisher, new ListingRecorderParking(new ProductMapper(), recorder, listings),
                watermarks, properties);
    }

    @Bean
    ListingStatusUpdater listingStatusUpdater(TikTokShopClient tiktok, TikTokShops shops, ListingStore listings,
            ListingRecorder recorder) {
        return new ListingStatusUpdater(tiktok.products(), shops, listings, recorder);
    }
}
