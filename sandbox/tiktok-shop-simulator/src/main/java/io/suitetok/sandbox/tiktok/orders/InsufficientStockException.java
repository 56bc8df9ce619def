package io.suitetok.sandbox.tiktok.orders;

import io.suitetok.sandbox.tiktok.SandboxRefusal;

/** An order asked for more units than the warehouse holds, and overselling was not allowed. */
public class InsufficientStockException extends SandboxRefusal {

    private final String skuId;
    private final int requested;
    private final int available;

    public InsufficientStockException(String skuId, String warehouseId, int requested, int available) {
        super(409, "insufficient stock for sku " + skuId + " in warehouse " + warehouseId + ": requested "
                + requested + ", available " + available);
        this.skuId = skuId;
        this.requested = requested;
        this.available = available;
    }

    public String skuId() {
        return skuId;
    }

    public int requested() {
        return requested;
    }

    public int available() {
        return available;
    }
}
