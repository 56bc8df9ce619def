package io.suitetok.tiktok.api;

import static io.suitetok.tiktok.http.TikTokEndpoints.MARK_PACKAGE_SHIPPED;
import static io.suitetok.tiktok.http.TikTokEndpoints.PACKAGE_DETAIL;
import static io.suitetok.tiktok.http.TikTokEndpoints.SHIP_PACKAGE;

import io.suitetok.tiktok.http.ApiCall;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.http.TikTokTransport;
import io.suitetok.tiktok.model.fulfillment.MarkShippedRequest;
import io.suitetok.tiktok.model.fulfillment.MarkShippedResult;
import io.suitetok.tiktok.model.fulfillment.PackageDetail;
import io.suitetok.tiktok.model.fulfillment.ShipPackageRequest;

/**
 * Packages of orders: shipping one (for the hub, a NetSuite item fulfillment reported back with its
 * carrier and tracking number) and reading one back. The order's {@code packages[].id} and its
 * lines' {@code package_id} name the packages; carriers come from
 * {@link ShopApi#shippingProviders(ShopContext, String)} for the order's delivery option.
 */
public class FulfillmentApi {

    private final TikTokTransport transport;

    public FulfillmentApi(TikTokTransport transport) {
        this.transport = transport;
    }

    /**
     * Ships one package. TikTok refuses a package that is already shipped (a {@code ValidationException}),
     * and the call is never resent after a timeout: a {@code TikTokTransportException} with
     * {@code outcomeUnknown()} means "read {@link #packageDetail} before trying again".
     */
    public void shipPackage(ShopContext shop, String packageId, ShipPackageRequest request) {
        transport.execute(shop, ApiCall.to(SHIP_PACKAGE).path("package_id", packageId).body(request));
    }

    /**
     * Reports lines the seller shipped with its own carrier (US, UK, ES, IE): TikTok puts them in one
     * package, split from the rest of the order when they are only some of its lines. Never resent
     * after a timeout either: read the order's lines ({@code package_id}, {@code tracking_number})
     * before trying again.
     */
    public MarkShippedResult markPackageShipped(ShopContext shop, String orderId, MarkShippedRequest request) {
        return transport.execute(shop, ApiCall.to(MARK_PACKAGE_SHIPPED).path("order_id", orderId).body(request),
                MarkShippedResult.class);
    }

    public PackageDetail packageDetail(ShopContext shop, String packageId) {
        return transport.execute(shop, ApiCall.to(PACKAGE_DETAIL).path("package_id", packageId), PackageDetail.class);
    }
}
