package io.suitetok.netsuite.gateway;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import java.time.Instant;
import java.util.List;

/**
 * An item's whole pricing matrix: every price level, currency and quantity break NetSuite holds for it.
 *
 * @param pricesIncludeTax NetSuite's "prices include tax" flag: the unit prices are gross, not net
 * @param prices           one entry per price level, currency and quantity break, in NetSuite's order
 * @param lastModified     the item's lastModifiedDate (a price change moves it)
 */
public record ItemPricing(NetSuiteInternalId item, SellerSku sku, boolean pricesIncludeTax, List<PriceBreak> prices,
                          Instant lastModified) {

    public ItemPricing {
        prices = List.copyOf(prices);
    }
}
