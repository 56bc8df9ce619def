package io.suitetok.catalog.config;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hub.catalog.netsuite.*}: where in a NetSuite account the catalogue finds what standard item
 * fields do not hold. Accounts differ, so every field is named here, with common defaults.
 *
 * @param imageUrlsField  custom field holding the item's image URLs, one per line, in display order
 * @param brandField      custom field holding the brand name
 * @param lengthField     custom fields holding the package size, and its unit ({@code in} or {@code cm})
 * @param basePriceLevel  internal id of the price level that seeds a new listing's price
 * @param currencies      NetSuite currency internal id to ISO code
 * @param optionNames     matrix option script id to the name shoppers see ({@code custitem_size} to Size)
 */
@ConfigurationProperties("hub.catalog.netsuite")
public record NetSuiteItemFields(
        @DefaultValue("custitem_tiktok_image_urls") String imageUrlsField,
        @DefaultValue("custitem_brand") String brandField,
        @DefaultValue("custitem_pkg_length") String lengthField,
        @DefaultValue("custitem_pkg_width") String widthField,
        @DefaultValue("custitem_pkg_height") String heightField,
        @DefaultValue("custitem_pkg_dimension_unit") String dimensionUnitField,
        @DefaultValue("1") String basePriceLevel,
        @DefaultValue Map<String, String> currencies,
        @DefaultValue Map<String, String> optionNames) {
}
