package io.suitetok.sandbox.tiktok.orders;

import static io.suitetok.sandbox.tiktok.protocol.Endpoints.MARK_PACKAGE_SHIPPED;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.PACKAGE_DETAIL;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.SHIP_PACKAGE;

import io.suitetok.sandbox.tiktok.protocol.EndpointRoutes;
import io.suitetok.sandbox.tiktok.protocol.RouteTable;
import io.suitetok.sandbox.tiktok.protocol.VerifiedCall;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Ship Package, Mark Package As Shipped and Get Package Detail (202309); the rules live in {@link PackageShipping}. */
@Component
public class FulfillmentRoutes implements EndpointRoutes {

    private final PackageShipping shipping;

    public FulfillmentRoutes(PackageShipping shipping) {
        this.shipping = shipping;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(SHIP_PACKAGE, this::ship);
        routes.on(MARK_PACKAGE_SHIPPED, this::markShipped);
        routes.on(PACKAGE_DETAIL, call -> shipping.detail(call.shop().id(), call.pathParam("package_id")));
    }

    /** TikTok answers a successful ship with an empty {@code data}. */
    private Object ship(VerifiedCall call) {
        ShipBody body = call.body(ShipBody.class);
        shipping.ship(call.shop().id(), call.pathParam("package_id"), body.handoverMethod(), body.selfShipment());
        return Map.of();
    }

    private Object markShipped(VerifiedCall call) {
        MarkShippedBody body = call.body(MarkShippedBody.class);
        return shipping.markShipped(call.shop().id(), call.pathParam("order_id"), body.orderLineItemIds(),
                new PackageShipping.SelfShipment(body.trackingNumber(), body.shippingProviderId()));
    }

    record MarkShippedBody(List<String> orderLineItemIds, String trackingNumber, String shippingProviderId) {
    }

    /** Pickup slots are read (a malformed one is refused) but not checked against anything. */
    record ShipBody(String handoverMethod, Map<String, Long> pickupSlot, PackageShipping.SelfShipment selfShipment) {
    }
}
