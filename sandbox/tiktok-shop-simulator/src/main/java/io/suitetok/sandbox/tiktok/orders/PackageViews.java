package io.suitetok.sandbox.tiktok.orders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A package in the shape of Get Package Detail (202309): its order with the SKUs it carries (with a
 * quantity, unlike order lines), its unit line ids, status, and once shipped its carrier and
 * tracking number. Addresses, weight and dimensions are not modelled.
 */
final class PackageViews {

    private PackageViews() {
    }

    static Map<String, Object> detail(SimOrder order, SimPackage pkg) {
        List<SimLine> lines = pkg.lineIds.stream().map(order::line).filter(l -> !l.cancelled).toList();
        Map<String, Map<String, Object>> skus = new LinkedHashMap<>();
        for (SimLine line : lines) {
            skus.computeIfAbsent(line.skuId, id -> {
                Map<String, Object> sku = new LinkedHashMap<>();
                sku.put("id", id);
                sku.put("name", line.skuName);
                sku.put("image_url", "https://p16-sbx.tiktokcdn.com/sku/" + id + ".jpeg");
                sku.put("quantity", 0);
                return sku;
            }).merge("quantity", 1, (a, b) -> (Integer) a + (Integer) b);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("package_id", pkg.id);
        view.put("orders", List.of(Map.of("id", order.id, "skus", List.copyOf(skus.values()))));
        view.put("package_status", pkg.status);
        view.put("split_and_combine_tag", order.packages.size() > 1 ? "SPLIT" : "DEFAULT");
        view.put("has_multi_skus", skus.size() > 1);
        view.put("shipping_type", order.shippingType);
        view.put("delivery_option_id", order.deliveryOptionId);
        view.put("delivery_option_name", order.deliveryOptionName);
        putIfPresent(view, "shipping_provider_id", pkg.shippingProviderId);
        putIfPresent(view, "shipping_provider_name", pkg.shippingProviderName);
        putIfPresent(view, "tracking_number", pkg.trackingNumber);
        putIfPresent(view, "handover_method", pkg.handoverMethod);
        view.put("order_line_item_ids", lines.stream().map(l -> l.id).toList());
        view.put("create_time", pkg.createTime);
        view.put("update_time", pkg.updateTime);
        return view;
    }

    private static void putIfPresent(Map<String, Object> view, String key, Object value) {
        if (value != null) {
            view.put(key, value);
        }
    }
}
