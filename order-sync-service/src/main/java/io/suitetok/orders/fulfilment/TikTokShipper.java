package io.suitetok.orders.fulfilment;

import io.suitetok.model.order.Delivery;
import io.suitetok.model.order.Order;
import io.suitetok.orders.store.Shipment;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.model.fulfillment.MarkShippedRequest;
import io.suitetok.tiktok.model.fulfillment.ShipPackageRequest;
import io.suitetok.tiktok.model.order.OrderLineItem;
import io.suitetok.tiktok.model.order.TikTokOrder;
import io.suitetok.tiktok.spring.TikTokShops;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tells TikTok that units left the warehouse. Seller-shipped orders: Mark Package As Shipped with the
 * unit lines, carrier and tracking number (TikTok splits a partial shipment into its own package).
 * Orders shipped with TikTok's logistics: each package whose units all shipped is handed over to the
 * carrier; TikTok's own label carries the tracking number.
 */
@Component
public class TikTokShipper {

    private static final Set<String> SHIPPED_PACKAGE = Set.of("PROCESSING", "FULFILLING", "COMPLETED");

    private final TikTokShopClient tiktok;
    private final TikTokShops shops;

    public TikTokShipper(TikTokShopClient tiktok, TikTokShops shops) {
        this.tiktok = tiktok;
        this.shops = shops;
    }

    static boolean shippedByTikTok(Order order) {
        return order.delivery() != null && order.delivery().shippingType() == Delivery.ShippingType.TIKTOK;
    }

    /**
     * Sends the shipment. Throws the client's exceptions: a {@code ValidationException} is TikTok's refusal,
     * a {@code TikTokTransportException} with {@code outcomeUnknown()} means "check before sending again".
     *
     * @return the TikTok package (or packages, comma-separated) the units ship in
     */
    public String ship(Shipment shipment, boolean byTikTok) {
        ShopContext shop = shops.context(shipment.shopId());
        if (!byTikTok) {
            return tiktok.fulfillment().markPackageShipped(shop, shipment.orderId(), new MarkShippedRequest(
                    shipment.unitLineIds(), shipment.trackingNumber(), shipment.carrier())).packageId();
        }
        // One read of the order decides it: a package goes only as a whole, so any package holding
        // units of this shipment and units it does not ship stops the hand-over before a call is made.
        List<String> whole = new ArrayList<>();
        List<String> stranded = new ArrayList<>();
        List<String> toHandOver = new ArrayList<>();
        for (Map.Entry<String, List<OrderLineItem>> pkg : packagesOf(shop, shipment.orderId()).entrySet()) {
            List<String> live = pkg.getValue().stream().filter(line -> !"CANCELLED".equals(line.displayStatus()))
                    .map(OrderLineItem::id).toList();
            List<String> ours = live.stream().filter(shipment.unitLineIds()::contains).toList();
            if (ours.isEmpty()) {
                continue;
            }
            if (!ours.containsAll(live)) {
                stranded.addAll(ours);
                continue;
            }
            whole.add(pkg.getKey());
            if (!SHIPPED_PACKAGE.contains(pkg.getValue().get(0).packageStatus())) {
                toHandOver.add(pkg.getKey());
            }
        }
        if (!stranded.isEmpty()) {
            throw new PartOfAPackage(stranded);
        }
        toHandOver.forEach(packageId -> tiktok.fulfillment().shipPackage(shop, packageId,
                ShipPackageRequest.handover(shipment.carrier())));
        return String.join(",", whole);
    }

    /** Units of a TikTok-shipped package that would leave without the rest of their package. */
    public static final class PartOfAPackage extends RuntimeException {

        PartOfAPackage(List<String> units) {
            super("TikTok's logistics ship whole packages, and units " + units + " share a package with units "
                    + "not in this fulfilment: split the package in Seller Center, then replay");
        }
    }

    /**
     * After a lost answer: whether TikTok already shows the shipment, read from the order's lines. Seller
     * shipping: every unit carries our tracking number. TikTok's logistics: every unit's package shipped.
     *
     * @return the package ids when it landed
     */
    public Optional<String> landed(Shipment shipment, boolean byTikTok) {
        TikTokOrder order = tiktok.orders().details(shops.context(shipment.shopId()), List.of(shipment.orderId())).get(0);
        List<OrderLineItem> ours = order.lineItems().stream()
                .filter(line -> shipment.unitLineIds().contains(line.id())).toList();
        boolean landed = !ours.isEmpty() && ours.stream().allMatch(line -> byTikTok
                ? SHIPPED_PACKAGE.contains(line.packageStatus())
                : shipment.trackingNumber().equals(line.trackingNumber()));
        return landed ? Optional.of(String.join(",", ours.stream().map(OrderLineItem::packageId).distinct().toList()))
                : Optional.empty();
    }

    private Map<String, List<OrderLineItem>> packagesOf(ShopContext shop, String orderId) {
        Map<String, List<OrderLineItem>> packages = new LinkedHashMap<>();
        for (OrderLineItem line : tiktok.orders().details(shop, List.of(orderId)).get(0).lineItems()) {
            if (line.packageId() != null) {
                packages.computeIfAbsent(line.packageId(), id -> new ArrayList<>()).add(line);
            }
        }
        return packages;
    }
}
