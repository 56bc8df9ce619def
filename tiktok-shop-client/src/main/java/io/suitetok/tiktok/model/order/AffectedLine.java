package io.suitetok.tiktok.model.order;

/** A unit line named by a cancellation or return, pointing back at the order's line item id. */
public record AffectedLine(String orderLineItemId, String skuId, String sellerSku) {
}
