package io.suitetok.sandbox.tiktok;

import io.suitetok.sandbox.tiktok.faults.CallLog;
import io.suitetok.sandbox.tiktok.faults.FaultPlan;
import io.suitetok.sandbox.tiktok.faults.QpsLimits;
import io.suitetok.sandbox.tiktok.protocol.ProtocolVerifier;
import io.suitetok.sandbox.tiktok.protocol.RouteTable;
import io.suitetok.sandbox.tiktok.protocol.TikTokGatewayFilter;
import io.suitetok.sandbox.tiktok.protocol.WireJson;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/** Wiring that is not a component of its own: settings, clock, JSON dialect, the gateway filter. */
@Configuration(proxyBeanMethods = false)
class SimulatorConfiguration {

    /** Standalone runs bind {@code simulator.*}; in-process starts register their settings first. */
    @Bean
    @ConditionalOnMissingBean
    SimulatorSettings simulatorSettings(SimulatorProperties properties, Environment environment) {
        return properties.toSettings(environment.getProperty("server.port", Integer.class,
                SimulatorSettings.DEFAULT_PORT));
    }

    /** Every component that stamps or decides by the shop's time gets this clock (see ShopClock). */
    @Bean
    ShopClock simulatorClock(SimulatorSettings settings) {
        return new ShopClock(settings.clock());
    }

    /** TikTok's JSON dialect (snake_case, no nulls) for the control API as well as TikTok's. */
    @Bean
    JsonMapper jsonMapper() {
        return WireJson.mapper();
    }

    @Bean
    FilterRegistrationBean<TikTokGatewayFilter> tiktokGateway(ProtocolVerifier verifier, RouteTable routes,
            FaultPlan faults, QpsLimits qps, CallLog calls, SimulatorSettings settings) {
        FilterRegistrationBean<TikTokGatewayFilter> registration = new FilterRegistrationBean<>(
                new TikTokGatewayFilter(verifier, routes, faults, qps, calls, settings));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** One line that tells a person where the simulator listens and with which app key. */
    @Bean
    org.springframework.context.ApplicationListener<org.springframework.boot.web.server.context.WebServerInitializedEvent>
            announceAddress(SimulatorSettings settings) {
        return event -> org.slf4j.LoggerFactory.getLogger(TikTokShopSimulatorApplication.class).info(
                "TikTok Shop simulator listening on http://127.0.0.1:{} (app_key {}; control API under /sandbox)",
                event.getWebServer().getPort(), settings.appKey());
    }

    /** The default catalogue is listed before the first request can arrive. */
    @Bean
    ApplicationRunner seedDefaultCatalog(SimulatorSettings settings,
            io.suitetok.sandbox.tiktok.products.DefaultCatalog catalog) {
        return args -> {
            if (settings.seedCatalog()) {
                catalog.seed();
            }
        };
    }
}
