package io.suitetok.sandbox.tiktok.inventory;

import io.suitetok.sandbox.tiktok.StateLock;
import io.suitetok.sandbox.tiktok.products.Catalog;
import io.suitetok.sandbox.tiktok.products.ProductValidator;
import io.suitetok.sandbox.tiktok.products.SimProduct;
import io.suitetok.sandbox.tiktok.products.SimSku;
import io.suitetok.sandbox.tiktok.protocol.EndpointRoutes;
import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.protocol.RouteTable;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.protocol.VerifiedCall;
import io.suitetok.sandbox.tiktok.shops.Shop;
import io.suitetok.tiktok.http.TikTokEndpoints;
import io.suitetok.tiktok.model.product.Price;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome.SkuError;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Update Price: pre-tax amounts in the shop's currency, live products only, each SKU accepted or
 * refused on its own inside a code-0 answer. Price changes skip the audit, as on TikTok.
 */
@Component
public class PriceRoutes implements EndpointRoutes {

    private final Catalog catalog;
    private final ProductValidator validator;
    private final StateLock lock;
    private final Clock clock;

    public PriceRoutes(Catalog catalog, ProductValidator validator, StateLock lock, Clock clock) {
        this.catalog = catalog;
        this.validator = validator;
        this.lock = lock;
        this.clock = clock;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(TikTokEndpoints.UPDATE_PRICE, this::updatePrice);
    }

    private Object updatePrice(VerifiedCall call) {
        Shop shop = call.shop();
        PriceBody body = call.body(PriceBody.class);
        if (body.skus() == null || body.skus().isEmpty()) {
            throw TikTokError.invalidParameter("param body.skus is missing");
        }
        return lock.apply(() -> {
            SimProduct product = catalog.require(shop, call.pathParam("product_id"));
            if (!product.status().live()) {
                throw TikTokError.business(ErrorCodes.PRODUCT_NOT_LIVE, "product " + product.id() + " is not live ("
                        + product.status() + "); only live products take price updates");
            }
            List<SkuError> errors = new ArrayList<>();
            for (SkuPrice wanted : body.skus()) {
                Optional<SimSku> sku = wanted.id() == null ? Optional.empty() : product.sku(wanted.id());
                if (sku.isEmpty()) {
                    errors.add(SkuErrors.of(wanted.id(), "sku " + wanted.id() + " does not belong to product "
                            + product.id(), List.of()));
                    continue;
                }
                try {
                    validator.checkPrice(shop, wanted.price());
                } catch (TikTokError refused) {
                    errors.add(SkuErrors.of(wanted.id(), refused.getMessage(), List.of()));
                    continue;
                }
                sku.get().setPrice(new BigDecimal(wanted.price().amount()));
            }
            product.touch(clock.instant().getEpochSecond());
            return Map.of("errors", errors);
        });
    }

    record PriceBody(List<SkuPrice> skus) {
    }

    record SkuPrice(String id, Price price) {
    }
}
