package io.suitetok.netsuite.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soap;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soapRequested;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.wire.RecordRefs;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lists are cut to NetSuite's per-request record limits, and outcomes come back in input order. */
class ListChunkingWireTest {

    @RegisterExtension
    static WireMockExtension netsuite = WireMockSuiteTalk.echoingServer();

    private final SuiteTalkClient client = WireMockSuiteTalk.client(netsuite, new SimpleMeterRegistry());

    @BeforeEach
    void echoEveryListCall() {
        for (String operation : List.of("upsertList", "addList", "updateList", "getList")) {
            netsuite.stubFor(soap(operation).willReturn(aResponse().withTransformers(EchoWriteResponses.NAME)));
        }
    }

    @Test
    void upsertListIsCutAtOneHundred() {
        List<WriteOutcome> outcomes = client.upsertList(orders(250));

        assertThat(recordsPerRequest("upsertList", "record")).containsExactly(100, 100, 50);
        assertThat(outcomes).hasSize(250).allMatch(WriteOutcome::written);
        assertThat(outcomes.get(249).externalId()).contains("TTS-7495021-249");
    }

    @Test
    void addListIsCutAtTwoHundred() {
        List<WriteOutcome> outcomes = client.addList(orders(450));

        assertThat(recordsPerRequest("addList", "record")).containsExactly(200, 200, 50);
        assertThat(outcomes.get(0).externalId()).contains("TTS-7495021-0");
    }

    @Test
    void updateListIsCutAtOneHundred() {
        List<SalesOrder> orders = orders(101);
        orders.forEach(order -> order.setInternalId(order.getExternalId().substring(12)));

        client.updateList(orders);

        assertThat(recordsPerRequest("updateList", "record")).containsExactly(100, 1);
    }

    @Test
    void getListIsCutAtOneThousand() {
        List<RecordRef> refs = IntStream.range(0, 1500)
                .mapToObj(i -> RecordRefs.internal(RecordType.SALES_ORDER, String.valueOf(10_000 + i))).toList();

        var reads = client.getList(refs);

        assertThat(recordsPerRequest("getList", "baseRef")).containsExactly(1000, 500);
        assertThat(reads).hasSize(1500);
        assertThat(reads.get(1499).found()).isTrue();
    }

    private List<Integer> recordsPerRequest(String operation, String element) {
        return netsuite.findAll(soapRequested(operation)).stream()
                .map(request -> SoapXml.parse(request.getBodyAsString())
                        .count("/soap:Envelope/soap:Body/*[1]/platformMsgs:" + element))
                .toList();
    }

    private static List<SalesOrder> orders(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> SuiteTalkRequestWireTest.salesOrder("TTS-7495021-" + i, "10.00"))
                .toList();
    }
}
