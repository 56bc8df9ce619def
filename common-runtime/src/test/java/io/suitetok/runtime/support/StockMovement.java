package io.suitetok.runtime.support;

/** The payload of the test service's events: a quantity of a SKU moved. */
public record StockMovement(String sku, int quantity) {

    public StockMovement {
        if (sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("sku is required");
        }
    }
}
