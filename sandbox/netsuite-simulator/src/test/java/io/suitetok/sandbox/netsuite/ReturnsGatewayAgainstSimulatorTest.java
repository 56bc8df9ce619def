package io.suitetok.sandbox.netsuite;

import static io.suitetok.sandbox.netsuite.SimulatorTestKit.COLUMBUS;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.MUG;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.RENO;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.SHOP_CUSTOMER;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.SUBSIDIARY;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_BLACK_M;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.CreditMemoDraft;
import io.suitetok.netsuite.gateway.CustomerRefundDraft;
import io.suitetok.netsuite.gateway.ItemAvailabilityRow;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.ReturnAuthorizationDraft;
import io.suitetok.netsuite.gateway.ReturnReceiptDraft;
import io.suitetok.netsuite.gateway.ReturnedItem;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import io.suitetok.netsuite.gateway.SalesOrderLine;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.gateway.soap.SoapNetSuiteGateway;
import io.suitetok.sandbox.netsuite.account.ReturnDocument;
import io.suitetok.sandbox.netsuite.faults.FaultKind;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The returns side of the port (RA, item receipt, credit memo, customer refund), over SOAP, against the simulator. */
class ReturnsGatewayAgainstSimulatorTest extends AgainstSeededSimulator {

    private static final String SHOP = "7495021";
    private static final String GBP = "2";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    private static NetSuiteGateway gateway;

    @BeforeAll
    static void connect() {
        gateway = new SoapNetSuiteGateway(SimulatorTestKit.client(netsuite));
    }

    @Test
    void aPartialReturnGoesFromAuthorizationToReceiptToCreditToRefund() {
        WriteOutcome.Written order = order("9001", USD);
        ReturnAuthorizationDraft rmaDraft = rma("R1", "9001", false, new ReturnedItem(item(TEE_BLACK_M), qty("1"),
                new BigDecimal("19.99"), null));

        WriteOutcome.Written rma = written(gateway.upsertReturnAuthorizations(List.of(rmaDraft)));

        ReturnDocument authorized = document("returnAuthorization", rma);
        assertThat(authorized.createdFrom()).isEqualTo(order.internalId().value());
        assertThat(authorized.status()).isEqualTo("Pending Receipt");
        assertThat(authorized.lines()).singleElement().satisfies(line -> {
            assertThat(line.item()).isEqualTo(TEE_BLACK_M);
            assertThat(line.quantity()).isEqualByComparingTo("1");
            assertThat(line.rate()).isEqualByComparingTo("19.99");
        });
        assertThat(authorized.customFields()).containsEntry("custbody_tts_return_id", "R1");

        BigDecimal columbusBefore = netsuite.account().stock(TEE_BLACK_M, COLUMBUS).orElseThrow().available();
        Instant watermark = gateway.serverTime();
        ReturnReceiptDraft receiptDraft = new ReturnReceiptDraft("TTS-IR-" + SHOP + "-R1", rmaDraft.externalId(), DAY,
                "back in stock", List.of(new ReturnReceiptDraft.Received(item(TEE_BLACK_M), qty("1"), item(COLUMBUS))));

        WriteOutcome.Written receipt = written(gateway.addReturnReceipts(List.of(receiptDraft)));

        assertThat(netsuite.account().stock(TEE_BLACK_M, COLUMBUS).orElseThrow().available())
                .isEqualByComparingTo(columbusBefore.add(BigDecimal.ONE));
        List<ItemAvailabilityRow> moved = gateway.itemAvailability(List.of(item(TEE_BLACK_M)), watermark);
        assertThat(moved).singleElement().satisfies(row -> {
            assertThat(row.location()).isEqualTo(item(COLUMBUS));
            assertThat(row.available()).isEqualByComparingTo(columbusBefore.add(BigDecimal.ONE));
        });
        assertThat(document("itemReceipt", receipt).lines()).singleElement()
                .satisfies(line -> assertThat(line.location()).isEqualTo(COLUMBUS));
        assertThat(document("returnAuthorization", rma).status()).isEqualTo("Pending Refund");

        CreditMemoDraft memoDraft = memo("R1", rmaDraft.externalId(), USD, new BigDecimal("3.99"),
                new ReturnedItem(item(TEE_BLACK_M), qty("1"), new BigDecimal("19.99"), null));
        WriteOutcome.Written memo = written(gateway.addCreditMemos(List.of(memoDraft)));

        ReturnDocument credited = document("creditMemo", memo);
        assertThat(credited.total()).isEqualByComparingTo(memoDraft.total()).isEqualByComparingTo("23.98");
        assertThat(credited.createdFrom()).isEqualTo(rma.internalId().value());
        assertThat(document("returnAuthorization", rma).status()).isEqualTo("Refunded");

        CustomerRefundDraft refundDraft = refund("R1", memoDraft.externalId(), USD, new BigDecimal("23.98"));
        WriteOutcome.Written refund = written(gateway.addCustomerRefunds(List.of(refundDraft)));

        assertThat(document("customerRefund", refund).applied()).singleElement().satisfies(applied -> {
            assertThat(applied.creditMemo()).isEqualTo(memo.internalId().value());
            assertThat(applied.amount()).isEqualByComparingTo("23.98");
        });
        assertThat(document("creditMemo", memo).amountRemaining()).isEqualByComparingTo("0");

        // Every write again: the same records, nothing added, no stock moved twice.
        assertThat(written(gateway.upsertReturnAuthorizations(List.of(rmaDraft))).internalId()).isEqualTo(rma.internalId());
        assertThat(written(gateway.addReturnReceipts(List.of(receiptDraft))).internalId()).isEqualTo(receipt.internalId());
        assertThat(written(gateway.addCreditMemos(List.of(memoDraft))).internalId()).isEqualTo(memo.internalId());
        assertThat(written(gateway.addCustomerRefunds(List.of(refundDraft))).internalId()).isEqualTo(refund.internalId());
        assertThat(netsuite.account().returnDocuments()).extracting(ReturnDocument::type).containsExactly(
                "returnAuthorization", "itemReceipt", "creditMemo", "customerRefund");
        assertThat(netsuite.account().stock(TEE_BLACK_M, COLUMBUS).orElseThrow().available())
                .isEqualByComparingTo(columbusBefore.add(BigDecimal.ONE));
    }

    @Test
    void unitsRefundedAtTwoRatesStayTwoLinesAndTheCreditIsTheDraftsToTheCentInPounds() {
        netsuite.account().seed(new SeedRequest(List.of(new SeedRequest.Currency(GBP, "GBP")), null, null, null,
                null, null, null));
        order("9002", GBP);
        ReturnedItem dearer = new ReturnedItem(item(TEE_BLACK_M), qty("1"), new BigDecimal("20.33"), null);
        ReturnedItem cheaper = new ReturnedItem(item(TEE_BLACK_M), qty("1"), new BigDecimal("19.67"), null);
        ReturnAuthorizationDraft rmaDraft = rma("R2", "9002", false, dearer, cheaper);

        WriteOutcome.Written rma = written(gateway.upsertReturnAuthorizations(List.of(rmaDraft)));
        CreditMemoDraft memoDraft = memo("R2", rmaDraft.externalId(), GBP, new BigDecimal("2.50"), dearer, cheaper);
        WriteOutcome.Written memo = written(gateway.addCreditMemos(List.of(memoDraft)));

        assertThat(document("returnAuthorization", rma).lines()).extracting(ReturnDocument.Line::rate)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("20.33"), new BigDecimal("19.67"));
        ReturnDocument credited = document("creditMemo", memo);
        assertThat(credited.currency()).isEqualTo(GBP);
        assertThat(credited.total()).isEqualByComparingTo(memoDraft.total()).isEqualByComparingTo("42.50");
    }

    @Test
    void aRefundWithoutAReturnIsAStandaloneCreditMemoPaidOut() {
        order("9003", USD);
        CreditMemoDraft memoDraft = memo("R3", null, USD, null,
                new ReturnedItem(item(MUG), qty("1"), new BigDecimal("14.00"), "goodwill"));

        WriteOutcome.Written memo = written(gateway.addCreditMemos(List.of(memoDraft)));
        WriteOutcome.Written refund = written(gateway.addCustomerRefunds(List.of(
                refund("R3", memoDraft.externalId(), USD, new BigDecimal("14.00")))));

        ReturnDocument credited = document("creditMemo", memo);
        assertThat(credited.createdFrom()).isNull();
        assertThat(credited.entity()).isEqualTo(SHOP_CUSTOMER);
        assertThat(credited.total()).isEqualByComparingTo("14.00");
        assertThat(credited.amountRemaining()).isEqualByComparingTo("0");
        assertThat(document("customerRefund", refund).total()).isEqualByComparingTo("14.00");
    }

    @Test
    void aRefundBeforeItsCreditMemoWaitsForIt() {
        WriteOutcome early = gateway.addCustomerRefunds(List.of(
                refund("R9", "TTS-CM-" + SHOP + "-R9", USD, new BigDecimal("5.00")))).get(0);

        assertThat(early).isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("HUB_CREDIT_MEMO_NOT_FOUND");
            assertThat(rejected.retryable()).isTrue();
        });
        assertThat(netsuite.account().returnDocuments()).isEmpty();
    }

    @Test
    void aClosedAuthorizationReceivesNothing() {
        order("9004", USD);
        ReturnedItem tee = new ReturnedItem(item(TEE_BLACK_M), qty("2"), new BigDecimal("21.50"), null);
        WriteOutcome.Written rma = written(gateway.upsertReturnAuthorizations(List.of(rma("R4", "9004", false, tee))));

        WriteOutcome.Written closed = written(gateway.upsertReturnAuthorizations(List.of(rma("R4", "9004", true, tee))));
        WriteOutcome receipt = gateway.addReturnReceipts(List.of(new ReturnReceiptDraft("TTS-IR-" + SHOP + "-R4",
                "TTS-RA-" + SHOP + "-R4", DAY, null,
                List.of(new ReturnReceiptDraft.Received(item(TEE_BLACK_M), qty("2"), item(RENO)))))).get(0);

        assertThat(closed.internalId()).isEqualTo(rma.internalId());
        ReturnDocument stored = document("returnAuthorization", rma);
        assertThat(stored.status()).isEqualTo("Closed");
        assertThat(stored.lines()).allMatch(ReturnDocument.Line::closed);
        assertThat(receipt).isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("INVALID_INITIALIZE_REF");
            assertThat(rejected.retryable()).isFalse();
        });
        assertThat(netsuite.account().returnDocuments()).extracting(ReturnDocument::type)
                .containsExactly("returnAuthorization");
    }

    @Test
    void aReturnCancelledBeforeNetSuiteHeldItsAuthorizationIsRecordedClosed() {
        order("9007", USD);

        WriteOutcome.Written rma = written(gateway.upsertReturnAuthorizations(List.of(rma("R8", "9007", true,
                new ReturnedItem(item(TEE_BLACK_M), qty("1"), new BigDecimal("21.50"), null)))));

        assertThat(document("returnAuthorization", rma).status()).isEqualTo("Closed");
    }

    @Test
    void returningMoreThanWasSoldIsRejectedWithAClearMessage() {
        order("9005", USD);

        List<WriteOutcome> outcomes = gateway.upsertReturnAuthorizations(List.of(
                rma("R5", "9005", false, new ReturnedItem(item(TEE_BLACK_M), qty("4"), new BigDecimal("21.50"), null)),
                rma("R6", "9005", false, new ReturnedItem(item("5121"), qty("1"), new BigDecimal("21.50"), null))));

        assertThat(outcomes.get(0)).isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("USER_ERROR");
            assertThat(rejected.message()).contains("cannot return 4", "sold 3");
            assertThat(rejected.retryable()).isFalse();
        });
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(WriteOutcome.Rejected.class,
                rejected -> assertThat(rejected.code()).isEqualTo("HUB_ITEM_NOT_ON_ORDER"));
        assertThat(netsuite.account().returnDocuments()).isEmpty();
    }

    @Test
    void anAnswerLostAfterTheAddLeavesOneRecordAndTheRetryFindsIt() {
        order("9006", USD);
        ReturnAuthorizationDraft rmaDraft = rma("R7", "9006", false,
                new ReturnedItem(item(TEE_BLACK_M), qty("1"), new BigDecimal("21.50"), null));
        CreditMemoDraft memoDraft = memo("R7", null, USD, null,
                new ReturnedItem(item(TEE_BLACK_M), qty("1"), new BigDecimal("21.50"), null));

        netsuite.faults().inject(FaultRule.once("addList", FaultKind.LOSE_RESPONSE_AFTER_COMMIT));
        WriteOutcome.Written rma = written(gateway.upsertReturnAuthorizations(List.of(rmaDraft)));
        netsuite.faults().inject(FaultRule.once("addList", FaultKind.LOSE_RESPONSE_AFTER_COMMIT));
        WriteOutcome.Written memo = written(gateway.addCreditMemos(List.of(memoDraft)));

        assertThat(written(gateway.upsertReturnAuthorizations(List.of(rmaDraft))).internalId()).isEqualTo(rma.internalId());
        assertThat(written(gateway.addCreditMemos(List.of(memoDraft))).internalId()).isEqualTo(memo.internalId());
        assertThat(netsuite.account().returnDocuments()).extracting(ReturnDocument::type)
                .containsExactly("returnAuthorization", "creditMemo");
    }

    // -------------------------------------------------------------------------------------------------

    /** An order of 3 tees and a mug from Reno, in the given currency. */
    private static WriteOutcome.Written order(String orderId, String currency) {
        SalesOrderDraft draft = new SalesOrderDraft("TTS-" + SHOP + "-" + orderId, item(SHOP_CUSTOMER),
                item(SUBSIDIARY), item(currency), item(RENO), null, null, LocalDate.of(2026, 11, 26), orderId, null,
                null, new BigDecimal("3.99"), null,
                List.of(SalesOrderLine.of(item(TEE_BLACK_M), qty("3"), new BigDecimal("21.50")),
                        SalesOrderLine.of(item(MUG), qty("1"), new BigDecimal("14.00"))),
                Map.of());
        return written(gateway.upsertSalesOrders(List.of(draft)));
    }

    private static ReturnAuthorizationDraft rma(String returnId, String orderId, boolean closed, ReturnedItem... lines) {
        return new ReturnAuthorizationDraft("TTS-RA-" + SHOP + "-" + returnId, "TTS-" + SHOP + "-" + orderId, DAY,
                "TikTok return " + returnId, List.of(lines), closed, Map.of("custbody_tts_return_id", returnId));
    }

    private static CreditMemoDraft memo(String returnId, String rmaExternalId, String currency, BigDecimal shipping,
                                        ReturnedItem... lines) {
        return new CreditMemoDraft("TTS-CM-" + SHOP + "-" + returnId, rmaExternalId, item(SHOP_CUSTOMER),
                item(SUBSIDIARY), item(currency), null, DAY, returnId, "TikTok refund " + returnId, List.of(lines),
                shipping, Map.of("custbody_tts_refund_total", "see lines"));
    }

    private static CustomerRefundDraft refund(String returnId, String memoExternalId, String currency,
                                              BigDecimal amount) {
        return new CustomerRefundDraft("TTS-CR-" + SHOP + "-" + returnId, memoExternalId, item(SHOP_CUSTOMER),
                item(SUBSIDIARY), item(currency), item("120"), null, DAY, amount, "paid by TikTok", Map.of());
    }

    private static ReturnDocument document(String type, WriteOutcome.Written written) {
        return netsuite.account().returnDocuments().stream()
                .filter(document -> document.type().equals(type)
                        && document.internalId().equals(written.internalId().value()))
                .findFirst().orElseThrow();
    }

    private static WriteOutcome.Written written(List<WriteOutcome> outcomes) {
        assertThat(outcomes).singleElement().isInstanceOf(WriteOutcome.Written.class);
        return (WriteOutcome.Written) outcomes.get(0);
    }

    private static NetSuiteInternalId item(String id) {
        return new NetSuiteInternalId(id);
    }

    private static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }
}
