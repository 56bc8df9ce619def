package io.suitetok.netsuite.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soap;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soapRequested;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.netsuite.webservices.platform.common_2025_2.ItemSearchBasic;
import com.netsuite.webservices.platform.core_2025_2.SearchDateField;
import com.netsuite.webservices.platform.core_2025_2.types.SearchDateFieldOperator;
import com.netsuite.webservices.platform.messages_2025_2.SearchPreferences;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItem;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItemList;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.netsuite.auth.TokenPassportSigner;
import io.suitetok.netsuite.wire.RecordRefs;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The XML the client puts on the wire: namespaces, the TBA header, endpoint, list requests. */
class SuiteTalkRequestWireTest {

    @RegisterExtension
    static WireMockExtension netsuite = WireMockSuiteTalk.echoingServer();

    private final SuiteTalkClient client = WireMockSuiteTalk.client(netsuite, new SimpleMeterRegistry());

    @Test
    void upsertListPutsRecordsUnderTheMessagesNamespaceWithTheirRecordTypes() {
        netsuite.stubFor(soap("upsertList").willReturn(aResponse().withTransformers(EchoWriteResponses.NAME)));

        client.upsertList(List.of(salesOrder("TTS-7495021-576461413038785752", "12.50"),
                salesOrder("TTS-7495021-576461413038785753", "8.00")));

        SoapXml request = onlyRequest("upsertList");
        assertThat(request.count("/soap:Envelope/soap:Body/platformMsgs:upsertList/platformMsgs:record")).isEqualTo(2);
        String first = "/soap:Envelope/soap:Body/platformMsgs:upsertList/platformMsgs:record[1]";
        assertThat(request.text(first + "/@externalId")).isEqualTo("TTS-7495021-576461413038785752");
        assertThat(request.xsiTypeLocalName(first)).isEqualTo("SalesOrder");
        assertThat(request.xsiTypeNamespace(first)).isEqualTo("urn:sales_2025_2.transactions.webservices.netsuite.com");
        assertThat(request.text(first + "/tranSales:entity/@internalId")).isEqualTo("4471");
        assertThat(request.text(first + "/tranSales:itemList/tranSales:item/tranSales:item/@internalId"))
                .isEqualTo("5120");
    }

    @Test
    void everyRequestCarriesAFreshSignedTokenPassportInTheMessagesNamespace() {
        netsuite.stubFor(soap("getServerTime").willReturn(xml("getServerTime.xml")));

        client.getServerTime();
        client.getServerTime();

        List<LoggedRequest> requests = netsuite.findAll(soapRequested("getServerTime"));
        assertThat(requests).hasSize(2);
        SoapXml first = SoapXml.parse(requests.get(0).getBodyAsString());
        SoapXml second = SoapXml.parse(requests.get(1).getBodyAsString());
        String passport = "/soap:Envelope/soap:Header/platformMsgs:tokenPassport";
        assertThat(first.text(passport + "/platformCore:account")).isEqualTo("1234567_SB1");
        assertThat(first.text(passport + "/platformCore:consumerKey"))
                .isEqualTo(WireMockSuiteTalk.CREDENTIALS.consumerKey());
        assertThat(first.text(passport + "/platformCore:token")).isEqualTo(WireMockSuiteTalk.CREDENTIALS.tokenId());
        assertThat(first.text(passport + "/platformCore:signature/@algorithm")).isEqualTo("HMAC-SHA256");
        assertThat(first.text(passport + "/platformCore:nonce"))
                .isNotEqualTo(second.text(passport + "/platformCore:nonce"));
        String expected = TokenPassportSigner.sign("1234567_SB1", WireMockSuiteTalk.CREDENTIALS.consumerKey(),
                WireMockSuiteTalk.CREDENTIALS.tokenId(), first.text(passport + "/platformCore:nonce"),
                Long.parseLong(first.text(passport + "/platformCore:timestamp")),
                WireMockSuiteTalk.CREDENTIALS.consumerSecret(), WireMockSuiteTalk.CREDENTIALS.tokenSecret());
        assertThat(first.text(passport + "/platformCore:signature")).isEqualTo(expected);
    }

    @Test
    void requestsGoToTheConfiguredEndpointAndNeverToTheWsdlAddress() {
        netsuite.stubFor(soap("getServerTime").willReturn(xml("getServerTime.xml")));

        OffsetDateTime serverTime = client.getServerTime();

        assertThat(serverTime).isEqualTo(OffsetDateTime.parse("2026-11-26T06:47:18.342-08:00"));
        assertThat(client.endpoint().toString()).startsWith(netsuite.baseUrl())
                .doesNotContain("webservices.netsuite.com");
        netsuite.verify(1, soapRequested("getServerTime"));
    }

    @Test
    void requestsAreStreamedSoTheHttpStackCanNeverReplayAnAddOnItsOwn() {
        netsuite.stubFor(soap("getServerTime").willReturn(xml("getServerTime.xml")));

        client.getServerTime();

        LoggedRequest request = netsuite.findAll(soapRequested("getServerTime")).get(0);
        assertThat(request.getHeader("Transfer-Encoding")).isEqualToIgnoringCase("chunked");
        assertThat(request.containsHeader("Content-Length")).isFalse();
    }

    @Test
    void rateTravelsAsTextAndAmountsInPlainNotation() {
        netsuite.stubFor(soap("upsertList").willReturn(aResponse().withTransformers(EchoWriteResponses.NAME)));
        SalesOrder order = salesOrder("TTS-7495021-1", "12.50");
        order.setShippingCost(new BigDecimal("1E+7"));

        client.upsertList(List.of(order));

        SoapXml request = onlyRequest("upsertList");
        String record = "/soap:Envelope/soap:Body/platformMsgs:upsertList/platformMsgs:record[1]";
        assertThat(request.text(record + "/tranSales:itemList/tranSales:item/tranSales:rate")).isEqualTo("12.50");
        assertThat(request.text(record + "/tranSales:shippingCost")).isEqualTo("10000000");
    }

    @Test
    void searchSendsSearchPreferencesAndTheBasicSearchType() {
        netsuite.stubFor(soap("search").willReturn(xml("search-items-page1.xml")));
        ItemSearchBasic criteria = new ItemSearchBasic();
        SearchDateField modified = new SearchDateField();
        modified.setOperator(SearchDateFieldOperator.ON_OR_AFTER);
        modified.setSearchValue(OffsetDateTime.parse("2026-11-25T00:00:00Z"));
        criteria.setLastModifiedDate(modified);
        SearchPreferences preferences = new SearchPreferences();
        preferences.setBodyFieldsOnly(false);

        client.search(criteria, preferences);

        SoapXml request = onlyRequest("search");
        assertThat(request.text("/soap:Envelope/soap:Header/platformMsgs:searchPreferences/platformMsgs:bodyFieldsOnly"))
                .isEqualTo("false");
        assertThat(request.text("/soap:Envelope/soap:Header/platformMsgs:searchPreferences/platformMsgs:pageSize"))
                .isEqualTo("200");
        String searchRecord = "/soap:Envelope/soap:Body/platformMsgs:search/platformMsgs:searchRecord";
        assertThat(request.xsiTypeLocalName(searchRecord)).isEqualTo("ItemSearchBasic");
        assertThat(request.xsiTypeNamespace(searchRecord)).isEqualTo("urn:common_2025_2.platform.webservices.netsuite.com");
        assertThat(request.text(searchRecord + "/platformCommon:lastModifiedDate/@operator")).isEqualTo("onOrAfter");
    }

    private SoapXml onlyRequest(String operation) {
        List<LoggedRequest> requests = netsuite.findAll(soapRequested(operation));
        assertThat(requests).hasSize(1);
        return SoapXml.parse(requests.get(0).getBodyAsString());
    }

    static SalesOrder salesOrder(String externalId, String rate) {
        SalesOrder order = new SalesOrder();
        order.setExternalId(externalId);
        order.setEntity(RecordRefs.internal("4471"));
        SalesOrderItem line = new SalesOrderItem();
        line.setItem(RecordRefs.internal("5120"));
        line.setQuantity(BigDecimal.ONE);
        line.setRate(rate);
        SalesOrderItemList lines = new SalesOrderItemList();
        lines.getItem().add(line);
        order.setItemList(lines);
        return order;
    }
}
