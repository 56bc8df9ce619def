package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.logistics.DeliveryOptions;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.config.TikTokClientConfig;
import io.suitetok.tiktok.error.ValidationException;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.http.TikTokTransportException;
import io.suitetok.tiktok.json.TikTokJson;
import io.suitetok.tiktok.model.fulfillment.MarkShippedRequest;
import io.suitetok.tiktok.model.fulfillment.MarkShippedResult;
import io.suitetok.tiktok.model.fulfillment.PackageDetail;
import io.suitetok.tiktok.model.fulfillment.ShipPackageRequest;
import io.suitetok.tiktok.model.order.OrderLineItem;
import io.suitetok.tiktok.model.order.TikTokOrder;
import io.suitetok.tiktok.model.shop.DeliveryOption;
import io.suitetok.tiktok.model.shop.ShippingProvider;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fulfilment calls of the real client against the simulator: the logistics look-ups that map a
 * carrier to a shipping_provider_id, shipping packages, the refusals, and the order following its
 * packages through PARTIALLY_SHIPPING to IN_TRANSIT.
 */
class FulfillmentApiTest extends AgainstFreshSimulator {

    private static final String US = ShopDirectory.US_SHOP_ID;
    private static final String UK = ShopDirectory.UK_SHOP_ID;

    @Test
    void eachSalesWarehouseListsItsDeliveryOptionsAndEachOptionItsCarriers() {
        List<DeliveryOption> east = connected.client.shops().deliveryOptions(connected.us,
                ShopDirectory.US_EAST_WAREHOUSE);
        List<DeliveryOption> returns = connected.client.shops().deliveryOptions(connected.us,
                ShopDirectory.US_RETURNS_WAREHOUSE);
        List<ShippingProvider> usStandard = connected.client.shops().shippingProviders(connected.us,
                DeliveryOptions.US_STANDARD);
        List<DeliveryOption> uk = connected.client.shops().deliveryOptions(connected.uk, ShopDirectory.UK_WAREHOUSE);
        List<ShippingProvider> ukStandard = connected.client.shops().shippingProviders(connected.uk, uk.get(0).id());

        assertThat(east).extracting(DeliveryOption::id)
                .containsExactly(DeliveryOptions.US_STANDARD, DeliveryOptions.US_EXPRESS);
        assertThat(east.get(0).weightLimit().unit()).isEqualTo("POUND");
        assertThat(returns).isEmpty();
        assertThat(usStandard).extracting(ShippingProvider::id, ShippingProvider::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("7117858858072016686", "USPS"),
                org.assertj.core.groups.Tuple.tuple("7117858858072016687", "UPS"),
                org.assertj.core.groups.Tuple.tuple("7117858858072016688", "FedEx"));
        assertThat(ukStandard).extracting(ShippingProvider::name).containsExactly("Royal Mail", "DPD", "Evri");
        assertThat(codeOf(() -> connected.client.shops().deliveryOptions(connected.us, ShopDirectory.UK_WAREHOUSE)))
                .isEqualTo(21008706);
        assertThat(codeOf(() -> connected.client.shops().shippingProviders(connected.us, DeliveryOptions.UK_STANDARD)))
                .isEqualTo(21008707);
    }

    @Test
    void aSellerShippedPackageGoesInTransitWithItsCarrierAndTrackingOnPackageLinesAndOrder() {
        PlacedOrder placed = control.placeOrder(sellerShipped(US, Item.of("TEE-BLK-M", 2)));
        TikTokOrder before = detail(connected.us, placed.orderId());
        String packageId = before.packages().get(0).id();
        ShippingProvider ups = carrier(connected.us, before.deliveryOptionId(), "UPS");

        connected.client.fulfillment().shipPackage(connected.us, packageId,
                ShipPackageRequest.selfShipped("1Z999AA10123456784", ups.id()));

        TikTokOrder after = detail(connected.us, placed.orderId());
        PackageDetail pkg = connected.client.fulfillment().packageDetail(connected.us, packageId);
        assertThat(before.status()).isEqualTo("AWAITING_SHIPMENT");
        assertThat(before.lineItems()).extracting(OrderLineItem::packageStatus).containsOnly("TO_FULFILL");
        assertThat(before.trackingNumber()).isNull();
        assertThat(after.status()).isEqualTo("IN_TRANSIT");
        assertThat(after.updateTime()).isGreaterThan(before.updateTime());
        assertThat(after.trackingNumber()).isEqualTo("1Z999AA10123456784");
        assertThat(after.shippingProviderId()).isEqualTo(ups.id());
        assertThat(after.lineItems()).allSatisfy(line -> {
            assertThat(line.packageId()).isEqualTo(packageId);
            assertThat(line.packageStatus()).isEqualTo("FULFILLING");
            assertThat(line.trackingNumber()).isEqualTo("1Z999AA10123456784");
            assertThat(line.shippingProviderName()).isEqualTo("UPS");
            assertThat(line.displayStatus()).isEqualTo("IN_TRANSIT");
        });
        assertThat(pkg.hasShipped()).isTrue();
        assertThat(pkg.shippingType()).isEqualTo("SELLER");
        assertThat(pkg.orderLineItemIds()).containsExactlyElementsOf(placed.lineItemIds());
        assertThat(pkg.orders()).singleElement().satisfies(o -> assertThat(o.skus()).singleElement()
                .satisfies(sku -> assertThat(sku.quantity()).isEqualTo(2)));
        assertThat(orderStatusWebhooks(placed.orderId())).containsExactly("AWAITING_SHIPMENT", "IN_TRANSIT");
    }

    @Test
    void markingSomeLinesShippedSplitsThemIntoTheirOwnPackageAndTheRestFollowsLater() {
        PlacedOrder placed = control.placeOrder(sellerShipped(US, Item.of("TEE-BLK-M", 2), Item.of("MUG-WHT-11", 1)));
        String firstTee = placed.lineItemIds().get(0);
        String secondTee = placed.lineItemIds().get(1);
        String mug = placed.lineItemIds().get(2);
        TikTokOrder before = detail(connected.us, placed.orderId());
        String ups = carrier(connected.us, before.deliveryOptionId(), "UPS").id();

        MarkShippedResult first = connected.client.fulfillment().markPackageShipped(connected.us, placed.orderId(),
                new MarkShippedRequest(List.of(firstTee, mug), "1Z999AA10000000001", ups));
        TikTokOrder partly = detail(connected.us, placed.orderId());
        long twice = codeOf(() -> connected.client.fulfillment().markPackageShipped(connected.us, placed.orderId(),
                new MarkShippedRequest(List.of(mug), "1Z999AA10000000009", ups)));
        MarkShippedResult rest = connected.client.fulfillment().markPackageShipped(connected.us, placed.orderId(),
                new MarkShippedRequest(List.of(), "1Z999AA10000000002", ups));
        TikTokOrder after = detail(connected.us, placed.orderId());

        assertThat(first.orderLineItemIds()).containsExactly(firstTee, mug);
        assertThat(first.packageId()).isNotEqualTo(before.packages().get(0).id());
        assertThat(partly.status()).isEqualTo("PARTIALLY_SHIPPING");
        assertThat(line(partly, mug).trackingNumber()).isEqualTo("1Z999AA10000000001");
        assertThat(line(partly, secondTee).trackingNumber()).isNull();
        assertThat(twice).isEqualTo(21008702);
        assertThat(rest.packageId()).isEqualTo(before.packages().get(0).id());
        assertThat(rest.orderLineItemIds()).containsExactly(secondTee);
        assertThat(after.status()).isEqualTo("IN_TRANSIT");
        assertThat(line(after, secondTee).trackingNumber()).isEqualTo("1Z999AA10000000002");
        assertThat(after.packages()).hasSize(2);
    }

    @Test
    void markingShippedIsRefusedForPlatformShippingOnHoldAndUnknownLines() {
        PlacedOrder platform = control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 1)));
        PlacedOrder seller = control.placeOrder(sellerShipped(US, Item.of("TEE-BLK-S", 1)));
        String ups = carrier(connected.us, detail(connected.us, seller.orderId()).deliveryOptionId(), "UPS").id();

        long onPlatform = codeOf(() -> connected.client.fulfillment().markPackageShipped(connected.us,
                platform.orderId(), new MarkShippedRequest(List.of(), "1Z1", ups)));
        long unknownLine = codeOf(() -> connected.client.fulfillment().markPackageShipped(connected.us,
                seller.orderId(), new MarkShippedRequest(List.of("999"), "1Z2", ups)));
        long otherShop = codeOf(() -> connected.client.fulfillment().markPackageShipped(connected.uk,
                seller.orderId(), new MarkShippedRequest(List.of(), "1Z3", ups)));

        assertThat(onPlatform).isEqualTo(21008705);
        assertThat(unknownLine).isEqualTo(36009004);
        assertThat(otherShop).isEqualTo(21011001);
        assertThat(detail(connected.us, seller.orderId()).status()).isEqualTo("AWAITING_SHIPMENT");
    }

    @Test
    void aSplitOrderIsPartiallyShippingUntilItsLastPackageShips() {
        PlacedOrder placed = control.placeOrder(sellerShipped(UK, Item.of("TEE-UK-BLK-M", 2), Item.of("MUG-UK-WHT", 1)));
        String firstTee = placed.lineItemIds().get(0);
        String secondTee = placed.lineItemIds().get(1);
        String mug = placed.lineItemIds().get(2);
        String mugPackage = control.splitPackage(placed.orderId(), List.of(mug));
        String secondTeePackage = control.splitPackage(placed.orderId(), List.of(secondTee));
        TikTokOrder split = detail(connected.uk, placed.orderId());
        String firstTeePackage = split.packages().get(0).id();

        shipUk(firstTeePackage, "H01ABC0000000001", DeliveryOptions.EVRI.id());
        TikTokOrder oneShipped = detail(connected.uk, placed.orderId());
        shipUk(secondTeePackage, "TT123456785GB", DeliveryOptions.ROYAL_MAIL.id());
        TikTokOrder twoShipped = detail(connected.uk, placed.orderId());
        shipUk(mugPackage, "15501234567890", DeliveryOptions.DPD.id());
        TikTokOrder allShipped = detail(connected.uk, placed.orderId());

        assertThat(split.packages()).extracting(TikTokOrder.PackageRef::id)
                .containsExactly(firstTeePackage, mugPackage, secondTeePackage);
        assertThat(oneShipped.status()).isEqualTo("PARTIALLY_SHIPPING");
        assertThat(oneShipped.updateTime()).isGreaterThan(split.updateTime());
        assertThat(line(oneShipped, firstTee).packageStatus()).isEqualTo("FULFILLING");
        assertThat(line(oneShipped, firstTee).shippingProviderName()).isEqualTo("Evri");
        assertThat(line(oneShipped, firstTee).displayStatus()).isEqualTo("IN_TRANSIT");
        assertThat(line(oneShipped, mug).packageStatus()).isEqualTo("TO_FULFILL");
        assertThat(line(oneShipped, mug).trackingNumber()).isNull();
        assertThat(line(oneShipped, mug).displayStatus()).isEqualTo("AWAITING_SHIPMENT");
        assertThat(twoShipped.status()).isEqualTo("PARTIALLY_SHIPPING");
        assertThat(twoShipped.updateTime()).as("a ship moves update_time even without a status step")
                .isGreaterThan(oneShipped.updateTime());
        assertThat(allShipped.status()).isEqualTo("IN_TRANSIT");
        assertThat(line(allShipped, mug).trackingNumber()).isEqualTo("15501234567890");
        assertThat(allShipped.trackingNumber()).as("the order shows its first package's tracking")
                .isEqualTo("H01ABC0000000001");
        assertThat(control.packages(placed.orderId())).extracting(p -> p.get("package_status"))
                .containsOnly("FULFILLING");
        assertThat(orderStatusWebhooks(placed.orderId()))
                .containsExactly("AWAITING_SHIPMENT", "PARTIALLY_SHIPPING", "IN_TRANSIT");
    }

    @Test
    void shippingTwiceAnUnknownOrACancelledPackageOrWithAnotherCarrierIsRefused() {
        PlacedOrder shipped = control.placeOrder(sellerShipped(US, Item.of("TEE-BLK-S", 1)));
        PlacedOrder cancelled = control.placeOrder(sellerShipped(US, Item.of("TEE-BLK-S", 1)));
        PlacedOrder waiting = control.placeOrder(sellerShipped(US, Item.of("TEE-BLK-S", 1)));
        String shippedPackage = packageOf(shipped);
        String cancelledPackage = packageOf(cancelled);
        String waitingPackage = packageOf(waiting);
        control.cancel(cancelled.orderId(), List.of(), "SELLER", "Out of stock");
        ShipPackageRequest byUsps = ShipPackageRequest.selfShipped("9400100000000000000001",
                DeliveryOptions.USPS.id());
        connected.client.fulfillment().shipPackage(connected.us, shippedPackage, byUsps);
        long waitingUpdated = detail(connected.us, waiting.orderId()).updateTime();
        int webhooksBefore = control.webhooks().size();

        assertThatThrownBy(() -> connected.client.fulfillment().shipPackage(connected.us, shippedPackage, byUsps))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.code()).isEqualTo(21008702))
                .hasMessageContaining("already been shipped");
        assertThat(ship(connected.us, "1153999999999999999", byUsps)).isEqualTo(21008701);
        assertThat(ship(connected.uk, waitingPackage, byUsps)).as("another shop's package").isEqualTo(21008701);
        assertThat(ship(connected.us, cancelledPackage, byUsps)).isEqualTo(21008703);
        assertThat(ship(connected.us, waitingPackage, ShipPackageRequest.selfShipped("9400100000000000000002",
                DeliveryOptions.ROYAL_MAIL.id()))).isEqualTo(21008704);
        assertThat(ship(connected.us, waitingPackage, ShipPackageRequest.handover("PICKUP")))
                .as("a seller-shipped package needs its tracking number").isEqualTo(36009004);

        TikTokOrder untouched = detail(connected.us, waiting.orderId());
        assertThat(untouched.status()).isEqualTo("AWAITING_SHIPMENT");
        assertThat(untouched.updateTime()).isEqualTo(waitingUpdated);
        assertThat(untouched.lineItems()).extracting(OrderLineItem::packageStatus).containsOnly("TO_FULFILL");
        assertThat(connected.client.fulfillment().packageDetail(connected.us, cancelledPackage).packageStatus())
                .isEqualTo("CANCELLED");
        assertThat(control.webhooks()).hasSize(webhooksBefore);
    }

    @Test
    void aPlatformShippedPackageIsHandedOverWithTikToksLabelAndAwaitsCollection() {
        PlacedOrder placed = control.placeOrder(OrderRequest.of(US, Item.of("MUG-WHT-11", 1)));
        String packageId = packageOf(placed);

        long selfShipped = ship(connected.us, packageId, ShipPackageRequest.selfShipped("1Z999AA10123456784",
                DeliveryOptions.UPS.id()));
        connected.client.fulfillment().shipPackage(connected.us, packageId,
                ShipPackageRequest.handover(ShipPackageRequest.DROP_OFF));
        PackageDetail handedOver = connected.client.fulfillment().packageDetail(connected.us, packageId);
        TikTokOrder awaiting = detail(connected.us, placed.orderId());
        control.advanceOrder(placed.orderId(), OrderStatus.IN_TRANSIT);

        assertThat(selfShipped).isEqualTo(21008705);
        assertThat(awaiting.status()).isEqualTo("AWAITING_COLLECTION");
        assertThat(handedOver.packageStatus()).isEqualTo("PROCESSING");
        assertThat(handedOver.handoverMethod()).isEqualTo("DROP_OFF");
        assertThat(handedOver.shippingProviderName()).isEqualTo("USPS");
        assertThat(handedOver.trackingNumber()).startsWith("940");
        assertThat(connected.client.fulfillment().packageDetail(connected.us, packageId).packageStatus())
                .isEqualTo("FULFILLING");
    }

    @Test
    void aShipAnsweredTooLateLandedAndThePackageDetailSaysSoBeforeAnyRetry() {
        TikTokClientConfig base = simulator.clientConfig();
        ConnectedClient impatient = connected.variant(new TikTokClientConfig(base.appKey(), base.appSecret(),
                base.apiBaseUrl(), base.authBaseUrl(), base.connectTimeout(), Duration.ofMillis(250),
                base.defaultQps(), base.qpsPerEndpoint(), base.rateLimitWait(), 3, base.retryBaseDelay(),
                base.retryMaxDelay(), base.tokenRefreshMargin()), Clock.systemUTC());
        PlacedOrder placed = control.placeOrder(sellerShipped(US, Item.of("TEE-BLK-L", 1)));
        String packageId = packageOf(placed);
        ShipPackageRequest byFedEx = ShipPackageRequest.selfShipped("771234567890", DeliveryOptions.FEDEX.id());
        control.answerLateAfterCommit("ship_package", 1, Duration.ofMillis(700));

        assertThatThrownBy(() -> impatient.client.fulfillment().shipPackage(connected.us, packageId, byFedEx))
                .isInstanceOfSatisfying(TikTokTransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());

        PackageDetail afterTimeout = connected.client.fulfillment().packageDetail(connected.us, packageId);
        assertThat(afterTimeout.hasShipped()).isTrue();
        assertThat(afterTimeout.trackingNumber()).isEqualTo("771234567890");
        assertThat(ship(connected.us, packageId, byFedEx)).isEqualTo(21008702);
        // The late answer is logged when it leaves; wait for it so it cannot land in the next test's log.
        Eventually.within(Duration.ofSeconds(5), "the late answer logged",
                () -> control.calls("ship_package").stream().anyMatch(c -> c.code() == 0));
    }

    private static OrderRequest sellerShipped(String shop, Item... items) {
        return OrderRequest.of(shop, items).withShipping("SELLER", new BigDecimal("4.99"), null, null);
    }

    private TikTokOrder detail(ShopContext shop, String orderId) {
        return connected.client.orders().details(shop, List.of(orderId)).get(0);
    }

    private String packageOf(PlacedOrder placed) {
        return control.packages(placed.orderId()).get(0).get("package_id").toString();
    }

    private ShippingProvider carrier(ShopContext shop, String deliveryOptionId, String name) {
        return connected.client.shops().shippingProviders(shop, deliveryOptionId).stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private void shipUk(String packageId, String trackingNumber, String providerId) {
        connected.client.fulfillment().shipPackage(connected.uk, packageId,
                ShipPackageRequest.selfShipped(trackingNumber, providerId));
    }

    private long ship(ShopContext shop, String packageId, ShipPackageRequest request) {
        return codeOf(() -> connected.client.fulfillment().shipPackage(shop, packageId, request));
    }

    private static long codeOf(Runnable call) {
        return Transports.codeOf(call);
    }

    private static OrderLineItem line(TikTokOrder order, String lineId) {
        return order.lineItems().stream().filter(l -> l.id().equals(lineId)).findFirst().orElseThrow();
    }

    private List<String> orderStatusWebhooks(String orderId) {
        return control.webhooks().stream().filter(w -> w.type() == 1).map(w -> TikTokJson.mapper().readTree(w.body()))
                .filter(body -> body.at("/data/order_id").asString().equals(orderId))
                .map(body -> body.at("/data/order_status").asString()).toList();
    }
}
