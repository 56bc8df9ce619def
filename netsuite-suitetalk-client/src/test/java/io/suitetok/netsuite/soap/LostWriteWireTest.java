package io.suitetok.netsuite.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soap;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soapRequested;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillment;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.wire.RecordRefs;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A write whose answer is lost may have committed: adds are settled by external id, never sent blindly. */
class LostWriteWireTest {

    @RegisterExtension
    static WireMockExtension netsuite = WireMockSuiteTalk.echoingServer();

    @Test
    void droppedConnectionAfterAnAddIsSettledByLookingUpTheExternalIds() {
        SuiteTalkClient client = WireMockSuiteTalk.client(netsuite, new SimpleMeterRegistry());
        netsuite.stubFor(soap("addList").inScenario("lost").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("looked up"));
        netsuite.stubFor(soap("getList").willReturn(xml("getList-one-found-one-missing.xml")));
        netsuite.stubFor(soap("addList").inScenario("lost").whenScenarioStateIs("looked up")
                .willReturn(xml("addList-second-only.xml")));

        List<WriteOutcome> outcomes = client.addList(List.of(
                fulfilment("TTS-IF-576461413038785752-1"), fulfilment("TTS-IF-576461413038785752-2")));

        assertThat(outcomes).containsExactly(
                new WriteOutcome.Written("TTS-IF-576461413038785752-1", new NetSuiteInternalId("91007"), null),
                new WriteOutcome.Written("TTS-IF-576461413038785752-2", new NetSuiteInternalId("91008"), null));
        var lookup = SoapXml.parse(netsuite.findAll(soapRequested("getList")).get(0).getBodyAsString());
        assertThat(lookup.text("//platformMsgs:baseRef[1]/@externalId")).isEqualTo("TTS-IF-576461413038785752-1");
        assertThat(lookup.text("//platformMsgs:baseRef[1]/@type")).isEqualTo("itemFulfillment");
        var adds = netsuite.findAll(soapRequested("addList"));
        assertThat(adds).hasSize(2);
        SoapXml secondAdd = SoapXml.parse(adds.get(1).getBodyAsString());
        assertThat(secondAdd.count("//platformMsgs:addList/platformMsgs:record")).isEqualTo(1);
        assertThat(secondAdd.text("//platformMsgs:addList/platformMsgs:record/@externalId"))
                .isEqualTo("TTS-IF-576461413038785752-2");
    }

    @Test
    void anAddThatTimesOutIsLookedUpRatherThanAddedAgain() {
        SuiteTalkClient client = SuiteTalkClient.create(WireMockSuiteTalk.config(netsuite.baseUrl())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(400)), new SimpleMeterRegistry());
        netsuite.stubFor(soap("add").willReturn(aResponse().withFixedDelay(1500)
                .withTransformers(EchoWriteResponses.NAME)));
        netsuite.stubFor(soap("getList").willReturn(xml("getList-one-found-one-missing.xml")));

        WriteOutcome outcome = client.add(fulfilment("TTS-IF-576461413038785752-1"));

        assertThat(outcome).isEqualTo(
                new WriteOutcome.Written("TTS-IF-576461413038785752-1", new NetSuiteInternalId("91007"), null));
        netsuite.verify(1, soapRequested("add"));
    }

    @Test
    void anUpsertWhoseAnswerIsLostIsSimplySentAgainBecauseUpsertIsKeyedByExternalId() {
        SuiteTalkClient client = WireMockSuiteTalk.client(netsuite, new SimpleMeterRegistry());
        netsuite.stubFor(soap("upsertList").inScenario("lost").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)).willSetStateTo("sent again"));
        netsuite.stubFor(soap("upsertList").inScenario("lost").whenScenarioStateIs("sent again")
                .willReturn(aResponse().withTransformers(EchoWriteResponses.NAME)));

        List<WriteOutcome> outcomes = client.upsertList(List.of(
                SuiteTalkRequestWireTest.salesOrder("TTS-7495021-3001", "7.00")));

        assertThat(outcomes).singleElement().matches(WriteOutcome::written);
        netsuite.verify(2, soapRequested("upsertList"));
        netsuite.verify(0, soapRequested("getList"));
    }

    private static ItemFulfillment fulfilment(String externalId) {
        ItemFulfillment fulfilment = new ItemFulfillment();
        fulfilment.setExternalId(externalId);
        fulfilment.setCreatedFrom(RecordRefs.internal("88214"));
        return fulfilment;
    }
}
