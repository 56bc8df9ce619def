package io.suitetok.sandbox.tiktok.products;

import java.time.Instant;

/**
 * One change of a SKU's quantity in one warehouse, as buyers saw it from then on. {@code sequence}
 * orders changes across all SKUs exactly (they all happen under the state lock); {@code at} is the
 * wall clock, for lining the history up with what another system computed at the time.
 *
 * @param cause {@code SET} (a stock update or a seed), {@code ORDER} (units taken by an order) or
 *              {@code RETURNED} (units given back by a cancellation)
 */
public record StockChange(long sequence, Instant at, String warehouseId, int quantity, String cause) {
}
