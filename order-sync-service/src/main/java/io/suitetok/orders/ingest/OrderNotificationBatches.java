package io.suitetok.orders.ingest;

import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties.AckMode;

/**
 * The container factory of {@link OrderNotificationListener}: the hub's own (same consumer settings, same
 * dead-letter error handler), but handing the listener each poll's records as one list, with offsets
 * committed after the list. A LIVE sale sends hundreds of notifications a second and each costs a TikTok
 * call when taken one by one; together they cost one call per fifty orders.
 */
@Configuration(proxyBeanMethods = false)
public class OrderNotificationBatches {

    static final String FACTORY = "orderNotificationBatchFactory";

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> orderNotificationBatches(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        factory.getContainerProperties().setAckMode(AckMode.BATCH);
        return factory;
    }
}
