package io.suitetok.netsuite.soap;

import io.suitetok.netsuite.wire.RecordRefs;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.fault;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soap;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soapRequested;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.gateway.WriteOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each NetSuite fault shape, and what the client does with it. */
class SuiteTalkFaultWireTest {

    @RegisterExtension
    static WireMockExtension netsuite = WireMockSuiteTalk.server();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SuiteTalkClient client = WireMockSuiteTalk.client(netsuite, meters);

    @Test
    void requestBlockedIsRetriedLowersTheLimitAndNeverReachesTheCaller() {
        failOnceThenAnswer(fault("fault-request-blocked.xml"));

        assertThat(client.getServerTime()).isNotNull();

        netsuite.verify(2, soapRequested("getServerTime"));
        assertThat(client.concurrency().limit()).isLessThan(client.concurrency().share());
        assertThat(meters.get("netsuite.suitetalk.permits.limit").gauge().value()).isLessThan(4.0);
        assertThat(meters.get("netsuite.suitetalk.permits.in-use").gauge().value()).isZero();
        assertThat(meters.counter("netsuite.suitetalk.faults", "operation", "getServerTime",
                "code", "WS_REQUEST_BLOCKED", "class", "THROTTLED").count()).isEqualTo(1.0);
    }

    @Test
    void concurrentSessionFaultIsRetried() {
        failOnceThenAnswer(fault("fault-concurrent-session.xml"));

        assertThat(client.getServerTime()).isNotNull();

        netsuite.verify(2, soapRequested("getServerTime"));
    }

    @Test
    void transientUnexpectedErrorIsRetried() {
        failOnceThenAnswer(fault("fault-unexpected-transient.xml"));

        assertThat(client.getServerTime()).isNotNull();

        netsuite.verify(2, soapRequested("getServerTime"));
    }

    @Test
    void serviceUnavailableWithoutASoapBodyIsRetried() {
        failOnceThenAnswer(aResponse().withStatus(503).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>503 Service Unavailable</h1></body></html>"));

        assertThat(client.getServerTime()).isNotNull();

        netsuite.verify(2, soapRequested("getServerTime"));
    }

    @Test
    void invalidLoginIsNotRetried() {
        netsuite.stubFor(soap("getServerTime").willReturn(fault("fault-invalid-login.xml")));

        assertThatThrownBy(() -> client.getServerTime())
                .isInstanceOfSatisfying(SuiteTalkException.class, e -> {
                    assertThat(e.fault().code()).isEqualTo("INVALID_LOGIN_ATTEMPT");
                    assertThat(e.fault().message()).isEqualTo("Invalid login attempt.");
                    assertThat(e.fault().faultClass()).isEqualTo(FaultClass.AUTHENTICATION);
                    assertThat(e.attempts()).isEqualTo(1);
                });
        netsuite.verify(1, soapRequested("getServerTime"));
    }

    @Test
    void missingPermissionIsNotRetried() {
        netsuite.stubFor(soap("getServerTime").willReturn(fault("fault-insufficient-permission.xml")));

        assertThatThrownBy(() -> client.getServerTime())
                .isInstanceOfSatisfying(SuiteTalkException.class,
                        e -> assertThat(e.fault().code()).isEqualTo("INSUFFICIENT_PERMISSION"));
        netsuite.verify(1, soapRequested("getServerTime"));
    }

    @Test
    void invalidSessionIsNotRetried() {
        netsuite.stubFor(soap("getServerTime").willReturn(fault("fault-invalid-session.xml")));

        assertThatThrownBy(() -> client.getServerTime())
                .isInstanceOfSatisfying(SuiteTalkException.class,
                        e -> assertThat(e.fault().code()).isEqualTo("INVALID_SESSION"));
        netsuite.verify(1, soapRequested("getServerTime"));
    }

    @Test
    void unexpectedErrorAboutTheDataIsNotRetried() {
        netsuite.stubFor(soap("getServerTime").willReturn(fault("fault-unexpected-permanent.xml")));

        assertThatThrownBy(() -> client.getServerTime()).isInstanceOf(SuiteTalkException.class);
        netsuite.verify(1, soapRequested("getServerTime"));
    }

    @Test
    void retriesStopAtTheConfiguredAttempts() {
        netsuite.stubFor(soap("getServerTime").willReturn(fault("fault-request-blocked.xml")));

        assertThatThrownBy(() -> client.getServerTime())
                .isInstanceOfSatisfying(SuiteTalkException.class, e -> {
                    assertThat(e.fault().code()).isEqualTo("WS_REQUEST_BLOCKED");
                    assertThat(e.attempts()).isEqualTo(4);
                });
        netsuite.verify(4, soapRequested("getServerTime"));
    }

    @Test
    void aLoginFaultOnAListWriteLeavesTheRecordsWaitingInsteadOfRejectingThemForGood() {
        netsuite.stubFor(soap("upsertList").willReturn(fault("fault-invalid-login.xml")));

        List<WriteOutcome> outcomes = client.upsertList(List.of(
                SuiteTalkRequestWireTest.salesOrder("TTS-7495021-2001", "5.00"),
                SuiteTalkRequestWireTest.salesOrder("TTS-7495021-2002", "5.00")));

        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome).isInstanceOf(WriteOutcome.Rejected.class);
            assertThat(((WriteOutcome.Rejected) outcome).code()).isEqualTo("INVALID_LOGIN_ATTEMPT");
            assertThat(((WriteOutcome.Rejected) outcome).faultClass()).isEqualTo(FaultClass.AUTHENTICATION);
            // Not "permanently rejected": the orders wait for the credentials to be fixed, unparked.
            assertThat(((WriteOutcome.Rejected) outcome).retryable()).isTrue();
        });
        netsuite.verify(1, soapRequested("upsertList"));
        assertThat(outcomes.get(1).externalId()).contains("TTS-7495021-2002");
    }

    @Test
    void tooManyRowsForItemAvailabilityHalvesTheItemList() {
        netsuite.stubFor(soap("getItemAvailability").inScenario("rows").whenScenarioStateIs(STARTED)
                .willReturn(fault("fault-record-count.xml")).willSetStateTo("halved"));
        netsuite.stubFor(soap("getItemAvailability").inScenario("rows").whenScenarioStateIs("halved")
                .willReturn(xml("getItemAvailability.xml")));

        var rows = client.getItemAvailability(List.of(
                RecordRefs.internal("5120"), RecordRefs.internal("5121")), null);

        assertThat(rows).hasSize(2);
        var requests = netsuite.findAll(soapRequested("getItemAvailability"));
        assertThat(requests).hasSize(3);
        assertThat(SoapXml.parse(requests.get(1).getBodyAsString())
                .count("//platformCore:item/platformCore:recordRef")).isEqualTo(1);
    }

    private void failOnceThenAnswer(ResponseDefinitionBuilder failure) {
        netsuite.stubFor(soap("getServerTime").inScenario("once").whenScenarioStateIs(STARTED)
                .willReturn(failure).willSetStateTo("answered"));
        netsuite.stubFor(soap("getServerTime").inScenario("once").whenScenarioStateIs("answered")
                .willReturn(xml("getServerTime.xml")));
    }
}
