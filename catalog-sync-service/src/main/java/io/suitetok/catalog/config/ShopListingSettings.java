package io.suitetok.catalog.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How one TikTok shop lists NetSuite items. Mappings that merchandisers change live here, in
 * configuration: NetSuite class to TikTok leaf category, brand names to TikTok brand ids, NetSuite
 * custom fields to TikTok attribute ids.
 *
 * @param language        the shop's copy language as NetSuite names locales ({@code en_US}, {@code en_GB})
 * @param minTitleLength  1 in the US and UK, 25 in other markets
 * @param maxSkus         100 in the US and UK, 300 elsewhere
 * @param categories      NetSuite class (or the configured custom field's value) to TikTok category id
 * @param brands          NetSuite brand name to TikTok brand id; an unmapped brand is left out
 * @param attributes      NetSuite custom field script id to TikTok product attribute id
 * @param warehouseId     the TikTok warehouse a new SKU starts in (with 0 until inventory sync runs)
 */
public record ShopListingSettings(
        @NotBlank String shopId,
        @NotBlank @DefaultValue("en_US") String language,
        @NotBlank @DefaultValue("USD") String currency,
        @NotBlank @DefaultValue("v2") String categoryVersion,
        @Min(1) @DefaultValue("1") int minTitleLength,
        @Min(1) @DefaultValue("100") int maxSkus,
        @DefaultValue Map<String, String> categories,
        @DefaultValue Map<String, String> brands,
        @DefaultValue Map<String, String> attributes,
        @NotBlank String warehouseId) {

    /** TikTok takes pounds and inches from US shops only (the only market priced in USD); others want metric. */
    public boolean imperialUnitsAllowed() {
        return "USD".equals(currency);
    }
}
