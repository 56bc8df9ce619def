package io.suitetok.sandbox.tiktok.logistics;

import io.suitetok.sandbox.tiktok.protocol.EndpointRoutes;
import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.protocol.RouteTable;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.shops.Shop;
import io.suitetok.sandbox.tiktok.protocol.Endpoints;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Get Warehouse Delivery Options and Get Shipping Providers (202309). Both answer only for the
 * shop's own warehouses and its market's options, as another shop's would be a leak.
 */
@Component
public class LogisticsRoutes implements EndpointRoutes {

    private final DeliveryOptions options;

    public LogisticsRoutes(DeliveryOptions options) {
        this.options = options;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(Endpoints.DELIVERY_OPTIONS, call -> {
            Shop shop = call.shop();
            String warehouseId = call.pathParam("warehouse_id");
            if (shop.warehouse(warehouseId).isEmpty()) {
                throw TikTokError.business(ErrorCodes.WAREHOUSE_NOT_FOUND, "warehouse " + warehouseId
                        + " does not exist in this shop");
            }
            return Map.of("delivery_options", options.ofWarehouse(shop, warehouseId).stream()
                    .map(LogisticsRoutes::option).toList());
        });
        routes.on(Endpoints.SHIPPING_PROVIDERS, call -> {
            String optionId = call.pathParam("delivery_option_id");
            SimDeliveryOption option = options.find(call.shop(), optionId).orElseThrow(() -> TikTokError.business(
                    ErrorCodes.DELIVERY_OPTION_NOT_FOUND, "delivery option " + optionId + " does not exist"));
            return Map.of("shipping_providers", option.providers().stream()
                    .map(p -> Map.of("id", p.id(), "name", p.name())).toList());
        });
    }

    static Map<String, Object> option(SimDeliveryOption o) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", o.id());
        view.put("name", o.name());
        view.put("type", o.type());
        view.put("description", o.description());
        view.put("dimension_limit", Map.of("max_height", o.maxDimension(), "max_length", o.maxDimension(),
                "max_width", o.maxDimension(), "unit", o.dimensionUnit()));
        view.put("weight_limit", Map.of("max_weight", o.maxWeight(), "min_weight", 0, "unit", o.weightUnit()));
        return view;
    }

    /** The control API's view: the option with its carriers. */
    public static Map<String, Object> withProviders(SimDeliveryOption o) {
        Map<String, Object> view = option(o);
        view.put("shipping_providers", List.copyOf(o.providers()));
        return view;
    }
}
