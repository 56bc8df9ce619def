package io.suitetok.sandbox.tiktok.products;

import io.suitetok.sandbox.tiktok.products.ProductRequest.SalesAttribute;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One SKU: its price (pre-tax, in the shop's currency) and its sellable quantity per warehouse.
 * Mutated only under the {@code StateLock}.
 */
public final class SimSku {

    public static final String NORMAL = "NORMAL";
    public static final String PRE_ORDER = "PRE_ORDER";

    /** Enough for a flash sale's worth of changes per SKU; older entries are dropped first. */
    static final int HISTORY_LIMIT = 10_000;
    private static final AtomicLong CHANGE_SEQUENCE = new AtomicLong();

    final String id;
    final String productId;
    String sellerSku;
    List<SalesAttribute> salesAttributes;
    BigDecimal price;
    final String currency;
    final Map<String, Integer> stock = new LinkedHashMap<>();
    String skuType = NORMAL;
    private final Deque<StockChange> history = new ArrayDeque<>();
    private final List<SkuPriceChange> priceHistory = new ArrayList<>();

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
        remember(warehouseId, delta < 0 ? "ORDER" : "RETURNED");
    }

    public void setStock(String warehouseId, int quantity) {
        stock.put(warehouseId, quantity);
        remember(warehouseId, "SET");
    }

    /** Every quantity this SKU showed, oldest first (at most the last {@value #HISTORY_LIMIT} changes). */
    public List<StockChange> stockHistory() {
        return List.copyOf(history);
    }

    private void remember(String warehouseId, String cause) {
        if (history.size() == HISTORY_LIMIT) {
            history.removeFirst();
        }
        history.addLast(new StockChange(CHANGE_SEQUENCE.incrementAndGet(), Instant.now(), warehouseId,
                stock.get(warehouseId), cause));
    }

    /** @param at the shop clock's now: when buyers start paying this price (absent an activity) */
    public void setPrice(BigDecimal newPrice, Instant at) {
        price = newPrice;
        if (priceHistory.isEmpty() || priceHistory.get(priceHistory.size() - 1).price().compareTo(newPrice) != 0) {
            priceHistory.add(new SkuPriceChange(at, newPrice));
        }
    }

    /** Every price this SKU had, oldest first, with the shop-clock instant it was set. */
    public List<SkuPriceChange> priceHistory() {
        return List.copyOf(priceHistory);
    }

    public Map<String, Integer> stockByWarehouse() {
        return Map.copyOf(stock);
    }
}
