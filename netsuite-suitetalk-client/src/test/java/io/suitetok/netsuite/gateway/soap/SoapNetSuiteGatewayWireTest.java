package io.suitetok.netsuite.gateway.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soap;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soapRequested;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.netsuite.webservices.platform.core_2025_2.GetDeletedFilter;
import com.netsuite.webservices.platform.core_2025_2.InitializeRecord;
import com.netsuite.webservices.platform.core_2025_2.InitializeRef;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeRefType;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeType;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillment;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.netsuite.gateway.FulfilmentSnapshot;
import io.suitetok.netsuite.gateway.ItemAvailabilityRow;
import io.suitetok.netsuite.gateway.ItemPrice;
import io.suitetok.netsuite.gateway.ItemSnapshot;
import io.suitetok.netsuite.gateway.Page;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import io.suitetok.netsuite.gateway.SalesOrderLine;
import io.suitetok.netsuite.gateway.ShippingAddress;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.soap.EchoWriteResponses;
import io.suitetok.netsuite.soap.SoapXml;
import io.suitetok.netsuite.soap.SuiteTalkClient;
import io.suitetok.netsuite.soap.WireMockSuiteTalk;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The gateway's hub-level operations against NetSuite-shaped answers. */
class SoapNetSuiteGatewayWireTest {

    @RegisterExtension
    static WireMockExtension netsuite = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(new EchoWriteResponses()))
            .build();

    private SuiteTalkClient client;
    private SoapNetSuiteGateway gateway;

    @BeforeEach
    void gateway() {
        client = SuiteTalkClient.create(WireMockSuiteTalk.config(netsuite.baseUrl()), new SimpleMeterRegistry());
        gateway = new SoapNetSuiteGateway(client);
    }

    @Test
    void salesOrdersAreUpsertedByExternalIdAndComeBackWithTheirSoNumbers() {
        netsuite.stubFor(soap("upsertList").willReturn(aResponse().withTransformers(EchoWriteResponses.NAME)));
        netsuite.stubFor(soap("getList").willReturn(aResponse().withTransformers(EchoWriteResponses.NAME)));
        SalesOrderDraft draft = new SalesOrderDraft("TTS-7495021-576461413038785752", new NetSuiteInternalId("4471"),
                new NetSuiteInternalId("3"), new NetSuiteInternalId("1"), new NetSuiteInternalId("2"), null, null,
                LocalDate.of(2026, 11, 26), "576461413038785752", "TikTok order", null, new BigDecimal("3.99"),
                new ShippingAddress("Dana Reyes", "+1 775 555 0142", "1200 Kietzke Ln", "Apt 4", "Reno", "NV",
                        "89502", "US"),
                List.of(SalesOrderLine.of(new NetSuiteInternalId("5120"), new BigDecimal("2"), new BigDecimal("21.50"))),
                Map.of("custbody_tts_order_id", "576461413038785752"));

        List<WriteOutcome> outcomes = gateway.upsertSalesOrders(List.of(draft));

        WriteOutcome.Written written = (WriteOutcome.Written) outcomes.get(0);
        assertThat(written.tranId()).contains("SO" + written.internalId().value());
        SoapXml request = SoapXml.parse(netsuite.findAll(soapRequested("upsertList")).get(0).getBodyAsString());
        String order = "//platformMsgs:upsertList/platformMsgs:record";
        assertThat(request.text(order + "/@externalId")).isEqualTo("TTS-7495021-576461413038785752");
        assertThat(request.text(order + "/tranSales:tranDate")).isEqualTo("2026-11-26T12:00:00Z");
        assertThat(request.text(order + "/tranSales:otherRefNum")).isEqualTo("576461413038785752");
        // NetSuite validates element order: its SalesOrder has entity before currency.
        assertThat(request.text("count(" + order + "/tranSales:currency/preceding-sibling::tranSales:entity)"))
                .isEqualTo("1");
        assertThat(request.text(order + "/tranSales:shippingAddress/platformCommon:country")).isEqualTo("_unitedStates");
        assertThat(request.text(order + "/tranSales:itemList/tranSales:item/tranSales:price/@internalId")).isEqualTo("-1");
        assertThat(request.text(order + "/tranSales:itemList/tranSales:item/tranSales:rate")).isEqualTo("21.50");
        assertThat(request.text(order + "/tranSales:customFieldList/platformCore:customField/@scriptId"))
                .isEqualTo("custbody_tts_order_id");
    }

    @Test
    void itemsModifiedSinceReadPricesMatrixOptionsAndPageOn() {
        netsuite.stubFor(soap("search").willReturn(xml("search-items-page1.xml")));
        netsuite.stubFor(soap("searchMoreWithId").willReturn(xml("searchMoreWithId-items-page2.xml")));

        Page<ItemSnapshot> first = gateway.itemsModifiedSince(Instant.parse("2026-11-25T00:00:00Z"));
        Page<ItemSnapshot> second = gateway.moreItems(first.next().orElseThrow());

        assertThat(first.items()).hasSize(2);
        ItemSnapshot child = first.items().get(1);
        assertThat(child.sku()).isEqualTo(new SellerSku("TEE-BLK-M"));
        assertThat(child.parent()).isEqualTo(new NetSuiteInternalId("5100"));
        assertThat(child.matrixRole()).isEqualTo(ItemSnapshot.MatrixRole.CHILD);
        assertThat(child.matrixOptions()).containsEntry("custitem_color", "Black").containsEntry("custitem_size", "M");
        assertThat(child.prices()).containsExactly(
                new ItemPrice(new NetSuiteInternalId("1"), new NetSuiteInternalId("1"), new BigDecimal("24.99")),
                new ItemPrice(new NetSuiteInternalId("7"), new NetSuiteInternalId("1"), new BigDecimal("21.5")));
        assertThat(first.items().get(0).matrixRole()).isEqualTo(ItemSnapshot.MatrixRole.PARENT);
        assertThat(second.items()).singleElement().satisfies(item -> assertThat(item.inactive()).isTrue());
        assertThat(second.next()).isEmpty();
        SoapXml more = SoapXml.parse(netsuite.findAll(soapRequested("searchMoreWithId")).get(0).getBodyAsString());
        assertThat(more.text("//platformMsgs:searchMoreWithId/platformMsgs:searchId"))
                .isEqualTo("WEBSERVICES_1234567_SB1_112620261450221407164_8f2a");
        assertThat(more.text("//platformMsgs:searchMoreWithId/platformMsgs:pageIndex")).isEqualTo("2");
    }

    @Test
    void fulfilmentsCarryTheirOrderPackagesAndTrackingNumbers() {
        netsuite.stubFor(soap("search").willReturn(xml("search-fulfilments.xml")));

        Page<FulfilmentSnapshot> page = gateway.fulfilmentsModifiedSince(Instant.parse("2026-11-26T00:00:00Z"));

        FulfilmentSnapshot fulfilment = page.items().get(0);
        assertThat(fulfilment.salesOrder()).isEqualTo(new NetSuiteInternalId("88214"));
        assertThat(fulfilment.shipStatus()).isEqualTo("shipped");
        assertThat(fulfilment.shipMethod()).isEqualTo("USPS Ground Advantage");
        assertThat(fulfilment.shipMethodId()).isEqualTo(new NetSuiteInternalId("14"));
        assertThat(fulfilment.packages()).singleElement()
                .satisfies(p -> assertThat(p.trackingNumber()).isEqualTo("9400111899223344556677"));
        assertThat(fulfilment.lines()).singleElement().satisfies(line -> {
            assertThat(line.orderLine()).isEqualTo(1);
            assertThat(line.quantity()).isEqualByComparingTo("2");
        });
        SoapXml request = SoapXml.parse(netsuite.findAll(soapRequested("search")).get(0).getBodyAsString());
        assertThat(request.text("//platformMsgs:searchRecord/platformCommon:type/platformCore:searchValue"))
                .isEqualTo("_itemFulfillment");
    }

    @Test
    void itemAvailabilityRowsAreDecimalsPerItemAndLocation() {
        netsuite.stubFor(soap("getItemAvailability").willReturn(xml("getItemAvailability.xml")));

        List<ItemAvailabilityRow> rows = gateway.itemAvailability(List.of(new NetSuiteInternalId("5120")),
                Instant.parse("2026-11-26T12:00:00Z"));

        assertThat(rows).containsExactly(new ItemAvailabilityRow(new NetSuiteInternalId("5120"),
                new NetSuiteInternalId("2"), new BigDecimal("140.0"), new BigDecimal("128.0"), new BigDecimal("12.0"),
                new BigDecimal("60.0"), new BigDecimal("0.0"), Instant.parse("2026-11-26T13:12:44Z")));
        SoapXml request = SoapXml.parse(netsuite.findAll(soapRequested("getItemAvailability")).get(0)
                .getBodyAsString());
        assertThat(request.text("//platformMsgs:itemAvailabilityFilter/platformCore:lastQtyAvailableChange"))
                .isEqualTo("2026-11-26T12:00:00Z");
    }

    @Test
    void initializeReturnsAPrefilledFulfilmentAndGetDeletedTheDeletions() {
        netsuite.stubFor(soap("initialize").willReturn(xml("initialize-itemFulfillment.xml")));
        netsuite.stubFor(soap("getDeleted").willReturn(xml("getDeleted.xml")));
        InitializeRecord initialize = new InitializeRecord();
        initialize.setType(InitializeType.ITEM_FULFILLMENT);
        InitializeRef reference = new InitializeRef();
        reference.setType(InitializeRefType.SALES_ORDER);
        reference.setInternalId("88214");
        initialize.setReference(reference);

        ItemFulfillment prefilled = (ItemFulfillment) client.initialize(initialize);
        var deleted = client.getDeleted(new GetDeletedFilter(), 1);

        assertThat(prefilled.getCreatedFrom().getInternalId()).isEqualTo("88214");
        assertThat(prefilled.getItemList().getItem().get(0).getQuantityRemaining()).isEqualByComparingTo("3");
        assertThat(deleted.getDeletedRecordList().getDeletedRecord()).singleElement()
                .satisfies(record -> assertThat(((RecordRef) record.getRecord()).getInternalId()).isEqualTo("5122"));
    }
}
