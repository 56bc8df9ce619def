package io.suitetok.catalog.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.catalog.*}.
 *
 * @param pollInterval      how often NetSuite is asked for items modified since the watermark
 * @param watermarkOverlap  read a little before the watermark: NetSuite stamps lastModifiedDate when a
 *                          change starts, and a slow save may commit after a poll has passed it
 * @param categoryCacheTtl  how long a category's required attributes are trusted
 */
@Validated
@ConfigurationProperties("hub.catalog")
public record CatalogProperties(
        @Valid @NotNull List<ShopListingSettings> shops,
        @DefaultValue("true") boolean pollEnabled,
        @NotNull @DefaultValue("5m") Duration pollInterval,
        @NotNull @DefaultValue("2m") Duration watermarkOverlap,
        @NotNull @DefaultValue("6h") Duration categoryCacheTtl) {
}
