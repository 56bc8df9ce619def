package io.suitetok.runtime.support;

import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.kafka.HubTopicNames;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/** A minimal hub service: what the runtime's integration tests run against. */
@SpringBootApplication
public class RuntimeTestApplication {

    @Bean
    KafkaAdmin.NewTopics stockTopics(HubTopicNames hubTopicNames) {
        return hubTopicNames.declare(HubTopic.INVENTORY_LEVELS);
    }
}
