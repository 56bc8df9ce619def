package io.suitetok.sandbox.tiktok.orders;

import static io.suitetok.tiktok.http.TikTokEndpoints.PACKAGE_DETAIL;
import static io.suitetok.tiktok.http.TikTokEndpoints.SHIP_PACKAGE;

import io.suitetok.sandbox.tiktok.protocol.EndpointRoutes;
import io.suitetok.sandbox.tiktok.protocol.RouteTable;
import io.suitetok.sandbox.tiktok.protocol.VerifiedCall;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Ship Package and Get Package Detail (202309); the rules live in {@link PackageShipping}. */
@Component
public class FulfillmentRoutes implements EndpointRoutes {

    private final PackageShipping shipping;

    public FulfillmentRoutes(PackageShipping shipping) {
        this.shipping = shipping;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(SHIP_PACKAGE, this::ship);
        routes.on(PACKAGE_DETAIL, call -> shipping.detail(call.shop().id(), call.pathParam("package_id")));
    }

    /** TikTok answers a successful ship with an empty {@code data}. */
    private Object ship(VerifiedCall call) {
        ShipBody body = call.body(ShipBody.class);
        shipping.ship(call.shop().id(), call.pathParam("package_id"), body.handoverMethod(), body.selfShipment());
        return Map.of();
    }

    /** Pickup slots are read (a malformed one is refused) but not checked against anything. */
    record ShipBody(String handoverMethod, Map<String, Long> pickupSlot, PackageShipping.SelfShipment selfShipment) {
    }
}
