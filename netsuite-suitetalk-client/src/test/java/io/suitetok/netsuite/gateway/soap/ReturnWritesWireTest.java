package io.suitetok.netsuite.gateway.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soap;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soapRequested;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.CreditMemoDraft;
import io.suitetok.netsuite.gateway.ReturnedItem;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.soap.WireMockSuiteTalk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The returns writes against NetSuite-shaped answers: what the simulator cannot stage. */
class ReturnWritesWireTest {

    @RegisterExtension
    static WireMockExtension netsuite = WireMockSuiteTalk.server();

    private final SoapNetSuiteGateway gateway = new SoapNetSuiteGateway(
            WireMockSuiteTalk.client(netsuite, new SimpleMeterRegistry()));

    @Test
    void anAddRefusedAsDuplicateIsTheRecordAnEarlierAddMadeAndIsAnsweredWritten() {
        // Not there when looked up; meanwhile an earlier add whose answer was lost lands; the add is refused.
        netsuite.stubFor(soap("getList").inScenario("race").whenScenarioStateIs(STARTED)
                .willReturn(xml("getList-creditMemo-missing.xml")).willSetStateTo("looked up"));
        netsuite.stubFor(soap("addList").inScenario("race").whenScenarioStateIs("looked up")
                .willReturn(xml("addList-creditMemo-duplicate.xml")).willSetStateTo("refused"));
        netsuite.stubFor(soap("getList").inScenario("race").whenScenarioStateIs("refused")
                .willReturn(xml("getList-creditMemo-found.xml")));

        List<WriteOutcome> outcomes = gateway.addCreditMemos(List.of(standaloneMemo()));

        assertThat(outcomes).singleElement().isEqualTo(
                new WriteOutcome.Written("TTS-CM-7495021-R9", new NetSuiteInternalId("88123"), null));
        netsuite.verify(1, soapRequested("addList")
                .withRequestBody(containing("TTS-CM-7495021-R9"))
                .withRequestBody(containing(">3.99</"))
                .withRequestBody(containing(">19.99</")));
        netsuite.verify(2, soapRequested("getList"));
    }

    @Test
    void aCreditMemoNetSuiteAlreadyHoldsIsNotAddedAgain() {
        netsuite.stubFor(soap("getList").willReturn(xml("getList-creditMemo-found.xml")));

        List<WriteOutcome> outcomes = gateway.addCreditMemos(List.of(standaloneMemo()));

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(WriteOutcome.Written.class,
                written -> assertThat(written.internalId()).isEqualTo(new NetSuiteInternalId("88123")));
        netsuite.verify(0, soapRequested("addList"));
    }

    private static CreditMemoDraft standaloneMemo() {
        return new CreditMemoDraft("TTS-CM-7495021-R9", null, new NetSuiteInternalId("4471"),
                new NetSuiteInternalId("3"), new NetSuiteInternalId("1"), null, LocalDate.of(2026, 12, 3), "R9", null,
                List.of(new ReturnedItem(new NetSuiteInternalId("5120"), BigDecimal.ONE, new BigDecimal("19.99"), null)),
                new BigDecimal("3.99"), Map.of());
    }
}
