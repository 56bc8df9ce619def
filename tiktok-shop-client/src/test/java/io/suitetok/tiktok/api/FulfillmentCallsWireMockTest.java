package io.suitetok.tiktok.api;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.tiktok.config.TikTokClientConfig;
import io.suitetok.tiktok.error.ValidationException;
import io.suitetok.tiktok.http.TikTokTransportException;
import io.suitetok.tiktok.model.fulfillment.MarkShippedRequest;
import io.suitetok.tiktok.model.fulfillment.MarkShippedResult;
import io.suitetok.tiktok.model.fulfillment.PackageDetail;
import io.suitetok.tiktok.model.fulfillment.ShipPackageRequest;
import io.suitetok.tiktok.model.order.OrderLineItem;
import io.suitetok.tiktok.model.shop.DeliveryOption;
import io.suitetok.tiktok.model.shop.ShippingProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shipping a package with a carrier and tracking number, reading it back, and the logistics look-ups. */
class FulfillmentCallsWireMockTest extends WireMockTikTokTest {

    private static final String PACKAGE_ID = "1153132346906100001";
    private static final String SHIP = "/fulfillment/202309/packages/" + PACKAGE_ID + "/ship";
    private static final String UPS = "7117858858072016687";

    @Test
    void aSellerShippedPackageSendsOnlyItsCarrierAndTrackingNumber() {
        wireMock.stubFor(post(urlPathEqualTo(SHIP)).willReturn(okJson(success("{}"))));

        client.fulfillment().shipPackage(US, PACKAGE_ID, ShipPackageRequest.selfShipped("1Z999AA10123456784", UPS));

        wireMock.verify(1, postRequestedFor(urlPathEqualTo(SHIP))
                .withQueryParam("shop_cipher", equalTo(US.cipher()))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"self_shipment\":{\"tracking_number\":\"1Z999AA10123456784\","
                        + "\"shipping_provider_id\":\"" + UPS + "\"}}")));
    }

    @Test
    void markingSomeLinesShippedNamesThemAndReadsTheirNewPackage() {
        String path = "/fulfillment/202309/orders/576684019603311365/packages";
        wireMock.stubFor(post(urlPathEqualTo(path)).willReturn(okJson(success("{\"order_id\":\"576684019603311365\","
                + "\"package_id\":\"1153132346906100777\",\"order_line_item_ids\":[\"5766840196033001\"],"
                + "\"warning\":{\"message\":\"tracking number not yet recognised by the carrier\"}}"))));

        MarkShippedResult result = client.fulfillment().markPackageShipped(US, "576684019603311365",
                new MarkShippedRequest(List.of("5766840196033001"), "1Z999AA10123456784", UPS));

        assertThat(result.packageId()).isEqualTo("1153132346906100777");
        assertThat(result.orderLineItemIds()).containsExactly("5766840196033001");
        assertThat(result.warning().message()).contains("not yet recognised");
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(path))
                .withQueryParam("shop_cipher", equalTo(US.cipher()))
                .withRequestBody(equalToJson("{\"order_line_item_ids\":[\"5766840196033001\"],"
                        + "\"tracking_number\":\"1Z999AA10123456784\",\"shipping_provider_id\":\"" + UPS + "\"}")));
    }

    @Test
    void aPlatformShippedPackageIsHandedOverWithoutASelfShipment() {
        wireMock.stubFor(post(urlPathEqualTo(SHIP)).willReturn(okJson(success("{}"))));

        client.fulfillment().shipPackage(US, PACKAGE_ID, ShipPackageRequest.handover(ShipPackageRequest.DROP_OFF));

        wireMock.verify(postRequestedFor(urlPathEqualTo(SHIP))
                .withRequestBody(equalToJson("{\"handover_method\":\"DROP_OFF\"}")));
    }

    @Test
    void shippingAnAlreadyShippedPackageIsARefusalThatIsNeverRetried() {
        // TikTok publishes no exact code for this; the simulator's own number stands in. What matters is
        // that a business code is a refusal of the content, not something to retry.
        wireMock.stubFor(post(urlPathEqualTo(SHIP)).willReturn(okJson(fixture("error-package-already-shipped.json"))));

        assertThatThrownBy(() -> client.fulfillment().shipPackage(US, PACKAGE_ID,
                ShipPackageRequest.selfShipped("1Z999AA10123456784", UPS)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(21008702L);
                    assertThat(e.requestId()).isEqualTo("20261126101700C1D2E3F4A5B6");
                })
                .hasMessageContaining("already been shipped");
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(SHIP)));
    }

    @Test
    void aShipThatTimesOutIsReportedAsOutcomeUnknownAndNotSentAgain() {
        TikTokShopClient impatient = new TikTokShopClient(new TikTokClientConfig(APP_KEY, APP_SECRET,
                wireMock.baseUrl(), wireMock.baseUrl(), Duration.ofSeconds(1), Duration.ofMillis(200), 100, Map.of(),
                Duration.ofSeconds(1), 3, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMinutes(5)),
                tokens, Clock.fixed(NOW, ZoneOffset.UTC), new SimpleMeterRegistry());
        wireMock.stubFor(post(urlPathEqualTo(SHIP)).willReturn(okJson(success("{}")).withFixedDelay(1000)));

        assertThatThrownBy(() -> impatient.fulfillment().shipPackage(US, PACKAGE_ID,
                ShipPackageRequest.selfShipped("1Z999AA10123456784", UPS)))
                .isInstanceOfSatisfying(TikTokTransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(SHIP)));
    }

    @Test
    void aSelfShipmentWithoutTrackingNumberOrCarrierFailsBeforeAnythingIsSent() {
        assertThatThrownBy(() -> ShipPackageRequest.selfShipped(" ", UPS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trackingNumber");
        assertThatThrownBy(() -> ShipPackageRequest.selfShipped("1Z999AA10123456784", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shippingProviderId");
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void packageDetailCarriesItsLinesCarrierAndTrackingNumber() {
        wireMock.stubFor(get(urlPathEqualTo("/fulfillment/202309/packages/" + PACKAGE_ID))
                .willReturn(okJson(fixture("package-detail.json"))));
        wireMock.stubFor(get(urlPathEqualTo("/fulfillment/202309/packages/1153132346906100002"))
                .willReturn(okJson(success("{\"package_id\":\"1153132346906100002\",\"package_status\":\"TO_FULFILL\","
                        + "\"order_line_item_ids\":[\"577087123400000003\"]}"))));

        PackageDetail shipped = client.fulfillment().packageDetail(US, PACKAGE_ID);
        PackageDetail waiting = client.fulfillment().packageDetail(US, "1153132346906100002");

        assertThat(shipped.packageId()).isEqualTo(PACKAGE_ID);
        assertThat(shipped.hasShipped()).isTrue();
        assertThat(shipped.trackingNumber()).isEqualTo("1Z999AA10123456784");
        assertThat(shipped.shippingProviderId()).isEqualTo(UPS);
        assertThat(shipped.shippingProviderName()).isEqualTo("UPS");
        assertThat(shipped.shippingType()).isEqualTo("SELLER");
        assertThat(shipped.orderLineItemIds()).containsExactly("577087123400000001", "577087123400000002");
        assertThat(shipped.orders()).singleElement().satisfies(order -> {
            assertThat(order.id()).isEqualTo("576469123456789012");
            assertThat(order.skus()).singleElement().satisfies(sku -> assertThat(sku.quantity()).isEqualTo(2));
        });
        assertThat(waiting.hasShipped()).isFalse();
        assertThat(waiting.trackingNumber()).isNull();
        wireMock.verify(getRequestedFor(urlPathEqualTo("/fulfillment/202309/packages/" + PACKAGE_ID))
                .withQueryParam("shop_cipher", equalTo(US.cipher())));
    }

    @Test
    void orderLinesShowTheirPackagesStatusCarrierAndTracking() {
        wireMock.stubFor(get(urlPathEqualTo("/order/202309/orders")).willReturn(okJson(success(
                "{\"orders\":[{\"id\":\"576469123456789012\",\"status\":\"PARTIALLY_SHIPPING\",\"line_items\":["
                        + "{\"id\":\"577087123400000001\",\"package_id\":\"" + PACKAGE_ID + "\",\"package_status\":"
                        + "\"FULFILLING\",\"tracking_number\":\"1Z999AA10123456784\",\"shipping_provider_id\":\""
                        + UPS + "\",\"shipping_provider_name\":\"UPS\"},"
                        + "{\"id\":\"577087123400000003\",\"package_id\":\"1153132346906100002\","
                        + "\"package_status\":\"TO_FULFILL\"}]}]}"))));

        List<OrderLineItem> lines = client.orders().details(US, List.of("576469123456789012")).get(0).lineItems();

        assertThat(lines.get(0).packageStatus()).isEqualTo("FULFILLING");
        assertThat(lines.get(0).trackingNumber()).isEqualTo("1Z999AA10123456784");
        assertThat(lines.get(0).shippingProviderId()).isEqualTo(UPS);
        assertThat(lines.get(0).shippingProviderName()).isEqualTo("UPS");
        assertThat(lines.get(1).packageStatus()).isEqualTo("TO_FULFILL");
        assertThat(lines.get(1).trackingNumber()).isNull();
    }

    @Test
    void aWarehousesDeliveryOptionsAndAnOptionsCarriersAreListed() {
        wireMock.stubFor(get(urlPathEqualTo("/logistics/202309/warehouses/7068517275539719942/delivery_options"))
                .willReturn(okJson(fixture("delivery-options.json"))));
        wireMock.stubFor(get(urlPathEqualTo("/logistics/202309/delivery_options/7091146663229654785/shipping_providers"))
                .willReturn(okJson(success("{\"shipping_providers\":[{\"id\":\"7117858858072016686\",\"name\":\"USPS\"},"
                        + "{\"id\":\"" + UPS + "\",\"name\":\"UPS\"}]}"))));

        List<DeliveryOption> options = client.shops().deliveryOptions(US, "7068517275539719942");
        List<ShippingProvider> carriers = client.shops().shippingProviders(US, options.get(0).id());

        assertThat(options).extracting(DeliveryOption::name).containsExactly("Standard shipping", "Express shipping");
        assertThat(options.get(0).weightLimit().maxWeight()).isEqualTo(70L);
        assertThat(options.get(0).dimensionLimit().unit()).isEqualTo("INCH");
        assertThat(options.get(1).dimensionLimit()).isNull();
        assertThat(carriers).extracting(ShippingProvider::id, ShippingProvider::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("7117858858072016686", "USPS"),
                org.assertj.core.groups.Tuple.tuple(UPS, "UPS"));
        wireMock.verify(getRequestedFor(urlPathEqualTo(
                "/logistics/202309/delivery_options/7091146663229654785/shipping_providers"))
                .withQueryParam("shop_cipher", equalTo(US.cipher())));
    }
}
