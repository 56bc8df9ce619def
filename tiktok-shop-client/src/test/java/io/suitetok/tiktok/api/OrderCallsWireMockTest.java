package io.suitetok.tiktok.api;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.tiktok.model.order.ExternalOrder;
import io.suitetok.tiktok.model.order.OrderLineItem;
import io.suitetok.tiktok.model.order.OrderSearchFilter;
import io.suitetok.tiktok.model.order.ReturnSearchFilter;
import io.suitetok.tiktok.model.order.ReturnStatus;
import io.suitetok.tiktok.model.order.TikTokOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderCallsWireMockTest extends WireMockTikTokTest {

    @Test
    void orderSearchFollowsPageTokensUntilTheLastPage() {
        wireMock.stubFor(post(urlPathEqualTo("/order/202309/orders/search")).withQueryParam("page_token", absent())
                .willReturn(okJson(fixture("order-search-page-1.json"))));
        wireMock.stubFor(post(urlPathEqualTo("/order/202309/orders/search"))
                .withQueryParam("page_token", equalTo("aDU2dz09+bW9yZQ/=="))
                .willReturn(okJson(fixture("order-search-page-2.json"))));

        List<TikTokOrder> orders = client.orders().searchAll(US, OrderSearchFilter.updatedBetween(1764150000L,
                1764153600L));

        assertThat(orders).extracting(TikTokOrder::id)
                .containsExactly("576469000000000001", "576469000000000002", "576469000000000003");
        wireMock.verify(2, postRequestedFor(urlPathEqualTo("/order/202309/orders/search"))
                .withQueryParam("shop_cipher", equalTo("ROW_fake_cipher_US"))
                .withQueryParam("page_size", equalTo("100"))
                .withHeader("x-tts-access-token", equalTo("ROW_valid-access"))
                .withRequestBody(equalToJson("{\"update_time_ge\":1764150000,\"update_time_lt\":1764153600}")));
    }

    @Test
    void orderDetailsAreReadOneLinePerUnitWithExactAmounts() {
        wireMock.stubFor(get(urlPathEqualTo("/order/202309/orders")).willReturn(okJson(fixture("order-detail.json"))));

        TikTokOrder order = client.orders().details(US, List.of("576469123456789012")).get(0);

        assertThat(order.lineItems()).hasSize(4);
        assertThat(order.lineItems()).filteredOn(line -> line.skuId().equals("1729582718312380001")).hasSize(3);
        assertThat(order.lineItems()).filteredOn(line -> Boolean.TRUE.equals(line.isGift()))
                .extracting(OrderLineItem::sellerSku).containsExactly("TOTE-NAT");
        assertThat(order.payment().totalAmount()).isEqualByComparingTo("60.07");
        assertThat(order.payment().subTotal()).isEqualByComparingTo(order.payment().originalTotalProductPrice()
                .subtract(order.payment().sellerDiscount()).subtract(order.payment().platformDiscount()));
        assertThat(order.lineItems().get(0).itemTax().get(0).taxAmount()).isEqualTo(new BigDecimal("1.36"));
        assertThat(order.packages()).hasSize(2);
        assertThat(order.recipientAddress().districtInfo()).hasSize(2);
    }

    @Test
    void detailsForMoreThanFiftyOrdersGoInBatchesOfFifty() {
        wireMock.stubFor(get(urlPathEqualTo("/order/202309/orders")).willReturn(okJson(success("{\"orders\":[]}"))));
        List<String> ids = IntStream.range(0, 120).mapToObj(i -> String.valueOf(576469000000000000L + i)).toList();

        client.orders().details(US, ids);

        List<String> idParams = wireMock.findAll(getRequestedFor(urlPathEqualTo("/order/202309/orders"))).stream()
                .map(request -> request.queryParameter("ids").firstValue()).toList();
        assertThat(idParams).hasSize(3);
        assertThat(idParams).extracting(param -> param.split(",").length).containsExactly(50, 50, 20);
        assertThat(idParams.get(0)).startsWith("576469000000000000,576469000000000001,");
    }

    @Test
    void theNetSuiteSalesOrderIsWrittenAndReadAsAnExternalReference() {
        wireMock.stubFor(post(urlPathEqualTo("/order/202309/orders/external_orders")).willReturn(okJson(success("{}"))));
        wireMock.stubFor(get(urlPathEqualTo("/order/202309/orders/576469123456789012/external_orders"))
                .willReturn(okJson(success("{\"external_orders\":[{\"id\":\"SO-10442\",\"platform\":\"NETSUITE\","
                        + "\"line_items\":[{\"id\":\"577087123400000001\",\"origin_id\":\"1\"}]}]}"))));

        client.orders().addExternalReference(US, "576469123456789012", new ExternalOrder("SO-10442", "NETSUITE",
                List.of(new ExternalOrder.ExternalLineItem("577087123400000001", "1"))));
        List<ExternalOrder> references = client.orders().externalReferences(US, "576469123456789012", "NETSUITE");

        wireMock.verify(postRequestedFor(urlPathEqualTo("/order/202309/orders/external_orders"))
                .withRequestBody(matchingJsonPath("$.orders[0].id", equalTo("576469123456789012")))
                .withRequestBody(matchingJsonPath("$.orders[0].external_order.platform", equalTo("NETSUITE")))
                .withRequestBody(matchingJsonPath("$.orders[0].external_order.line_items[0].origin_id", equalTo("1"))));
        assertThat(references).extracting(ExternalOrder::id).containsExactly("SO-10442");
    }

    @Test
    void cancellationsAndReturnsNameTheirUnitLines() {
        wireMock.stubFor(post(urlPathEqualTo("/return_refund/202309/cancellations/search"))
                .willReturn(okJson(success("{\"cancellations\":[{\"cancel_id\":\"4035318504086491\",\"order_id\":"
                        + "\"576469123456789012\",\"cancel_status\":\"CANCELLATION_REQUEST_COMPLETE\",\"role\":\"BUYER\","
                        + "\"cancel_line_items\":[{\"order_line_item_id\":\"577087123400000003\",\"sku_id\":"
                        + "\"1729582718312380001\",\"seller_sku\":\"TEE-RED-M\"}]}],\"next_page_token\":\"\"}"))));
        wireMock.stubFor(post(urlPathEqualTo("/return_refund/202309/returns/search"))
                .willReturn(okJson(success("{\"return_orders\":[{\"return_id\":\"4035318504086999\",\"order_id\":"
                        + "\"576469123456789012\",\"return_type\":\"RETURN_AND_REFUND\",\"return_status\":"
                        + "\"RETURN_OR_REFUND_REQUEST_COMPLETE\",\"return_line_items\":[{\"order_line_item_id\":"
                        + "\"577087123400000001\"}]}]}"))));

        var cancellation = client.orders().cancellations(US, List.of("576469123456789012")).get(0);
        var returned = client.orders().returns(US, List.of("576469123456789012")).get(0);

        assertThat(cancellation.cancelLineItems()).extracting("orderLineItemId").containsExactly("577087123400000003");
        assertThat(returned.returnLineItems()).extracting("orderLineItemId").containsExactly("577087123400000001");
        wireMock.verify(postRequestedFor(urlPathEqualTo("/return_refund/202309/returns/search"))
                .withRequestBody(equalToJson("{\"order_ids\":[\"576469123456789012\"]}")));
    }

    @Test
    void aReturnReadsItsRefundAsMoneyAndAnUnknownStatusDoesNotFailThePage() {
        wireMock.stubFor(post(urlPathEqualTo("/return_refund/202309/returns/search"))
                .willReturn(okJson(success("{\"return_orders\":[{\"return_id\":\"4035318504087001\",\"order_id\":"
                        + "\"576469123456789012\",\"return_type\":\"REFUND\",\"return_status\":"
                        + "\"RETURN_OR_REFUND__REQUEST_CANCELLED\",\"refund_amount\":{\"currency\":\"GBP\","
                        + "\"refund_subtotal\":\"19.99\",\"refund_shipping_fee\":\"0.00\",\"refund_tax\":\"4.00\","
                        + "\"refund_total\":\"23.99\"},\"return_tracking_number\":\"RT123\","
                        + "\"return_provider_name\":\"Royal Mail\",\"partial_refund\":{\"currency\":\"GBP\",\"amount\":\"10.00\"},"
                        + "\"return_line_items\":[{\"return_line_item_id\":\"r1\",\"order_line_item_id\":\"l1\","
                        + "\"refund_amount\":{\"currency\":\"GBP\",\"refund_total\":\"23.99\"}}]}],"
                        + "\"next_page_token\":\"\"}"))));

        var returned = client.orders().searchReturns(US, ReturnSearchFilter.updatedBetween(1_700_000_000L,
                1_700_003_600L)).get(0);

        assertThat(returned.returnStatus()).isEqualTo(ReturnStatus.UNKNOWN);
        assertThat(returned.refundAmount().refundTotal()).isEqualByComparingTo("23.99");
        assertThat(returned.refundAmount().currency()).isEqualTo("GBP");
        assertThat(returned.returnLineItems().get(0).refundAmount().refundTotal()).isEqualTo(new BigDecimal("23.99"));
        assertThat(returned.returnTrackingNumber()).isEqualTo("RT123");
        assertThat(returned.partiallyRefunded()).isTrue();
        assertThat(returned.partialRefund().amount()).isEqualTo(new BigDecimal("10.00"));
        wireMock.verify(postRequestedFor(urlPathEqualTo("/return_refund/202309/returns/search"))
                .withRequestBody(equalToJson("{\"update_time_ge\":1700000000,\"update_time_lt\":1700003600}")));
    }

    @Test
    void aReturnsRecordsAreReadFromItsPath() {
        wireMock.stubFor(get(urlPathEqualTo("/return_refund/202309/returns/4035318504087001/records"))
                .willReturn(okJson(success("{\"records\":[{\"event\":\"BUYER_SHIPPED_ITEM\",\"role\":\"BUYER\","
                        + "\"description\":\"Buyer shipped\",\"create_time\":1700000100,\"images\":[]}]}"))));

        var history = client.orders().returnRecords(US, "4035318504087001");

        assertThat(history).singleElement().satisfies(event -> {
            assertThat(event.event()).isEqualTo("BUYER_SHIPPED_ITEM");
            assertThat(event.role()).isEqualTo("BUYER");
            assertThat(event.createTime()).isEqualTo(1_700_000_100L);
        });
    }

    @Test
    void authorizedShopsAreAskedForWithoutACipherAndGiveOne() {
        wireMock.stubFor(get(urlPathEqualTo("/authorization/202309/shops")).willReturn(aResponse().withStatus(200)
                .withBody(success("{\"shops\":[{\"id\":\"7495540735365777507\",\"name\":\"Acme US\",\"region\":\"US\","
                        + "\"seller_type\":\"LOCAL\",\"cipher\":\"ROW_real_cipher\",\"code\":\"USLCABCD\"}]}"))));

        var shops = client.shops().authorizedShops(US);

        assertThat(shops).extracting("cipher").containsExactly("ROW_real_cipher");
        wireMock.verify(getRequestedFor(urlPathEqualTo("/authorization/202309/shops"))
                .withQueryParam("shop_cipher", absent()));
    }
}
