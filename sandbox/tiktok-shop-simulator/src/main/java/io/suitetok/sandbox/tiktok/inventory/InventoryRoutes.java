package io.suitetok.sandbox.tiktok.inventory;

import io.suitetok.sandbox.tiktok.StateLock;
import io.suitetok.sandbox.tiktok.products.Catalog;
import io.suitetok.sandbox.tiktok.products.SimProduct;
import io.suitetok.sandbox.tiktok.products.SimSku;
import io.suitetok.sandbox.tiktok.protocol.EndpointRoutes;
import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.protocol.RouteTable;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.protocol.VerifiedCall;
import io.suitetok.sandbox.tiktok.shops.Shop;
import io.suitetok.sandbox.tiktok.shops.SimWarehouse;
import io.suitetok.tiktok.http.TikTokEndpoints;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome.ExtraError;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome.SkuError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Update Inventory and Get Warehouses. Quantities are absolute, 0 to 99,999, and only live
 * products take them. A SKU is applied whole or not at all: an unknown SKU, an unknown or
 * non-sales warehouse or a quantity out of range refuses that SKU inside a code-0 answer, while
 * the other SKUs of the call are applied.
 */
@Component
public class InventoryRoutes implements EndpointRoutes {

    static final int MAX_QUANTITY = 99_999;

    private final Catalog catalog;
    private final StateLock lock;
    private final Clock clock;

    public InventoryRoutes(Catalog catalog, StateLock lock, Clock clock) {
        this.catalog = catalog;
        this.lock = lock;
        this.clock = clock;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(TikTokEndpoints.UPDATE_INVENTORY, this::updateInventory);
        routes.on(TikTokEndpoints.WAREHOUSES, call -> Map.of("warehouses",
                call.shop().warehouses().stream().map(InventoryRoutes::warehouse).toList()));
    }

    private Object updateInventory(VerifiedCall call) {
        Shop shop = call.shop();
        InventoryBody body = call.body(InventoryBody.class);
        if (body.skus() == null || body.skus().isEmpty()) {
            throw TikTokError.invalidParameter("param body.skus is missing");
        }
        return lock.apply(() -> {
            SimProduct product = catalog.require(shop, call.pathParam("product_id"));
            if (!product.status().live()) {
                throw TikTokError.business(ErrorCodes.PRODUCT_NOT_LIVE, "product " + product.id() + " is not live ("
                        + product.status() + "); only live products take inventory updates");
            }
            List<SkuError> errors = new ArrayList<>();
            for (SkuStock wanted : body.skus()) {
                Optional<SimSku> sku = wanted.id() == null ? Optional.empty() : product.sku(wanted.id());
                if (sku.isEmpty()) {
                    errors.add(SkuErrors.of(wanted.id(), "sku " + wanted.id() + " does not belong to product "
                            + product.id(), List.of()));
                    continue;
                }
                if (wanted.inventory() == null || wanted.inventory().isEmpty()) {
                    errors.add(SkuErrors.of(wanted.id(), "inventory is required", List.of()));
                    continue;
                }
                List<ExtraError> problems = new ArrayList<>();
                Map<String, Integer> accepted = new LinkedHashMap<>();
                for (Entry entry : wanted.inventory()) {
                    String warehouse = entry.warehouseId();
                    if (warehouse == null) {
                        List<SimWarehouse> sellable = shop.sellableWarehouses();
                        if (sellable.size() != 1) {
                            problems.add(SkuErrors.warehouse(null, "warehouse_id is required: the shop has "
                                    + sellable.size() + " sales warehouses"));
                            continue;
                        }
                        warehouse = sellable.get(0).id();
                    }
                    Optional<SimWarehouse> known = shop.warehouse(warehouse);
                    if (known.isEmpty() || !known.get().sellable()) {
                        problems.add(SkuErrors.warehouse(warehouse, known.isEmpty()
                                ? "warehouse " + warehouse + " does not exist in this shop"
                                : "warehouse " + warehouse + " is not a sales warehouse"));
                    } else if (entry.quantity() == null || entry.quantity() < 0 || entry.quantity() > MAX_QUANTITY) {
                        problems.add(SkuErrors.warehouse(warehouse, "quantity must be between 0 and " + MAX_QUANTITY
                                + ", got " + entry.quantity()));
                    } else {
                        accepted.put(warehouse, entry.quantity());
                    }
                }
                if (!problems.isEmpty()) {
                    errors.add(SkuErrors.of(wanted.id(), "inventory of sku " + wanted.id() + " was not updated",
                            problems));
                    continue;
                }
                accepted.forEach(sku.get()::setStock);
            }
            product.touch(clock.instant().getEpochSecond());
            return Map.of("errors", errors);
        });
    }

    private static Map<String, Object> warehouse(SimWarehouse w) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", w.id());
        view.put("name", w.name());
        view.put("effect_status", "ENABLED");
        view.put("is_default", w.isDefault());
        view.put("type", w.type());
        view.put("sub_type", w.subType());
        view.put("address", w.address());
        return view;
    }

    record InventoryBody(List<SkuStock> skus) {
    }

    record SkuStock(String id, List<Entry> inventory) {
    }

    record Entry(String warehouseId, Integer quantity) {
    }
}
