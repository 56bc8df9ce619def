package io.suitetok.pricing.config;

import jakarta.validation.Valid;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.pricing.*}.
 *
 * @param pollInterval     how often NetSuite's changed prices, schedules and promotions are read
 * @param watermarkOverlap how far back each read starts before the last one (NetSuite's clock skew)
 * @param pushInterval     how often due prices are sent to TikTok
 * @param retryBaseDelay   first wait after a refused or failed push; doubles per attempt
 * @param currencies       NetSuite currency internal id to ISO code
 * @param pollEnabled      whether NetSuite is polled (off in tests that drive the reader themselves)
 * @param pushEnabled      whether due prices are pushed on a schedule
 * @param cutoversEnabled  whether the cutover clock runs
 */
@Validated
@ConfigurationProperties("hub.pricing")
public record PricingProperties(
        @DefaultValue("1m") Duration pollInterval,
        @DefaultValue("2m") Duration watermarkOverlap,
        @DefaultValue("500ms") Duration pushInterval,
        @DefaultValue("2s") Duration retryBaseDelay,
        @DefaultValue Map<String, String> currencies,
        @Valid @DefaultValue List<PricingShopSettings> shops,
        @DefaultValue("true") boolean pollEnabled,
        @DefaultValue("true") boolean pushEnabled,
        @DefaultValue("true") boolean cutoversEnabled) {
}
