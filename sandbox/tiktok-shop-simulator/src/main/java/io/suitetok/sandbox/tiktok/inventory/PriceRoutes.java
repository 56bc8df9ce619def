package io.suitetok.sandbox.tiktok.inventory;

import io.suitetok.sandbox.tiktok.products.ProductValidator;
import io.suitetok.sandbox.tiktok.products.SimSku;
import io.suitetok.sandbox.tiktok.protocol.EndpointRoutes;
import io.suitetok.sandbox.tiktok.protocol.RouteTable;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.protocol.VerifiedCall;
import io.suitetok.sandbox.tiktok.shops.Shop;
import io.suitetok.sandbox.tiktok.protocol.Endpoints;
import io.suitetok.sandbox.tiktok.products.Price;
import io.suitetok.sandbox.tiktok.inventory.SkuUpdateOutcome.SkuError;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Update Price: pre-tax amounts in the shop's currency, live products only, each SKU accepted or
 * refused on its own inside a code-0 answer. Price changes skip the audit, as on TikTok.
 */
@Component
public class PriceRoutes implements EndpointRoutes {

    private final ProductValidator validator;
    private final SkuUpdates skuUpdates;
    private final Clock clock;

    public PriceRoutes(ProductValidator validator, SkuUpdates skuUpdates, Clock clock) {
        this.validator = validator;
        this.skuUpdates = skuUpdates;
        this.clock = clock;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(Endpoints.UPDATE_PRICE, this::updatePrice);
    }

    private Object updatePrice(VerifiedCall call) {
        Shop shop = call.shop();
        PriceBody body = call.body(PriceBody.class);
        return skuUpdates.apply(shop, call.pathParam("product_id"), body.skus(), "price updates",
                (wanted, sku) -> setPrice(shop, wanted, sku));
    }

    /** A price TikTok would refuse on a listing refuses the SKU here too. */
    private Optional<SkuError> setPrice(Shop shop, SkuPrice wanted, SimSku sku) {
        try {
            validator.checkPrice(shop, wanted.price());
        } catch (TikTokError refused) {
            return Optional.of(SkuErrors.of(wanted.id(), refused.getMessage(), List.of()));
        }
        sku.setPrice(new BigDecimal(wanted.price().amount()), clock.instant());
        return Optional.empty();
    }

    record PriceBody(List<SkuPrice> skus) {
    }

    record SkuPrice(String id, Price price) implements SkuUpdates.WantedSku {
    }
}
