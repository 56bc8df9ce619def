package io.suitetok.tiktok.model.shop;

/**
 * A delivery option a warehouse is subscribed to (a logistics template). Orders name theirs in
 * {@code delivery_option_id}; its shipping providers are the carriers a seller-shipped package of
 * that order may be shipped with.
 */
public record DeliveryOption(String id, String name, String type, String description, DimensionLimit dimensionLimit,
        WeightLimit weightLimit) {

    /** @param unit CM or INCH */
    public record DimensionLimit(Long maxHeight, Long maxLength, Long maxWidth, String unit) {
    }

    /** @param unit GRAM or POUND */
    public record WeightLimit(Long maxWeight, Long minWeight, String unit) {
    }
}
