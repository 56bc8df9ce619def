package io.suitetok.netsuite.gateway;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An inventory item as the catalogue and pricing flows read it.
 *
 * @param parent        the matrix parent of a child item, else {@code null}
 * @param matrixOptions option name (script id) to value, for matrix children
 * @param prices        the single-quantity price per price level and currency
 */
public record ItemSnapshot(NetSuiteInternalId internalId, SellerSku sku, String displayName, String upc,
                           NetSuiteInternalId parent, MatrixRole matrixRole, Map<String, String> matrixOptions,
                           boolean inactive, List<ItemPrice> prices, Instant lastModified) {

    public ItemSnapshot {
        matrixOptions = Map.copyOf(matrixOptions);
        prices = List.copyOf(prices);
    }

    public enum MatrixRole { STANDALONE, PARENT, CHILD }
}
