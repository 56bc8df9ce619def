package io.suitetok.sandbox.tiktok.inventory;

import io.suitetok.sandbox.tiktok.StateLock;
import io.suitetok.sandbox.tiktok.products.Catalog;
import io.suitetok.sandbox.tiktok.products.SimProduct;
import io.suitetok.sandbox.tiktok.products.SimSku;
import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.shops.Shop;
import io.suitetok.sandbox.tiktok.inventory.SkuUpdateOutcome.SkuError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The rules Update Inventory and Update Price share, kept in one place so the two cannot drift
 * apart: only a live product takes either, and each SKU of the call is applied or refused on its
 * own, its refusal listed inside a code-0 answer while the other SKUs are applied. The whole update
 * runs under the state lock, so an order placed meanwhile sees the SKUs before or after it, never
 * half-way.
 */
@Component
public class SkuUpdates {

    private final Catalog catalog;
    private final StateLock lock;
    private final Clock clock;

    public SkuUpdates(Catalog catalog, StateLock lock, Clock clock) {
        this.catalog = catalog;
        this.lock = lock;
        this.clock = clock;
    }

    /**
     * Applies {@code change} to each SKU of {@code skus} that belongs to the product and answers
     * the call's {@code data}. {@code updates} names what the product takes ("price updates") in
     * the refusal of a product that is not live.
     */
    <T extends WantedSku> Object apply(Shop shop, String productId, List<T> skus, String updates,
            SkuChange<T> change) {
        if (skus == null || skus.isEmpty()) {
            throw TikTokError.invalidParameter("param body.skus is missing");
        }
        return lock.apply(() -> {
            SimProduct product = catalog.require(shop, productId);
            if (!product.status().live()) {
                throw TikTokError.business(ErrorCodes.PRODUCT_NOT_LIVE, "product " + product.id() + " is not live ("
                        + product.status() + "); only live products take " + updates);
            }
            List<SkuError> errors = new ArrayList<>();
            for (T wanted : skus) {
                Optional<SimSku> sku = wanted.id() == null ? Optional.empty() : product.sku(wanted.id());
                if (sku.isEmpty()) {
                    errors.add(SkuErrors.of(wanted.id(), "sku " + wanted.id() + " does not belong to product "
                            + product.id(), List.of()));
                    continue;
                }
                change.apply(wanted, sku.get()).ifPresent(errors::add);
            }
            product.touch(clock.instant().getEpochSecond());
            return Map.of("errors", errors);
        });
    }

    /** One SKU of an update's body, named by its id. */
    interface WantedSku {

        String id();
    }

    /** Applies one SKU's change, or answers why that SKU is refused; a refused SKU is left as it was. */
    @FunctionalInterface
    interface SkuChange<T> {

        Optional<SkuError> apply(T wanted, SimSku sku);
    }
}
