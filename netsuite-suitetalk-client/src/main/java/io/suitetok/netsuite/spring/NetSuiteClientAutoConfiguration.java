package io.suitetok.netsuite.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.netsuite.config.ConcurrencyPolicy;
import io.suitetok.netsuite.config.SuiteTalkConfig;
import io.suitetok.netsuite.config.TbaCredentials;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.soap.SoapNetSuiteGatewayFactory;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The service's {@link NetSuiteGateway}, configured from {@code hub.netsuite.*}. */
@AutoConfiguration
@ConditionalOnProperty(prefix = "hub.netsuite", name = "account-id")
@EnableConfigurationProperties(NetSuiteProperties.class)
public class NetSuiteClientAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SuiteTalkConfig suiteTalkConfig(NetSuiteProperties properties) {
        NetSuiteSettingsCheck.requireValid(properties);
        SuiteTalkConfig config = SuiteTalkConfig.of(new TbaCredentials(properties.accountId(), properties.consumerKey(),
                        properties.consumerSecret(), properties.tokenId(), properties.tokenSecret()))
                .withConcurrency(ConcurrencyPolicy.ofShare(properties.concurrencyShare()))
                .withTimeouts(Duration.ofSeconds(10), properties.requestTimeout())
                .withSearchPageSize(properties.searchPageSize());
        return properties.endpoint() == null ? config : config.withEndpoint(properties.endpoint());
    }

    @Bean
    @ConditionalOnMissingBean
    NetSuiteGateway netSuiteGateway(SuiteTalkConfig config, ObjectProvider<MeterRegistry> meters,
                                    NetSuiteProperties properties, ObjectProvider<ObservationRegistry> observations) {
        return SoapNetSuiteGatewayFactory.create(config, meters.getIfAvailable(SimpleMeterRegistry::new),
                properties.priceScheduleRecordTypeId(), observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }
}
