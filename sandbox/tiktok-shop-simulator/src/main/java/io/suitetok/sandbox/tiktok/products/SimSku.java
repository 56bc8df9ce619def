package io.suitetok.sandbox.tiktok.products;

import io.suitetok.tiktok.model.product.ProductRequest.SalesAttribute;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One SKU: its price (pre-tax, in the shop's currency) and its sellable quantity per warehouse.
 * Mutated only under the {@code StateLock}.
 */
public final class SimSku {

    public static final String NORMAL = "NORMAL";
    public static final String PRE_ORDER = "PRE_ORDER";

    final String id;
    final String productId;
    String sellerSku;
    List<SalesAttribute> salesAttributes;
    BigDecimal price;
    final String currency;
    final Map<String, Integer> stock = new LinkedHashMap<>();
    String skuType = NORMAL;

    SimSku(String id, String productId, String currency) {
        this.id = id;
        this.productId = productId;
        this.currency = currency;
    }

    public String id() {
        return id;
    }

    public String productId() {
        return productId;
    }

    public String sellerSku() {
        return sellerSku;
    }

    public BigDecimal price() {
        return price;
    }

    public String currency() {
        return currency;
    }

    public String skuType() {
        return skuType;
    }

    public List<SalesAttribute> salesAttributes() {
        return salesAttributes;
    }

    /** What a buyer sees as the SKU name: its sales attribute values, as TikTok shows them. */
    public String displayName() {
        if (salesAttributes == null || salesAttributes.isEmpty()) {
            return "Default";
        }
        return String.join(", ", salesAttributes.stream().map(SalesAttribute::valueName).toList());
    }

    public int available(String warehouseId) {
        return stock.getOrDefault(warehouseId, 0);
    }

    /** Negative only when an order was placed with oversell allowed. */
    public void adjustStock(String warehouseId, int delta) {
        stock.merge(warehouseId, delta, Integer::sum);
    }

    public void setStock(String warehouseId, int quantity) {
        stock.put(warehouseId, quantity);
    }

    public void setPrice(BigDecimal newPrice) {
        price = newPrice;
    }

    public Map<String, Integer> stockByWarehouse() {
        return Map.copyOf(stock);
    }
}
