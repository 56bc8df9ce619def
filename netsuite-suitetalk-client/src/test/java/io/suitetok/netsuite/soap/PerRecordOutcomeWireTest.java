package io.suitetok.netsuite.soap;

import io.suitetok.netsuite.wire.RecordRefs;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillment;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soap;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soapRequested;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.gateway.WriteOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Failed records come back as isSuccess="false" inside a 200 answer; each is reported on its own. */
class PerRecordOutcomeWireTest {

    @RegisterExtension
    static WireMockExtension netsuite = WireMockSuiteTalk.server();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SuiteTalkClient client = WireMockSuiteTalk.client(netsuite, meters);

    @Test
    void oneBadRecordIsReportedWithItsCodeAndNeitherFailsNorHidesTheOthers() {
        netsuite.stubFor(soap("upsertList").willReturn(xml("upsertList-mixed.xml")));

        List<WriteOutcome> outcomes = client.upsertList(List.of(
                SuiteTalkRequestWireTest.salesOrder("TTS-7495021-576461413038785752", "15.99"),
                SuiteTalkRequestWireTest.salesOrder("TTS-7495021-576461413038785753", "15.99"),
                SuiteTalkRequestWireTest.salesOrder("TTS-7495021-576461413038785754", "15.99")));

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0)).isEqualTo(
                new WriteOutcome.Written("TTS-7495021-576461413038785752", new NetSuiteInternalId("88214"), null));
        assertThat(outcomes.get(1)).isEqualTo(new WriteOutcome.Rejected("TTS-7495021-576461413038785753",
                "INVALID_KEY_OR_REF", "Invalid item reference key 9999 for subsidiary 3.", FaultClass.DO_NOT_RETRY));
        assertThat(outcomes.get(2)).isEqualTo(
                new WriteOutcome.Written("TTS-7495021-576461413038785754", new NetSuiteInternalId("88215"), null));
        netsuite.verify(1, soapRequested("upsertList"));
        assertThat(meters.counter("netsuite.suitetalk.records", "operation", "upsertList", "result", "written")
                .count()).isEqualTo(2.0);
        assertThat(meters.counter("netsuite.suitetalk.records", "operation", "upsertList", "result", "rejected")
                .count()).isEqualTo(1.0);
    }

    @Test
    void aRecordWithATransientErrorIsSentAgainAlone() {
        netsuite.stubFor(soap("upsertList").inScenario("transient").whenScenarioStateIs(STARTED)
                .willReturn(xml("upsertList-transient-second.xml")).willSetStateTo("second sent again"));
        netsuite.stubFor(soap("upsertList").inScenario("transient").whenScenarioStateIs("second sent again")
                .willReturn(xml("upsertList-second-only.xml")));

        List<WriteOutcome> outcomes = client.upsertList(List.of(
                SuiteTalkRequestWireTest.salesOrder("TTS-7495021-1001", "9.99"),
                SuiteTalkRequestWireTest.salesOrder("TTS-7495021-1002", "9.99")));

        assertThat(outcomes).allMatch(WriteOutcome::written);
        assertThat(((WriteOutcome.Written) outcomes.get(1)).internalId().value()).isEqualTo("88302");
        var requests = netsuite.findAll(soapRequested("upsertList"));
        assertThat(requests).hasSize(2);
        SoapXml retry = SoapXml.parse(requests.get(1).getBodyAsString());
        assertThat(retry.count("//platformMsgs:upsertList/platformMsgs:record")).isEqualTo(1);
        assertThat(retry.text("//platformMsgs:upsertList/platformMsgs:record/@externalId")).isEqualTo("TTS-7495021-1002");
    }

    @Test
    void aRecordChangedMeanwhileIsReadAgainThenSentAgain() {
        netsuite.stubFor(soap("update").inScenario("changed").whenScenarioStateIs(STARTED)
                .willReturn(xml("update-record-changed.xml")).willSetStateTo("re-read"));
        netsuite.stubFor(soap("getList").inScenario("changed").whenScenarioStateIs("re-read")
                .willReturn(xml("getList-salesOrder-found.xml")).willSetStateTo("sent again"));
        netsuite.stubFor(soap("update").inScenario("changed").whenScenarioStateIs("sent again")
                .willReturn(xml("update-success.xml")));
        SalesOrder order = new SalesOrder();
        order.setInternalId("88214");
        order.setMemo("address corrected by buyer");

        WriteOutcome outcome = client.update(order);

        assertThat(outcome).isEqualTo(new WriteOutcome.Written(null, new NetSuiteInternalId("88214"), null));
        netsuite.verify(2, soapRequested("update"));
        netsuite.verify(1, soapRequested("getList"));
        SoapXml reread = SoapXml.parse(netsuite.findAll(soapRequested("getList")).get(0).getBodyAsString());
        assertThat(reread.text("//platformMsgs:getList/platformMsgs:baseRef/@internalId")).isEqualTo("88214");
        assertThat(reread.text("//platformMsgs:getList/platformMsgs:baseRef/@type")).isEqualTo("salesOrder");
    }

    @Test
    void getListReturnsEachReferenceWithItsOwnOutcome() {
        netsuite.stubFor(soap("getList").willReturn(xml("getList-one-found-one-missing.xml")));

        List<ReadOutcome> reads = client.getList(List.of(
                RecordRefs.internal(RecordType.ITEM_FULFILLMENT, "91007"),
                RecordRefs.internal(RecordType.ITEM_FULFILLMENT, "91999")));

        assertThat(reads.get(0).found()).isTrue();
        assertThat(reads.get(0).record(ItemFulfillment.class))
                .hasValueSatisfying(fulfilment -> assertThat(fulfilment.getTranId()).isEqualTo("IF2201"));
        assertThat(reads.get(1).found()).isFalse();
        assertThat(reads.get(1).code()).isEqualTo("RCRD_DSNT_EXIST");
    }
}
