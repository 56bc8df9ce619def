package io.suitetok.netsuite.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soap;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soapRequested;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.fault.FaultClassifier;
import io.suitetok.netsuite.gateway.NetSuiteError;
import io.suitetok.netsuite.gateway.WriteOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UnreadableAnswersAndRecordErrorsWireTest {

    @RegisterExtension
    static WireMockExtension netsuite = WireMockSuiteTalk.server();

    private final SuiteTalkClient client = WireMockSuiteTalk.client(netsuite, new SimpleMeterRegistry());

    @Test
    void anAnswerThatCannotBeParsedIsNotALostAnswerAndRunsNoLookUps() {
        netsuite.stubFor(soap("addList").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml; charset=utf-8")
                .withBody("<html><body>Temporarily redirected to maintenance page</body>")));

        List<WriteOutcome> outcomes = client.addList(List.of(
                SuiteTalkRequestWireTest.salesOrder("TTS-7495021-3001", "5.00")));

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo(FaultClassifier.UNREADABLE_RESPONSE);
            assertThat(rejected.faultClass()).isEqualTo(FaultClass.UNREADABLE_RESPONSE);
            assertThat(rejected.retryable()).as("waits for a later run, not parked").isTrue();
        });
        netsuite.verify(1, soapRequested("addList"));
        netsuite.verify(0, soapRequested("getList"));
    }

    @Test
    void everyErrorOfARecordRefusedForSeveralReasonsIsKept() {
        netsuite.stubFor(soap("upsertList").willReturn(xml("upsertList-two-errors.xml")));

        List<WriteOutcome> outcomes = client.upsertList(List.of(
                SuiteTalkRequestWireTest.salesOrder("TTS-7495021-576461413038785752", "5.00"),
                SuiteTalkRequestWireTest.salesOrder("TTS-7495021-576461413038785753", "5.00"),
                SuiteTalkRequestWireTest.salesOrder("TTS-7495021-576461413038785754", "5.00")));

        assertThat(outcomes.get(1)).isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("INVALID_KEY_OR_REF");
            assertThat(rejected.errors()).extracting(NetSuiteError::code)
                    .containsExactly("INVALID_KEY_OR_REF", "CLOSED_TRAN_PRD");
            assertThat(rejected.errors().get(1).message()).contains("closed period");
        });
    }
}
