package io.suitetok.netsuite.gateway.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soap;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soapRequested;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.JournalEntryDraft;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.soap.WireMockSuiteTalk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a journal entry looks like on the wire: the details the simulator accepts either way. */
class SettlementWritesWireTest {

    @RegisterExtension
    static WireMockExtension netsuite = WireMockSuiteTalk.server();

    private final SoapNetSuiteGateway gateway = new SoapNetSuiteGateway(
            WireMockSuiteTalk.client(netsuite, new SimpleMeterRegistry()));

    @Test
    void anEntryReplacesItsLinesAndSendsOnlyEachLinesPostedSide() {
        netsuite.stubFor(soap("upsertList").willReturn(xml("upsertList-journalEntry.xml")));
        JournalEntryDraft entry = new JournalEntryDraft("TTS-STMT-7495021-S1", id("3"), id("1"),
                LocalDate.of(2026, 12, 3), "statement S1", List.of(
                JournalEntryDraft.Line.debit(id("610"), new BigDecimal("4.25"), "commission"),
                JournalEntryDraft.Line.credit(id("120"), new BigDecimal("4.25"), "sales")), Map.of());

        List<WriteOutcome> outcomes = gateway.upsertJournalEntries(List.of(entry));

        assertThat(outcomes).singleElement().isEqualTo(
                new WriteOutcome.Written("TTS-STMT-7495021-S1", id("91002"), null));
        netsuite.verify(1, soapRequested("upsertList")
                .withRequestBody(containing("externalId=\"TTS-STMT-7495021-S1\""))
                .withRequestBody(matching("(?s).*lineList[^>]*replaceAll=\"true\".*"))
                .withRequestBody(containing(">4.25</"))
                .withRequestBody(notContaining(">0</"))
                .withRequestBody(notContaining(">0.00</")));
    }

    private static NetSuiteInternalId id(String value) {
        return new NetSuiteInternalId(value);
    }
}
