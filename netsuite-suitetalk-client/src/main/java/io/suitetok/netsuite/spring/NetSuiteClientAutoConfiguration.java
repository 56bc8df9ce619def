package io.suitetok.netsuite.spring;

import io.suitetok.netsuite.rest.RestConfig;
import io.suitetok.netsuite.rest.RestNetSuiteGateway;
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

/**
 * The service's {@link NetSuiteGateway}, configured from {@code hub.netsuite.*}: the SOAP adapter, or the REST
 * adapter with {@code hub.netsuite.api=rest}.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "hub.netsuite", name = "account-id")
@EnableConfigurationProperties(NetSuiteProperties.class)
public class NetSuiteClientAutoConfiguration {

    /** An unknown {@code hub.netsuite.api} would otherwise leave the service without a gateway. */
    NetSuiteClientAutoConfiguration(NetSuiteProperties properties) {
        NetSuiteSettingsCheck.rest(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "hub.netsuite", name = "api", havingValue = "soap", matchIfMissing = true)
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
    @ConditionalOnProperty(prefix = "hub.netsuite", name = "api", havingValue = "rest")
    RestConfig netSuiteRestConfig(NetSuiteProperties properties) {
        NetSuiteSettingsCheck.requireValid(properties);
        RestConfig config = RestConfig.of(properties.accountId(), properties.clientId(), properties.certificateId(),
                        properties.privateKey())
                .withConcurrency(ConcurrencyPolicy.ofShare(properties.concurrencyShare()));
        return properties.restEndpoint() == null ? config : config.withBase(properties.restEndpoint());
    }

    /** The REST adapter (hub.netsuite.api=rest): same port, same share, OAuth 2.0 client credentials. */
    @Bean
    @ConditionalOnMissingBean(NetSuiteGateway.class)
    @ConditionalOnProperty(prefix = "hub.netsuite", name = "api", havingValue = "rest")
    RestNetSuiteGateway restNetSuiteGateway(RestConfig config, ObjectProvider<MeterRegistry> meters,
                                            ObjectProvider<ObservationRegistry> observations) {
        return RestNetSuiteGateway.create(config, meters.getIfAvailable(SimpleMeterRegistry::new),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "hub.netsuite", name = "api", havingValue = "soap", matchIfMissing = true)
    NetSuiteGateway netSuiteGateway(SuiteTalkConfig config, ObjectProvider<MeterRegistry> meters,
                                    NetSuiteProperties properties, ObjectProvider<ObservationRegistry> observations) {
        return SoapNetSuiteGatewayFactory.create(config, meters.getIfAvailable(SimpleMeterRegistry::new),
                properties.priceScheduleRecordTypeId(), observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }
}
