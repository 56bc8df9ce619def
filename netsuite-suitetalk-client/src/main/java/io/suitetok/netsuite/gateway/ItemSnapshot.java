package io.suitetok.netsuite.gateway;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An inventory item as the catalogue and pricing flows read it.
 *
 * @param parent        the matrix parent of a child item, else {@code null}
 * @param matrixOptions option name (script id) to value, for matrix children, in NetSuite's order
 * @param prices        the single-quantity price per price level and currency
 * @param merchandising the web-store copy and attributes the catalogue lists items with
 */
public record ItemSnapshot(NetSuiteInternalId internalId, SellerSku sku, String displayName, String upc,
                           NetSuiteInternalId parent, MatrixRole matrixRole, Map<String, String> matrixOptions,
                           boolean inactive, List<ItemPrice> prices, Instant lastModified,
                           Merchandising merchandising) {

    public ItemSnapshot {
        matrixOptions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(matrixOptions));
        prices = List.copyOf(prices);
    }

    public enum MatrixRole { STANDALONE, PARENT, CHILD }

    /**
     * @param className     the item's class (NetSuite's name, such as {@code Apparel : Tops})
     * @param weightUnit    {@code lb}, {@code oz}, {@code kg} or {@code g}
     * @param customFields  custom field script id to its value as text
     * @param translations  locale (such as {@code en_GB}) to the web-store copy in that language
     */
    public record Merchandising(String salesDescription, String storeDisplayName, String storeDetailedDescription,
                                String className, BigDecimal weight, String weightUnit,
                                Map<String, String> customFields, Map<String, Copy> translations) {

        public Merchandising {
            customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
            translations = translations == null ? Map.of() : Map.copyOf(translations);
        }
    }

    /** Title and description in one language. */
    public record Copy(String displayName, String description) {
    }
}
