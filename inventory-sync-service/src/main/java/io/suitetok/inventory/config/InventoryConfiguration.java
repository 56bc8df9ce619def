package io.suitetok.inventory.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.inventory.levels.LevelCalculator;
import io.suitetok.inventory.netsuite.AvailabilityReader;
import io.suitetok.inventory.netsuite.MovementDrain;
import io.suitetok.inventory.netsuite.MovementSignature;
import io.suitetok.inventory.push.InventoryPusher;
import io.suitetok.inventory.push.PushPlanner;
import io.suitetok.inventory.store.LevelVerifications;
import io.suitetok.inventory.recalc.FullRecalculation;
import io.suitetok.inventory.store.AvailabilityStore;
import io.suitetok.inventory.store.LevelStore;
import io.suitetok.inventory.store.MovementStore;
import io.suitetok.inventory.store.OrderLineStore;
import io.suitetok.inventory.store.RecalculationStore;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.runtime.watermark.WatermarkStore;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.runtime.kafka.HubTopicNames;
import io.suitetok.runtime.outbox.OutboxWriter;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.spring.TikTokShops;
import javax.sql.DataSource;
import io.suitetok.inventory.push.InventoryTelemetry;
import io.suitetok.runtime.metrics.ParkedItems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the inventory flow. */
@Configuration(proxyBeanMethods = false)
public class InventoryConfiguration {

    @Bean
    KafkaAdmin.NewTopics inventoryTopics(HubTopicNames topics) {
        return topics.declare(HubTopic.INVENTORY_LEVELS, HubTopic.ORDERS, HubTopic.ORDER_NETSUITE_RESULTS);
    }

    @Bean
    MovementSignature movementSignature(InventoryProperties properties) {
        return new MovementSignature(properties.movementSecret());
    }

    @Bean
    LevelCalculator levelCalculator(SkuMappingReplica mappings, AvailabilityStore availability, OrderLineStore lines,
            LevelStore levels, InventoryProperties properties, OutboxWriter outbox, EventCodec codec, JdbcTemplate jdbc,
            TransactionTemplate transaction, MeterRegistry meters) {
        return new LevelCalculator(mappings, availability, lines, levels, properties, outbox, codec, jdbc, transaction,
                meters);
    }

    @Bean
    AvailabilityReader availabilityReader(NetSuiteGateway netsuite, AvailabilityStore availability,
            SkuMappingReplica mappings, OrderLineStore lines, WatermarkStore watermarks, LevelCalculator calculator,
            InventoryProperties properties, TransactionTemplate transaction, MeterRegistry meters) {
        return new AvailabilityReader(netsuite, availability, mappings, lines, watermarks, calculator, properties,
                transaction, meters);
    }

    @Bean
    MovementDrain movementDrain(MovementStore movements, AvailabilityReader reader, InventoryProperties properties) {
        return new MovementDrain(movements, reader, properties.itemsPerRead());
    }

    @Bean
    PushPlanner pushPlanner(LevelStore levels, LevelVerifications verifications, OrderLineStore lines,
            InventoryProperties properties,
            TransactionTemplate transaction) {
        return new PushPlanner(levels, verifications, lines, properties, transaction);
    }

    @Bean
    InventoryPusher inventoryPusher(PushPlanner planner, LevelStore levels, TikTokShopClient tiktok, TikTokShops shops,
            InventoryProperties properties, MeterRegistry meters, InventoryTelemetry telemetry) {
        return new InventoryPusher(planner, levels, tiktok, shops, properties, meters, telemetry);
    }

    @Bean
    InventoryTelemetry inventoryTelemetry(JdbcTemplate jdbc, MeterRegistry meters, InventoryProperties properties) {
        return new InventoryTelemetry(jdbc, meters, properties.shops().stream().map(ShopInventorySettings::shopId)
                .toList());
    }

    /** Levels whose last push failed or TikTok refused: retried with backoff, and shown with their error. */
    @Bean
    ParkedItems levelsFailingToPush() {
        return new ParkedItems("inventory", "select count(*) from inventory_level where last_error is not null");
    }

    @Bean
    FullRecalculation fullRecalculation(SkuMappingReplica mappings, AvailabilityReader reader, RecalculationStore runs,
            InventoryProperties properties, DataSource dataSource) {
        return new FullRecalculation(mappings, reader, runs, properties, dataSource);
    }
}
