package io.suitetok.runtime.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.runtime.correlation.CorrelationIdFilter;
import io.suitetok.runtime.correlation.CorrelationRecordInterceptor;
import io.suitetok.runtime.flyway.HubFlywayMigrationStrategy;
import io.suitetok.runtime.inbox.Inbox;
import io.suitetok.runtime.kafka.DeadLetterPublishing;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.runtime.kafka.ProducerWarmUp;
import io.suitetok.runtime.kafka.HubTopicNames;
import io.suitetok.runtime.metrics.DeadLetterSeriesAtStartup;
import io.suitetok.runtime.metrics.ParkedItems;
import io.suitetok.runtime.metrics.ParkedItemsGauges;
import io.suitetok.runtime.tracing.TraceParents;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import io.suitetok.runtime.outbox.OutboxRelay;
import io.suitetok.runtime.outbox.OutboxWriter;
import io.suitetok.runtime.watermark.WatermarkStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the shared mechanisms into every service that has common-runtime on its classpath. */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(HubProperties.class)
public class HubRuntimeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    HubTopicNames hubTopicNames(HubProperties hub) {
        return new HubTopicNames(hub.kafka());
    }

    @Bean
    EventPublisher eventPublisher(KafkaTemplate<String, EventEnvelope> kafka, HubTopicNames hubTopicNames) {
        return new EventPublisher(kafka, hubTopicNames);
    }

    @Bean
    ProducerWarmUp producerWarmUp(KafkaTemplate<String, EventEnvelope> kafka, HubTopicNames hubTopicNames) {
        return new ProducerWarmUp(kafka, hubTopicNames);
    }

    @Bean
    Inbox inbox(JdbcTemplate jdbc, TransactionTemplate transaction, MeterRegistry meters) {
        return new Inbox(jdbc, transaction, meters);
    }

    @Bean
    WatermarkStore watermarkStore(JdbcTemplate jdbc) {
        return new WatermarkStore(jdbc);
    }

    /** Without a tracer (tracing switched off) rows carry no traceparent and relayed events start their own. */
    @Bean
    TraceParents traceParents(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceParents(tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    OutboxWriter outboxWriter(JdbcTemplate jdbc, EventCodec codec, HubTopicNames hubTopicNames, TraceParents traces) {
        return new OutboxWriter(jdbc, codec, hubTopicNames, traces);
    }

    @Bean
    OutboxRelay outboxRelay(JdbcTemplate jdbc, TransactionTemplate transaction, EventPublisher publisher,
            EventCodec codec, HubProperties hub, MeterRegistry meters, TraceParents traces) {
        return new OutboxRelay(jdbc, transaction, publisher, codec, hub.outbox(), meters, traces);
    }

    @Bean
    DeadLetterPublishing deadLetterPublishing(ProducerFactory<?, ?> producers, HubProperties hub,
            MeterRegistry meters) {
        return new DeadLetterPublishing(producers, hub.kafka().retry(), meters);
    }

    @Bean
    DeadLetterSeriesAtStartup deadLetterSeriesAtStartup(HubTopicNames hubTopicNames, MeterRegistry meters) {
        return new DeadLetterSeriesAtStartup(hubTopicNames, meters);
    }

    /** hub_parked_items for each {@link ParkedItems} the service declares; counts cached for 5 s. */
    @Bean
    ParkedItemsGauges parkedItemsGauges(ObjectProvider<ParkedItems> declared, JdbcTemplate jdbc,
            MeterRegistry meters) {
        return new ParkedItemsGauges(declared.orderedStream().toList(), jdbc, meters, Duration.ofSeconds(5));
    }

    /** Boot hands this to the default listener container factory. */
    @Bean
    DefaultErrorHandler hubKafkaErrorHandler(DeadLetterPublishing deadLetters) {
        return deadLetters.errorHandler();
    }

    @Bean
    RecordInterceptor<Object, Object> correlationRecordInterceptor() {
        return new CorrelationRecordInterceptor();
    }

    @Bean
    @ConditionalOnMissingBean(FlywayMigrationStrategy.class)
    FlywayMigrationStrategy hubFlywayMigrationStrategy() {
        return new HubFlywayMigrationStrategy();
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
