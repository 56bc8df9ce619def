package io.suitetok.runtime.catalog;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.config.HubRuntimeAutoConfiguration;
import io.suitetok.runtime.inbox.Inbox;
import io.suitetok.runtime.kafka.HubTopicNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The replica of {@code catalog.sku-mappings.v1}, for a service that sets
 * {@code hub.catalog-mappings.enabled=true}. Its table exists in every schema (a runtime migration);
 * only the listener and the queries are switched on here.
 */
@AutoConfiguration(after = HubRuntimeAutoConfiguration.class)
@ConditionalOnProperty(prefix = "hub.catalog-mappings", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(CatalogMappingsProperties.class)
public class CatalogMappingsAutoConfiguration {

    @Bean
    SkuMappingReplica skuMappingReplica(JdbcTemplate jdbc) {
        return new SkuMappingReplica(jdbc);
    }

    @Bean
    SkuMappingReplicaListener skuMappingReplicaListener(Inbox inbox, EventCodec codec, SkuMappingReplica replica,
            ObjectProvider<SkuMappingObserver> observers, CatalogMappingsProperties properties) {
        return new SkuMappingReplicaListener(inbox, codec, replica, observers.orderedStream().toList(),
                properties.consumer());
    }

    /** The topic the replica reads, with its dead-letter twin, so a service need not remember to declare it. */
    @Bean
    KafkaAdmin.NewTopics catalogSkuMappingTopics(HubTopicNames hubTopicNames) {
        return hubTopicNames.declare(HubTopic.CATALOG_SKU_MAPPINGS);
    }
}
