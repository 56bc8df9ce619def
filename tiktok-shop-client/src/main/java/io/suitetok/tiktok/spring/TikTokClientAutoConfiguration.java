package io.suitetok.tiktok.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.suitetok.model.id.ShopId;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.auth.AuthorizationNotices;
import io.suitetok.tiktok.auth.JdbcTokenStore;
import io.suitetok.tiktok.auth.TokenExpiryGauges;
import io.suitetok.tiktok.auth.TokenStore;
import io.suitetok.tiktok.config.TikTokClientConfig;
import io.suitetok.tiktok.webhook.WebhookSignatureVerifier;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * One TikTok client per service, configured from {@code hub.tiktok.*}, with tokens in PostgreSQL. Every
 * bean built from the settings checks them first (whichever Spring creates first), so a missing or
 * malformed setting stops the start with its property named (see {@link TikTokSettingsCheck}).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnProperty(prefix = "hub.tiktok", name = "app-key")
@EnableConfigurationProperties(TikTokProperties.class)
public class TikTokClientAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TokenStore tiktokTokenStore(DataSource dataSource, TikTokProperties properties) {
        TikTokSettingsCheck.requireValid(properties);
        return new JdbcTokenStore(dataSource, properties.tokenTable());
    }

    @Bean
    @ConditionalOnMissingBean
    TikTokClientConfig tiktokClientConfig(TikTokProperties properties) {
        TikTokSettingsCheck.requireValid(properties);
        return new TikTokClientConfig(properties.appKey(), properties.appSecret(), properties.apiBaseUrl(),
                properties.authBaseUrl(), Duration.ofSeconds(5), properties.readTimeout(), properties.defaultQps(),
                Map.copyOf(properties.qps()), Duration.ofSeconds(30), properties.maxAttempts(),
                properties.retryBaseDelay(), Duration.ofSeconds(60), Duration.ofHours(1));
    }

    @Bean
    @ConditionalOnMissingBean
    TikTokShopClient tiktokShopClient(TikTokClientConfig config, TokenStore tokens, TikTokProperties properties,
            ObjectProvider<MeterRegistry> meters, ObjectProvider<ObservationRegistry> observations) {
        TikTokShopClient client = new TikTokShopClient(config, tokens, Clock.systemUTC(),
                meters.getIfAvailable(SimpleMeterRegistry::new),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
        // A shop authorized for the first time arrives with an auth code; later starts find its tokens stored.
        for (TikTokProperties.Shop shop : properties.shops()) {
            ShopId id = new ShopId(shop.id());
            if (shop.authCode() != null && !shop.authCode().isBlank() && tokens.find(id).isEmpty()) {
                tokens.save(id, client.auth().exchangeAuthCode(shop.authCode()));
            }
        }
        return client;
    }

    @Bean
    @ConditionalOnMissingBean
    AuthorizationNotices tiktokAuthorizationNotices(TokenStore tokens, ObjectProvider<MeterRegistry> meters) {
        return new AuthorizationNotices(tokens, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    @ConditionalOnMissingBean
    TokenExpiryGauges tiktokTokenExpiryGauges(TokenStore tokens, TikTokProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        return new TokenExpiryGauges(tokens, properties.shops().stream().map(shop -> new ShopId(shop.id())).toList(),
                meters.getIfAvailable(SimpleMeterRegistry::new), Clock.systemUTC());
    }

    @Bean
    TikTokShops tiktokShops(TikTokProperties properties) {
        TikTokSettingsCheck.requireValid(properties);
        return new TikTokShops(properties.shops());
    }

    @Bean
    @ConditionalOnMissingBean
    WebhookSignatureVerifier tiktokWebhookVerifier(TikTokProperties properties) {
        TikTokSettingsCheck.requireValid(properties);
        return new WebhookSignatureVerifier(properties.appKey(), properties.appSecret());
    }

    /** Only in services that have the hub runtime (Kafka) on their classpath. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnClass(name = "io.suitetok.runtime.kafka.EventPublisher")
    static class Ingress {

        @Bean
        WebhookIngress tiktokWebhookIngress(WebhookSignatureVerifier verifier,
                io.suitetok.runtime.kafka.EventPublisher publisher, io.suitetok.model.event.EventCodec codec,
                org.springframework.core.env.Environment environment) {
            return new WebhookIngress(verifier, publisher, codec,
                    environment.getProperty("hub.service.name", "hub"),
                    environment.getProperty("hub.tiktok.webhook-max-in-flight", Integer.class,
                            WebhookIngress.DEFAULT_MAX_IN_FLIGHT));
        }
    }
}
