package io.suitetok.sandbox.tiktok.inventory;

import io.suitetok.sandbox.tiktok.faults.FaultPlan;
import io.suitetok.sandbox.tiktok.products.SimSku;
import io.suitetok.sandbox.tiktok.protocol.EndpointRoutes;
import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.protocol.RouteTable;
import io.suitetok.sandbox.tiktok.protocol.VerifiedCall;
import io.suitetok.sandbox.tiktok.shops.Shop;
import io.suitetok.sandbox.tiktok.shops.SimWarehouse;
import io.suitetok.sandbox.tiktok.protocol.Endpoints;
import io.suitetok.sandbox.tiktok.inventory.SkuUpdateOutcome.ExtraError;
import io.suitetok.sandbox.tiktok.inventory.SkuUpdateOutcome.SkuError;
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

    private final SkuUpdates skuUpdates;
    private final FaultPlan faults;

    public InventoryRoutes(SkuUpdates skuUpdates, FaultPlan faults) {
        this.skuUpdates = skuUpdates;
        this.faults = faults;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(Endpoints.UPDATE_INVENTORY, this::updateInventory);
        routes.on(Endpoints.WAREHOUSES, call -> Map.of("warehouses",
                call.shop().warehouses().stream().map(InventoryRoutes::warehouse).toList()));
    }

    private Object updateInventory(VerifiedCall call) {
        Shop shop = call.shop();
        InventoryBody body = call.body(InventoryBody.class);
        return skuUpdates.apply(shop, call.pathParam("product_id"), body.skus(), "inventory updates",
                (wanted, sku) -> {
                    if (faults.consumeAnonymousStockRefusal(sku.id())) {
                        return Optional.of(new SkuError(ErrorCodes.SKU_UPDATE_FAILED,
                                "inventory was not updated (injected refusal naming no SKU)", null));
                    }
                    return faults.consumeStockRefusal(sku.id())
                            ? Optional.of(SkuErrors.of(wanted.id(), "inventory of sku " + wanted.id()
                                    + " was not updated (injected refusal)", List.of()))
                            : setStock(shop, wanted, sku);
                });
    }

    /** Sets every warehouse quantity of the SKU, or none of them when one is refused. */
    private static Optional<SkuError> setStock(Shop shop, SkuStock wanted, SimSku sku) {
        if (wanted.inventory() == null || wanted.inventory().isEmpty()) {
            return Optional.of(SkuErrors.of(wanted.id(), "inventory is required", List.of()));
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
            return Optional.of(SkuErrors.of(wanted.id(), "inventory of sku " + wanted.id() + " was not updated",
                    problems));
        }
        accepted.forEach(sku::setStock);
        return Optional.empty();
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

    record SkuStock(String id, List<Entry> inventory) implements SkuUpdates.WantedSku {
    }

    record Entry(String warehouseId, Integer quantity) {
    }
}
