package io.suitetok.sandbox.tiktok.logistics;

import io.suitetok.sandbox.tiktok.shops.Shop;
import io.suitetok.sandbox.tiktok.shops.SimWarehouse;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The delivery options every sales warehouse of a market is subscribed to, and their carriers,
 * fixed so that tests, the local stack and the README can name them. Provider ids are per carrier,
 * not per option: UPS is the same id under Standard and Express. Orders take their market's
 * Standard option. A return warehouse has none.
 */
@Component
public class DeliveryOptions {

    public static final String US_STANDARD = "7091146663229654785";
    public static final String US_EXPRESS = "7091146663229654786";
    public static final String UK_STANDARD = "7091146663229654791";
    public static final String UK_EXPRESS = "7091146663229654792";

    public static final SimShippingProvider USPS = new SimShippingProvider("7117858858072016686", "USPS");
    public static final SimShippingProvider UPS = new SimShippingProvider("7117858858072016687", "UPS");
    public static final SimShippingProvider FEDEX = new SimShippingProvider("7117858858072016688", "FedEx");
    public static final SimShippingProvider ROYAL_MAIL = new SimShippingProvider("7117859084333745966", "Royal Mail");
    public static final SimShippingProvider DPD = new SimShippingProvider("7117859084333745967", "DPD");
    public static final SimShippingProvider EVRI = new SimShippingProvider("7117859084333745968", "Evri");

    private final List<SimDeliveryOption> options = List.of(
            new SimDeliveryOption(US_STANDARD, "US", "Standard shipping", "STANDARD", "Delivered in 3-8 business days",
                    108, "INCH", 70, "POUND", List.of(USPS, UPS, FEDEX)),
            new SimDeliveryOption(US_EXPRESS, "US", "Express shipping", "EXPRESS", "Delivered in 1-3 business days",
                    108, "INCH", 70, "POUND", List.of(UPS, FEDEX)),
            new SimDeliveryOption(UK_STANDARD, "GB", "Standard shipping", "STANDARD", "Delivered in 2-5 working days",
                    120, "CM", 30_000, "GRAM", List.of(ROYAL_MAIL, DPD, EVRI)),
            new SimDeliveryOption(UK_EXPRESS, "GB", "Express shipping", "EXPRESS", "Delivered in 1-2 working days",
                    120, "CM", 30_000, "GRAM", List.of(ROYAL_MAIL, DPD)));

    /** The options of a warehouse of the shop; empty for a return warehouse or a warehouse of another shop. */
    public List<SimDeliveryOption> ofWarehouse(Shop shop, String warehouseId) {
        return shop.warehouse(warehouseId).filter(SimWarehouse::sellable).map(w -> ofShop(shop)).orElse(List.of());
    }

    public List<SimDeliveryOption> ofShop(Shop shop) {
        return options.stream().filter(o -> o.region().equals(shop.region())).toList();
    }

    /** An option the shop's market has, or empty (another market's option included). */
    public Optional<SimDeliveryOption> find(Shop shop, String optionId) {
        return ofShop(shop).stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** What an order of the shop ships with unless told otherwise. */
    public SimDeliveryOption standardFor(Shop shop) {
        return ofShop(shop).stream().filter(o -> o.type().equals("STANDARD")).findFirst().orElseThrow();
    }

    public SimDeliveryOption require(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no delivery option " + optionId));
    }
}
