package io.suitetok.orders.config;

import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.kafka.HubTopicNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Wires the order flow. */
@Configuration(proxyBeanMethods = false)
public class OrderSyncConfiguration {

    @Bean
    KafkaAdmin.NewTopics orderTopics(HubTopicNames topics) {
        return topics.declare(HubTopic.TIKTOK_ORDER_NOTIFICATIONS, HubTopic.ORDERS, HubTopic.ORDER_NETSUITE_RESULTS);
    }
}
