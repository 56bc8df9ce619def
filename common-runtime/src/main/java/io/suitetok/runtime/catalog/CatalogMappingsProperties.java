package io.suitetok.runtime.catalog;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The service's replica of {@code catalog.sku-mappings.v1}, under {@code hub.catalog-mappings.*}.
 *
 * @param enabled  whether this service keeps a replica (off by default: the catalogue's producer and
 *                 services that never look up a SKU do without one)
 * @param consumer the listener id and inbox consumer name. A service that had a listener of its own
 *                 before keeps that listener's name here, so events it processed then are not
 *                 processed again
 */
@Validated
@ConfigurationProperties("hub.catalog-mappings")
public record CatalogMappingsProperties(@DefaultValue("false") boolean enabled,
        @NotBlank @DefaultValue(CatalogMappingsProperties.DEFAULT_CONSUMER) String consumer) {

    public static final String DEFAULT_CONSUMER = "sku-mappings";
}
