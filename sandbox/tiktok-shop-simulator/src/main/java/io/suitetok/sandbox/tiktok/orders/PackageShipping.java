package io.suitetok.sandbox.tiktok.orders;

import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.IdSequence;
import io.suitetok.sandbox.tiktok.SandboxRefusal;
import io.suitetok.sandbox.tiktok.StateLock;
import io.suitetok.sandbox.tiktok.logistics.DeliveryOptions;
import io.suitetok.sandbox.tiktok.logistics.SimShippingProvider;
import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.webhooks.WebhookEvents;
import io.suitetok.sandbox.tiktok.webhooks.WebhookTypes;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Shipping packages and splitting them. A seller-shipped package is shipped with a carrier of the
 * order's delivery option and the seller's tracking number and goes in transit at once; a
 * platform-shipped one is handed over (PICKUP or DROP_OFF) with TikTok's label and waits for
 * collection. The order follows its packages: PARTIALLY_SHIPPING while some are still to ship,
 * then IN_TRANSIT (seller) or AWAITING_COLLECTION (platform) once all are, each step announced
 * like any other status change. All of it runs under the {@link StateLock}.
 */
@Component
public class PackageShipping {

    private static final Set<String> HANDOVER_METHODS = Set.of("PICKUP", "DROP_OFF");

    private final OrderBook book;
    private final DeliveryOptions deliveryOptions;
    private final CarrierLabels labels;
    private final IdSequence ids;
    private final StateLock lock;
    private final Clock clock;
    private final WebhookEvents events;

    PackageShipping(OrderBook book, DeliveryOptions deliveryOptions, CarrierLabels labels, IdSequence ids,
            StateLock lock, Clock clock, WebhookEvents events) {
        this.events = events;
        this.book = book;
        this.deliveryOptions = deliveryOptions;
        this.labels = labels;
        this.ids = ids;
        this.lock = lock;
        this.clock = clock;
    }

    /**
     * Ship Package. Refusals are TikTok-style business codes (HTTP 200), checked in this order:
     * unknown package, cancelled, already shipped, then what the body must carry for the order's
     * shipping type.
     *
     * @param handoverMethod for platform-shipped packages; PICKUP when absent
     * @param selfShipment   for seller-shipped packages; null when the body has none
     */
    void ship(String shopId, String packageId, String handoverMethod, SelfShipment selfShipment) {
        lock.run(() -> {
            SimOrder order = orderOf(shopId, packageId);
            SimPackage pkg = order.packages.stream().filter(p -> p.id.equals(packageId)).findFirst().orElseThrow();
            if (order.status == OrderStatus.CANCELLED || pkg.cancelled()) {
                throw TikTokError.business(ErrorCodes.PACKAGE_CANCELLED, "package " + packageId
                        + " is cancelled and cannot be shipped");
            }
            if (pkg.shipped()) {
                throw TikTokError.business(ErrorCodes.PACKAGE_ALREADY_SHIPPED, "package " + packageId
                        + " has already been shipped and cannot be shipped again");
            }
            long now = clock.instant().getEpochSecond();
            if (order.shippingType.equals("SELLER")) {
                shipWithSellersCarrier(order, pkg, selfShipment, now);
            } else {
                handOverToTikTok(order, pkg, handoverMethod, selfShipment != null, now);
            }
            followPackages(order);
        });
    }

    private void shipWithSellersCarrier(SimOrder order, SimPackage pkg, SelfShipment selfShipment, long now) {
        if (selfShipment == null) {
            throw TikTokError.invalidParameter("param body.self_shipment is missing: package " + pkg.id
                    + " is shipped by the seller");
        }
        String trackingNumber = selfShipment.trackingNumber();
        String providerId = selfShipment.shippingProviderId();
        if (trackingNumber == null || trackingNumber.isBlank()) {
            throw TikTokError.invalidParameter("param body.self_shipment.tracking_number is missing");
        }
        if (providerId == null || providerId.isBlank()) {
            throw TikTokError.invalidParameter("param body.self_shipment.shipping_provider_id is missing");
        }
        SimShippingProvider carrier = deliveryOptions.require(order.deliveryOptionId).provider(providerId)
                .orElseThrow(() -> TikTokError.business(ErrorCodes.SHIPPING_PROVIDER_INVALID, "shipping provider "
                        + providerId + " is not available for delivery option " + order.deliveryOptionId));
        pkg.shippedWith(carrier.id(), carrier.name(), trackingNumber.trim(), SimPackage.FULFILLING, now);
        CarrierLabels.showOnOrder(order, pkg);
    }

    private void handOverToTikTok(SimOrder order, SimPackage pkg, String handoverMethod, boolean selfShipment,
            long now) {
        if (selfShipment) {
            throw TikTokError.business(ErrorCodes.NOT_SELF_SHIPPED, "package " + pkg.id
                    + " is shipped by TikTok's logistics; self_shipment is only for seller shipping");
        }
        String method = handoverMethod == null || handoverMethod.isBlank() ? "PICKUP" : handoverMethod;
        if (!HANDOVER_METHODS.contains(method)) {
            throw TikTokError.invalidParameter("handover_method must be PICKUP or DROP_OFF");
        }
        pkg.handoverMethod = method;
        labels.print(order, pkg, SimPackage.PROCESSING, now);
    }

    /** The order moves once its last package left; before that it is partially shipped. */
    private void followPackages(SimOrder order) {
        boolean allShipped = order.livePackages().stream().allMatch(SimPackage::shipped);
        OrderStatus target = !allShipped ? OrderStatus.PARTIALLY_SHIPPING
                : order.shippingType.equals("SELLER") ? OrderStatus.IN_TRANSIT : OrderStatus.AWAITING_COLLECTION;
        if (order.status != target) {
            book.step(order, target);
        } else {
            order.touch(clock.instant().getEpochSecond());
        }
        if (order.status == OrderStatus.PARTIALLY_SHIPPING) {
            showLineProgress(order);
        }
    }

    /** While partially shipped, each line says how far its own package got. */
    private static void showLineProgress(SimOrder order) {
        for (SimPackage pkg : order.livePackages()) {
            String status = switch (pkg.status) {
                case SimPackage.FULFILLING -> OrderStatus.IN_TRANSIT.name();
                case SimPackage.PROCESSING -> OrderStatus.AWAITING_COLLECTION.name();
                default -> OrderStatus.AWAITING_SHIPMENT.name();
            };
            pkg.lineIds.stream().map(order::line).filter(l -> !l.cancelled).forEach(l -> l.displayStatus = status);
        }
    }

    /**
     * Mark Package As Shipped: the seller shipped these unit lines (all lines not yet shipped when none
     * are named) with its own carrier. Lines that are exactly what is left of one package ship that
     * package; any other set is moved into a new package first, as TikTok splits for item-level
     * shipping. Refused for platform-shipped orders, for orders not ready to ship (ON_HOLD included),
     * and for a line that is cancelled or already shipped.
     *
     * @return the shipped package
     */
    Map<String, Object> markShipped(String shopId, String orderId, List<String> lineIds, SelfShipment shipment) {
        return lock.apply(() -> {
            SimOrder order = book.find(orderId).filter(o -> o.shopId.equals(shopId)).orElseThrow(() ->
                    TikTokError.business(ErrorCodes.ORDER_NOT_FOUND, "order " + orderId + " does not exist"));
            if (!order.shippingType.equals("SELLER")) {
                throw TikTokError.business(ErrorCodes.NOT_SELF_SHIPPED, "order " + orderId
                        + " is shipped by TikTok's logistics; use Ship Package");
            }
            if (order.status != OrderStatus.AWAITING_SHIPMENT && order.status != OrderStatus.PARTIALLY_SHIPPING) {
                throw TikTokError.business(order.status == OrderStatus.CANCELLED ? ErrorCodes.PACKAGE_CANCELLED
                        : ErrorCodes.ORDER_NOT_SHIPPABLE, "order " + orderId + " is " + order.status
                        + " and cannot be shipped");
            }
            List<SimLine> lines = linesToShip(order, lineIds);
            SimPackage pkg = packageFor(order, lines);
            shipWithSellersCarrier(order, pkg, shipment, clock.instant().getEpochSecond());
            followPackages(order);
            return Map.of("order_id", order.id, "package_id", pkg.id, "order_line_item_ids", List.copyOf(pkg.lineIds));
        });
    }

    private static List<SimLine> linesToShip(SimOrder order, List<String> lineIds) {
        if (lineIds == null || lineIds.isEmpty()) {
            List<SimLine> open = order.lines.stream().filter(l -> !l.cancelled)
                    .filter(l -> !packageOf(order, l).map(SimPackage::shipped).orElse(false)).toList();
            if (open.isEmpty()) {
                throw TikTokError.business(ErrorCodes.PACKAGE_ALREADY_SHIPPED, "order " + order.id
                        + " has no line left to ship");
            }
            return open;
        }
        List<SimLine> named = new java.util.ArrayList<>();
        for (String lineId : new LinkedHashSet<>(lineIds)) {
            SimLine line = order.lines.stream().filter(l -> l.id.equals(lineId)).findFirst().orElseThrow(() ->
                    TikTokError.invalidParameter("order_line_item_ids: " + lineId + " is not a line of order "
                            + order.id));
            if (line.cancelled) {
                throw TikTokError.business(ErrorCodes.PACKAGE_CANCELLED, "line " + lineId + " is cancelled");
            }
            if (packageOf(order, line).map(SimPackage::shipped).orElse(false)) {
                throw TikTokError.business(ErrorCodes.PACKAGE_ALREADY_SHIPPED, "line " + lineId
                        + " has already been shipped and cannot be shipped again");
            }
            named.add(line);
        }
        return named;
    }

    /** The package that is exactly these lines, or a new one they are moved into. */
    private SimPackage packageFor(SimOrder order, List<SimLine> lines) {
        Set<String> moving = new LinkedHashSet<>(lines.stream().map(l -> l.id).toList());
        for (SimPackage pkg : order.livePackages()) {
            Set<String> live = new LinkedHashSet<>(pkg.lineIds.stream().filter(id -> !order.line(id).cancelled).toList());
            if (live.equals(moving)) {
                return pkg;
            }
        }
        long now = clock.instant().getEpochSecond();
        SimPackage split = new SimPackage(ids.next("package"), order.id, now, List.copyOf(moving));
        for (SimPackage pkg : order.livePackages()) {
            if (pkg.lineIds.removeAll(moving)) {
                pkg.touch(now);
            }
        }
        // A package left with no line at all no longer exists on TikTok's side.
        order.packages.removeIf(pkg -> pkg.lineIds.isEmpty());
        lines.forEach(line -> line.packageId = split.id);
        order.packages.add(split);
        return split;
    }

    private static java.util.Optional<SimPackage> packageOf(SimOrder order, SimLine line) {
        return order.livePackages().stream().filter(p -> p.id.equals(line.packageId)).findFirst();
    }

    /**
     * Moves unit lines of one package not yet shipped into a new package, as a seller splitting an
     * order before shipping does. The old package keeps at least one line. TikTok announces it with
     * PACKAGE_UPDATE (webhook 4): {@code sc_type} SPLIT, {@code role_type} SELLER, both packages in
     * {@code package_list[{package_id, order_id_list}]} and the {@code update_time}; its orders are in the
     * lists, not in a {@code data.order_id}.
     *
     * @return the new package's id
     */
    public String split(String orderId, List<String> lineIds) {
        return lock.apply(() -> {
            SimOrder order = book.require(orderId);
            if (order.status != OrderStatus.AWAITING_SHIPMENT && order.status != OrderStatus.PARTIALLY_SHIPPING) {
                throw SandboxRefusal.conflict("order " + orderId + " is " + order.status
                        + "; packages are split before shipping");
            }
            if (lineIds == null || lineIds.isEmpty()) {
                throw SandboxRefusal.badRequest("name the line_item_ids that go into the new package");
            }
            Set<String> moving = new LinkedHashSet<>(lineIds);
            SimPackage from = null;
            for (String lineId : moving) {
                SimLine line = order.lines.stream().filter(l -> l.id.equals(lineId)).findFirst().orElseThrow(() ->
                        SandboxRefusal.badRequest("line " + lineId + " is not a line of order " + orderId));
                SimPackage holder = order.livePackages().stream().filter(p -> p.id.equals(line.packageId))
                        .findFirst().orElse(null);
                if (line.cancelled || holder == null || holder.shipped()) {
                    throw SandboxRefusal.conflict("line " + lineId + " is cancelled or already shipped");
                }
                if (from != null && from != holder) {
                    throw SandboxRefusal.badRequest("the lines must come from one package");
                }
                from = holder;
            }
            SimPackage source = from;
            if (source.lineIds.stream().filter(id -> !order.line(id).cancelled).allMatch(moving::contains)) {
                throw SandboxRefusal.badRequest("package " + source.id + " must keep at least one line");
            }
            long now = clock.instant().getEpochSecond();
            SimPackage split = new SimPackage(ids.next("package"), order.id, now, List.copyOf(moving));
            source.lineIds.removeAll(moving);
            source.touch(now);
            moving.forEach(id -> order.line(id).packageId = split.id);
            order.packages.add(split);
            order.touch(now);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("sc_type", "SPLIT");
            data.put("role_type", "SELLER");
            data.put("package_list", List.of(Map.of("package_id", source.id, "order_id_list", List.of(order.id)),
                    Map.of("package_id", split.id, "order_id_list", List.of(order.id))));
            data.put("update_time", order.updateTime);
            events.publish(order.shopId, WebhookTypes.PACKAGE_UPDATE, data);
            return split.id;
        });
    }

    /** Get Package Detail: the package in TikTok's shape, or 21008701 for another shop's or an unknown id. */
    Map<String, Object> detail(String shopId, String packageId) {
        return lock.apply(() -> {
            SimOrder order = orderOf(shopId, packageId);
            return PackageViews.detail(order, order.packages.stream().filter(p -> p.id.equals(packageId))
                    .findFirst().orElseThrow());
        });
    }

    /** Every package of the order with its lines, carrier and tracking number (control API). */
    public List<Map<String, Object>> packagesOf(String orderId) {
        return lock.apply(() -> {
            SimOrder order = book.require(orderId);
            return order.packages.stream().map(p -> PackageViews.detail(order, p)).toList();
        });
    }

    /** Ship Package's {@code self_shipment} as sent, blanks included, so they are refused the way TikTok does. */
    record SelfShipment(String trackingNumber, String shippingProviderId) {
    }

    private SimOrder orderOf(String shopId, String packageId) {
        return book.all().stream().filter(o -> o.shopId.equals(shopId))
                .filter(o -> o.packages.stream().anyMatch(p -> p.id.equals(packageId))).findFirst()
                .orElseThrow(() -> TikTokError.business(ErrorCodes.PACKAGE_NOT_FOUND, "package " + packageId
                        + " does not exist"));
    }
}
