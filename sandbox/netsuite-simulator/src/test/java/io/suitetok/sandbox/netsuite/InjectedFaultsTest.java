package io.suitetok.sandbox.netsuite;

import static io.suitetok.sandbox.netsuite.SimulatorTestKit.MUG;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_BLACK_M;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.line;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.salesOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.netsuite.webservices.lists.relationships_2025_2.Customer;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.soap.SuiteTalkClient;
import io.suitetok.netsuite.wire.RecordRefs;
import io.suitetok.sandbox.netsuite.faults.FaultKind;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes whose answer is lost after NetSuite committed them, and the transient failures the client
 * retries: whatever happens on the way back, each record exists exactly once.
 */
class InjectedFaultsTest extends AgainstSeededSimulator {

    private static SuiteTalkClient client;

    @BeforeAll
    static void connect() {
        client = SimulatorTestKit.client(netsuite);
    }

    /** Faults not taken and request counts would otherwise leak from one test into the next. */
    @BeforeEach
    void clearFaultsAndCounts() {
        netsuite.faults().clear();
        netsuite.requests().clear();
    }

    @Test
    void anUpsertListWhoseAnswerIsLostAfterCommitLeavesExactlyOneOrderEach() {
        netsuite.faults().inject(FaultRule.once("upsertList", FaultKind.LOSE_RESPONSE_AFTER_COMMIT));

        List<WriteOutcome> outcomes = client.upsertList(List.of(
                salesOrder("TTS-7495021-576461413038785752", line(TEE_BLACK_M, "1", "21.50")),
                salesOrder("TTS-7495021-576461413038785753", line(MUG, "2", "14.00"))));

        assertThat(outcomes).allMatch(WriteOutcome::written);
        List<SalesOrder> orders = netsuite.account().records(SalesOrder.class);
        assertThat(orders).extracting(SalesOrder::getExternalId).containsExactly(
                "TTS-7495021-576461413038785752", "TTS-7495021-576461413038785753");
        assertThat(netsuite.requests().of("upsertList")).isEqualTo(2);
        assertThat(netsuite.account().stock(MUG, SimulatorTestKit.RENO).orElseThrow().committed())
                .isEqualByComparingTo("2");
    }

    @Test
    void anAddListWhoseAnswerIsLostIsSettledByLookingUpExternalIdsNotByAddingAgain() {
        netsuite.faults().inject(FaultRule.once("addList", FaultKind.LOSE_RESPONSE_AFTER_COMMIT));

        List<WriteOutcome> outcomes = client.addList(List.of(
                salesOrder("TTS-7495021-1101", line(MUG, "1", "14.00")),
                salesOrder("TTS-7495021-1102", line(MUG, "1", "14.00"))));

        List<SalesOrder> orders = netsuite.account().records(SalesOrder.class);
        assertThat(orders).hasSize(2);
        assertThat(outcomes).extracting(outcome -> ((WriteOutcome.Written) outcome).internalId().value())
                .containsExactly(orders.get(0).getInternalId(), orders.get(1).getInternalId());
        assertThat(netsuite.requests().of("addList")).isEqualTo(1);
        assertThat(netsuite.requests().of("getList")).isEqualTo(1);
    }

    @Test
    void aBadGatewayAfterAnAddCommittedIsSettledByLookUp() {
        netsuite.faults().inject(FaultRule.once("add", FaultKind.HTTP_502_AFTER_COMMIT));

        WriteOutcome outcome = client.add(customer("TTS-BUYER-7494821931"));

        assertThat(outcome.written()).isTrue();
        assertThat(netsuite.account().records(Customer.class))
                .filteredOn(c -> "TTS-BUYER-7494821931".equals(c.getExternalId())).hasSize(1);
        assertThat(netsuite.requests().of("add")).isEqualTo(1);
    }

    @Test
    void anAddThatTimesOutAfterCommittingIsLookedUpNotAddedAgain() {
        SuiteTalkClient impatient = SuiteTalkClient.create(SimulatorTestKit.config(netsuite)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)), new SimpleMeterRegistry());
        netsuite.faults().inject(new FaultRule("add", FaultKind.HANG_AFTER_COMMIT, 1, 1200));

        WriteOutcome outcome = impatient.add(salesOrder("TTS-7495021-1201", line(MUG, "1", "14.00")));

        assertThat(outcome.written()).isTrue();
        assertThat(netsuite.account().records(SalesOrder.class)).hasSize(1);
        assertThat(netsuite.requests().of("add")).isEqualTo(1);
    }

    @Test
    void aServiceUnavailableBeforeProcessingIsRetried() {
        netsuite.faults().inject(new FaultRule("upsertList", FaultKind.HTTP_503_BEFORE, 2, 0));

        List<WriteOutcome> outcomes = client.upsertList(List.of(salesOrder("TTS-7495021-1301", line(MUG, "1", "14.00"))));

        assertThat(outcomes).allMatch(WriteOutcome::written);
        assertThat(netsuite.account().records(SalesOrder.class)).hasSize(1);
    }

    @Test
    void anUnexpectedErrorIsRetried() {
        netsuite.faults().inject(FaultRule.once("getServerTime", FaultKind.UNEXPECTED_ERROR));

        assertThat(client.getServerTime()).isNotNull();
        assertThat(netsuite.requests().of("getServerTime")).isEqualTo(2);
    }

    @Test
    void aRecordChangedMeanwhileIsReadAgainAndWrittenAgain() {
        WriteOutcome added = client.upsert(salesOrder("TTS-7495021-1401", line(MUG, "1", "14.00")));
        netsuite.faults().inject(FaultRule.once("updateList", FaultKind.RECORD_CHANGED));
        SalesOrder change = new SalesOrder();
        change.setInternalId(((WriteOutcome.Written) added).internalId().value());
        change.setMemo("second thoughts");

        List<WriteOutcome> outcomes = client.updateList(List.of(change));

        assertThat(outcomes).allMatch(WriteOutcome::written);
        assertThat(netsuite.requests().of("updateList")).isEqualTo(2);
        assertThat(netsuite.requests().of("getList")).isEqualTo(1);
        assertThat(netsuite.account().records(SalesOrder.class).get(0).getMemo()).isEqualTo("second thoughts");
    }

    @Test
    void aSlowAnswerPastTheReadTimeoutIsAskedForAgain() {
        SuiteTalkClient impatient = SuiteTalkClient.create(SimulatorTestKit.config(netsuite)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)), new SimpleMeterRegistry());
        netsuite.faults().inject(new FaultRule("getServerTime", FaultKind.SLOW, 1, 1200));

        assertThat(impatient.getServerTime()).isNotNull();
        assertThat(netsuite.requests().of("getServerTime")).isEqualTo(2);
    }

    private static Customer customer(String externalId) {
        Customer customer = new Customer();
        customer.setExternalId(externalId);
        customer.setIsPerson(true);
        customer.setFirstName("Dana");
        customer.setLastName("Reyes");
        customer.setSubsidiary(RecordRefs.internal(SimulatorTestKit.SUBSIDIARY));
        return customer;
    }
}
