package io.suitetok.pricing.catalog;

import io.suitetok.pricing.price.ShopPrices;
import io.suitetok.pricing.store.ItemPricingStore;
import io.suitetok.pricing.store.ItemReadRequests;
import io.suitetok.pricing.store.SkuPriceStore;
import io.suitetok.runtime.catalog.MappedSku;
import io.suitetok.runtime.catalog.SkuMappingObserver;
import java.util.Optional;

/**
 * A SKU the catalogue maps gets its price without waiting for NetSuite to change the item: from the
 * item's matrix when this service read it already, else the item is asked for on the next poll. A SKU
 * moved to another TikTok listing is sent again, as what the old one accepted says nothing of the new.
 */
public class NewlyListedPrice implements SkuMappingObserver {

    private final ItemPricingStore items;
    private final ItemReadRequests requests;
    private final ShopPrices shopPrices;
    private final SkuPriceStore prices;

    public NewlyListedPrice(ItemPricingStore items, ItemReadRequests requests, ShopPrices shopPrices,
            SkuPriceStore prices) {
        this.items = items;
        this.requests = requests;
        this.shopPrices = shopPrices;
        this.prices = prices;
    }

    @Override
    public void mapped(Optional<MappedSku> before, MappedSku now) {
        if (shopPrices.shop(now.shopId()).isEmpty()) {
            return; // a shop this service does not price
        }
        if (before.isPresent() && now.listedElsewhereThan(before.get())) {
            prices.repush(now.shopId(), now.sellerSku());
        }
        if (before.isPresent() && before.get().itemId().equals(now.itemId())
                && prices.find(now.shopId(), now.sellerSku()).isPresent()) {
            return; // priced already; its status moving (live, say) lets the pusher send it
        }
        items.find(now.itemId()).ifPresentOrElse(
                item -> shopPrices.apply(item, item.lastModified(), "NetSuite pricing matrix"),
                () -> requests.ask(now.itemId()));
    }
}
