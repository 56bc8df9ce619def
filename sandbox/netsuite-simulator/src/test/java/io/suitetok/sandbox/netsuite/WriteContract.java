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
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.gateway.CreditMemoDraft;
import io.suitetok.netsuite.gateway.CustomerRefundDraft;
import io.suitetok.netsuite.gateway.DepositDraft;
import io.suitetok.netsuite.gateway.JournalEntryDraft;
import io.suitetok.netsuite.gateway.JournalEntryDraft.Line;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.ReturnAuthorizationDraft;
import io.suitetok.netsuite.gateway.ReturnReceiptDraft;
import io.suitetok.netsuite.gateway.ReturnedItem;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import io.suitetok.netsuite.gateway.SalesOrderLine;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.sandbox.netsuite.account.PostedDeposit;
import io.suitetok.sandbox.netsuite.account.PostedJournalEntry;
import io.suitetok.sandbox.netsuite.account.ReturnDocument;
import io.suitetok.sandbox.netsuite.faults.FaultKind;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The writes of returns and settlement, the same on every adapter of {@link NetSuiteGateway}: the same
 * drafts give the same outcomes and leave the same account, summarised here as literal text that both
 * subclasses must produce; a repeat writes nothing twice; a data error is that record's rejection.
 * Internal ids are in the summaries because both adapters, from a fresh account, must make the same
 * records in the same order.
 */
abstract class WriteContract extends AgainstSeededSimulator {

    private static final String SHOP = "7495021";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final String BANK = "110";
    private static final String RECEIVABLE = "120";
    private static final String CLEARING = "130";
    private static final String COMMISSION = "610";

    protected NetSuiteGateway gateway;

    protected abstract NetSuiteGateway newGateway();

    /** The simulator's operation name under which this adapter creates a return document. */
    protected abstract String createOperation();

    @BeforeEach
    void connectAndSeedAccounts() {
        gateway = newGateway();
        netsuite.account().seed(new SeedRequest(null, null, null, null, null, null, null, List.of(
                account(BANK, "1010", "Operating Bank USD", "_bank"),
                account(RECEIVABLE, "1200", "TikTok Shop Receivable", "_accountsReceivable"),
                account(CLEARING, "1300", "TikTok Clearing USD", "_otherCurrentAsset"),
                account(COMMISSION, "6100", "TikTok Commission", "_expense"))));
    }

    @AfterEach
    void disconnect() throws Exception {
        if (gateway instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    // ---- returns ------------------------------------------------------------------------------------

    @Test
    void aWholeReturnIsAuthorizedReceivedCreditedAndRefundedOnce() {
        order("9001");
        ReturnAuthorizationDraft rmaDraft = rma("R1", "9001", false,
                new ReturnedItem(id(TEE_BLACK_M), qty("1"), new BigDecimal("20.33"), null),
                new ReturnedItem(id(TEE_BLACK_M), qty("1"), new BigDecimal("19.67"), "second tee"));
        ReturnReceiptDraft receiptDraft = new ReturnReceiptDraft("TTS-IR-" + SHOP + "-R1", rmaDraft.externalId(), DAY,
                "back in stock", List.of(new ReturnReceiptDraft.Received(id(TEE_BLACK_M), qty("2"), id(COLUMBUS))));
        CreditMemoDraft memoDraft = memo("R1", rmaDraft.externalId(), new BigDecimal("3.99"),
                new ReturnedItem(id(TEE_BLACK_M), qty("1"), new BigDecimal("20.33"), null),
                new ReturnedItem(id(TEE_BLACK_M), qty("1"), new BigDecimal("19.67"), null));
        CustomerRefundDraft refundDraft = refund("R1", memoDraft.externalId(), "43.99");
        BigDecimal columbusBefore = netsuite.account().stock(TEE_BLACK_M, COLUMBUS).orElseThrow().onHand();

        List<WriteOutcome> first = List.of(one(gateway.upsertReturnAuthorizations(List.of(rmaDraft))),
                one(gateway.addReturnReceipts(List.of(receiptDraft))), one(gateway.addCreditMemos(List.of(memoDraft))),
                one(gateway.addCustomerRefunds(List.of(refundDraft))));
        String afterFirst = returnDocuments();
        List<WriteOutcome> again = List.of(one(gateway.upsertReturnAuthorizations(List.of(rmaDraft))),
                one(gateway.addReturnReceipts(List.of(receiptDraft))), one(gateway.addCreditMemos(List.of(memoDraft))),
                one(gateway.addCustomerRefunds(List.of(refundDraft))));

        assertThat(first).allSatisfy(outcome -> assertThat(outcome.written()).isTrue());
        assertThat(again).isEqualTo(first);
        // Both memo lines credit the RA's first line of the item (the SOAP mapper's choice, kept on REST),
        // so the RA still shows a refund pending on its second line.
        assertThat(afterFirst).isEqualTo("""
                returnAuthorization TTS-RA-7495021-R1 from=SO:TTS-7495021-9001 entity=4471 status=Pending Refund \
                total=40 lines=[5120x1@20.33 at 2 received=1 credited=2, 5120x1@19.67 at 2 received=1 credited=0] \
                custom={custbody_tts_return_id=R1}
                itemReceipt TTS-IR-7495021-R1 from=RA:TTS-RA-7495021-R1 entity=4471 lines=[5120x1 at 5, 5120x1 at 5]
                creditMemo TTS-CM-7495021-R1 from=RA:TTS-RA-7495021-R1 entity=4471 status=Fully Applied total=43.99 \
                shipping=3.99 remaining=0 lines=[5120x1@20.33 at 2, 5120x1@19.67 at 2] \
                custom={custbody_tts_refund_total=43.99}
                customerRefund TTS-CR-7495021-R1 entity=4471 total=43.99 applied=[CM:TTS-CM-7495021-R1 43.99]""");
        assertThat(returnDocuments()).isEqualTo(afterFirst);
        assertThat(netsuite.account().stock(TEE_BLACK_M, COLUMBUS).orElseThrow().onHand())
                .isEqualByComparingTo(columbusBefore.add(qty("2")));
    }

    @Test
    void closingAnAuthorizationUpdatesItAndThenItReceivesNothing() {
        order("9004");
        ReturnedItem tee = new ReturnedItem(id(TEE_BLACK_M), qty("2"), new BigDecimal("21.50"), null);
        WriteOutcome open = one(gateway.upsertReturnAuthorizations(List.of(rma("R4", "9004", false, tee))));

        WriteOutcome closed = one(gateway.upsertReturnAuthorizations(List.of(rma("R4", "9004", true, tee))));
        WriteOutcome receipt = one(gateway.addReturnReceipts(List.of(new ReturnReceiptDraft("TTS-IR-" + SHOP + "-R4",
                "TTS-RA-" + SHOP + "-R4", DAY, null,
                List.of(new ReturnReceiptDraft.Received(id(TEE_BLACK_M), qty("2"), id(RENO)))))));

        assertThat(closed).isEqualTo(open);
        assertThat(receipt).isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("INVALID_INITIALIZE_REF");
            assertThat(rejected.faultClass()).isEqualTo(FaultClass.DO_NOT_RETRY);
        });
        assertThat(returnDocuments()).isEqualTo("returnAuthorization TTS-RA-7495021-R4 from=SO:TTS-7495021-9004"
                + " entity=4471 status=Closed total=43 lines=[5120x2@21.50 at 2 closed received=0 credited=0]"
                + " custom={custbody_tts_return_id=R4}");
    }

    @Test
    void eachAuthorizationOfABatchStandsAlone() {
        order("9005");

        List<WriteOutcome> outcomes = gateway.upsertReturnAuthorizations(List.of(
                rma("R5", "9005", false, new ReturnedItem(id(TEE_BLACK_M), qty("4"), new BigDecimal("21.50"), null)),
                rma("R6", "9005", false, new ReturnedItem(id("5121"), qty("1"), new BigDecimal("21.50"), null)),
                rma("R7", "9005", false, new ReturnedItem(id(MUG), qty("1"), new BigDecimal("14.00"), null))));

        assertThat(outcomes.get(0)).isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.externalId()).contains("TTS-RA-7495021-R5");
            assertThat(rejected.code()).isEqualTo("USER_ERROR");
            assertThat(rejected.message()).contains("cannot return 4", "sold 3");
            assertThat(rejected.faultClass()).isEqualTo(FaultClass.DO_NOT_RETRY);
        });
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.externalId()).contains("TTS-RA-7495021-R6");
            assertThat(rejected.code()).isEqualTo("HUB_ITEM_NOT_ON_ORDER");
            assertThat(rejected.faultClass()).isEqualTo(FaultClass.DO_NOT_RETRY);
        });
        assertThat(outcomes.get(2).written()).isTrue();
        assertThat(outcomes.get(2).externalId()).contains("TTS-RA-7495021-R7");
        assertThat(returnDocuments()).isEqualTo("returnAuthorization TTS-RA-7495021-R7 from=SO:TTS-7495021-9005"
                + " entity=4471 status=Pending Receipt total=14 lines=[5200x1@14.00 at 2 received=0 credited=0]"
                + " custom={custbody_tts_return_id=R7}");
    }

    @Test
    void aRefundWaitsForItsStandaloneCreditMemoAndThenPaysItOut() {
        order("9003");
        CreditMemoDraft memoDraft = memo("R3", null, null,
                new ReturnedItem(id(MUG), qty("1"), new BigDecimal("14.00"), "goodwill"));
        CustomerRefundDraft refundDraft = refund("R3", memoDraft.externalId(), "14.00");

        WriteOutcome early = one(gateway.addCustomerRefunds(List.of(refundDraft)));
        WriteOutcome memo = one(gateway.addCreditMemos(List.of(memoDraft)));
        WriteOutcome refund = one(gateway.addCustomerRefunds(List.of(refundDraft)));
        WriteOutcome refundAgain = one(gateway.addCustomerRefunds(List.of(refundDraft)));

        assertThat(early).isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("HUB_CREDIT_MEMO_NOT_FOUND");
            assertThat(rejected.retryable()).isTrue();
        });
        assertThat(memo.written()).isTrue();
        assertThat(refundAgain).isEqualTo(refund);
        assertThat(returnDocuments()).isEqualTo("""
                creditMemo TTS-CM-7495021-R3 from=- entity=4471 status=Fully Applied total=14 shipping=- remaining=0 \
                lines=[5200x1@14.00 at -] custom={custbody_tts_refund_total=14}
                customerRefund TTS-CR-7495021-R3 entity=4471 total=14 applied=[CM:TTS-CM-7495021-R3 14]""");
    }

    @Test
    void aCreateWhoseAnswerIsLostLeavesOneRecordAndIsAnsweredWithIt() {
        order("9006");
        ReturnAuthorizationDraft rmaDraft = rma("R8", "9006", false,
                new ReturnedItem(id(TEE_BLACK_M), qty("1"), new BigDecimal("21.50"), null));
        CreditMemoDraft memoDraft = memo("R8", null, null,
                new ReturnedItem(id(TEE_BLACK_M), qty("1"), new BigDecimal("21.50"), null));

        netsuite.faults().inject(FaultRule.once(createOperation(), FaultKind.LOSE_RESPONSE_AFTER_COMMIT));
        WriteOutcome rma = one(gateway.upsertReturnAuthorizations(List.of(rmaDraft)));
        netsuite.faults().inject(FaultRule.once(createOperation(), FaultKind.LOSE_RESPONSE_AFTER_COMMIT));
        WriteOutcome memo = one(gateway.addCreditMemos(List.of(memoDraft)));

        assertThat(netsuite.faults().fired()).isEqualTo(2);
        assertThat(rma.written()).isTrue();
        assertThat(memo.written()).isTrue();
        assertThat(one(gateway.upsertReturnAuthorizations(List.of(rmaDraft)))).isEqualTo(rma);
        assertThat(one(gateway.addCreditMemos(List.of(memoDraft)))).isEqualTo(memo);
        assertThat(netsuite.account().returnDocuments()).extracting(ReturnDocument::externalId)
                .containsExactly("TTS-RA-7495021-R8", "TTS-CM-7495021-R8");
    }

    // ---- settlement ---------------------------------------------------------------------------------

    @Test
    void aStatementRunTwiceIsOneEntryWithTheLatestLines() {
        JournalEntryDraft first = statement("S1", "120.00", "10.00");
        JournalEntryDraft rerun = statement("S1", "120.00", "12.50");

        WriteOutcome posted = one(gateway.upsertJournalEntries(List.of(first)));
        WriteOutcome again = one(gateway.upsertJournalEntries(List.of(rerun)));

        assertThat(posted.written()).isTrue();
        assertThat(again).isEqualTo(posted);
        assertThat(journalEntries()).isEqualTo("TTS-STMT-7495021-S1 sub=3 cur=1 2026-12-03 'TikTok statement S1'"
                + " total=120 [120 Cr0/120 'sales' 4471, 610 Dr12.5/0 'commission' -, 130 Dr107.5/0 'net' -]");
    }

    @Test
    void anEntryOnAnUnknownAccountOrInAClosedPeriodIsThatEntrysRejection() {
        JournalEntryDraft unknownAccount = new JournalEntryDraft("TTS-STMT-7495021-S2", id(SUBSIDIARY), id(USD), DAY,
                null, List.of(Line.debit(id("9999"), BigDecimal.TEN, null), Line.credit(id(RECEIVABLE), BigDecimal.TEN,
                null)), Map.of());
        JournalEntryDraft closedPeriod = new JournalEntryDraft("TTS-STMT-7495021-S3", id(SUBSIDIARY), id(USD),
                LocalDate.of(2026, 10, 15), null, List.of(Line.debit(id(CLEARING), BigDecimal.TEN, null),
                Line.credit(id(RECEIVABLE), BigDecimal.TEN, null)), Map.of());

        List<WriteOutcome> outcomes = gateway.upsertJournalEntries(List.of(unknownAccount,
                statement("S4", "50.00", "5.00"), closedPeriod));

        assertThat(outcomes.get(0)).isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("INVALID_KEY_OR_REF");
            assertThat(rejected.message()).contains("9999");
            assertThat(rejected.faultClass()).isEqualTo(FaultClass.DO_NOT_RETRY);
        });
        assertThat(outcomes.get(1).written()).isTrue();
        assertThat(outcomes.get(2)).isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("CLOSED_TRAN_PRD");
            assertThat(rejected.faultClass()).isEqualTo(FaultClass.DO_NOT_RETRY);
        });
        assertThat(netsuite.account().journalEntries()).extracting(PostedJournalEntry::externalId)
                .containsExactly("TTS-STMT-7495021-S4");
    }

    @Test
    void aPayoutDepositedTwiceIsOneDepositAndADepositOutsideABankIsRejected() {
        WriteOutcome first = one(gateway.upsertDeposits(List.of(payout("P1", BANK, "95.00"))));

        List<WriteOutcome> again = gateway.upsertDeposits(List.of(payout("P1", BANK, "96.25"),
                payout("P2", CLEARING, "10.00")));

        assertThat(again.get(0)).isEqualTo(first);
        assertThat(again.get(1)).isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("INVALID_KEY_OR_REF");
            assertThat(rejected.message()).contains("bank account");
            assertThat(rejected.faultClass()).isEqualTo(FaultClass.DO_NOT_RETRY);
        });
        assertThat(deposits()).isEqualTo("TTS-PAY-7495021-P1 sub=3 cur=1 bank=110 2026-12-03 'TikTok payout P1'"
                + " total=96 [130 96.25 'payout', 120 -0.25 'reserve']");
    }

    // ---- fixtures and summaries -----------------------------------------------------------------------

    private void order(String orderId) {
        SalesOrderDraft draft = new SalesOrderDraft("TTS-" + SHOP + "-" + orderId, id(SHOP_CUSTOMER), id(SUBSIDIARY),
                id(USD), id(RENO), null, null, LocalDate.of(2026, 11, 26), orderId, null, null, new BigDecimal("3.99"),
                null, List.of(SalesOrderLine.of(id(TEE_BLACK_M), qty("3"), new BigDecimal("21.50")),
                SalesOrderLine.of(id(MUG), qty("1"), new BigDecimal("14.00"))), Map.of());
        assertThat(one(gateway.upsertSalesOrders(List.of(draft))).written()).isTrue();
    }

    private static ReturnAuthorizationDraft rma(String returnId, String orderId, boolean closed, ReturnedItem... lines) {
        return new ReturnAuthorizationDraft("TTS-RA-" + SHOP + "-" + returnId, "TTS-" + SHOP + "-" + orderId, DAY,
                "TikTok return " + returnId, List.of(lines), closed, Map.of("custbody_tts_return_id", returnId));
    }

    private static CreditMemoDraft memo(String returnId, String rmaExternalId, BigDecimal shipping,
                                        ReturnedItem... lines) {
        CreditMemoDraft draft = new CreditMemoDraft("TTS-CM-" + SHOP + "-" + returnId, rmaExternalId,
                id(SHOP_CUSTOMER), id(SUBSIDIARY), id(USD), null, DAY, returnId, "TikTok refund " + returnId,
                List.of(lines), shipping, Map.of());
        return new CreditMemoDraft(draft.externalId(), rmaExternalId, draft.customer(), draft.subsidiary(),
                draft.currency(), null, DAY, returnId, draft.memo(), draft.lines(), shipping,
                Map.of("custbody_tts_refund_total", draft.total().stripTrailingZeros().toPlainString()));
    }

    private static CustomerRefundDraft refund(String returnId, String memoExternalId, String amount) {
        return new CustomerRefundDraft("TTS-CR-" + SHOP + "-" + returnId, memoExternalId, id(SHOP_CUSTOMER),
                id(SUBSIDIARY), id(USD), id(CLEARING), null, DAY, new BigDecimal(amount), "paid by TikTok", Map.of());
    }

    private static JournalEntryDraft statement(String statementId, String gross, String fee) {
        BigDecimal net = new BigDecimal(gross).subtract(new BigDecimal(fee));
        return new JournalEntryDraft("TTS-STMT-7495021-" + statementId, id(SUBSIDIARY), id(USD), DAY,
                "TikTok statement " + statementId, List.of(
                new Line(id(RECEIVABLE), BigDecimal.ZERO, new BigDecimal(gross), "sales", id(SHOP_CUSTOMER)),
                Line.debit(id(COMMISSION), new BigDecimal(fee), "commission"),
                Line.debit(id(CLEARING), net, "net")), Map.of("custbody_tts_statement_id", statementId));
    }

    private static DepositDraft payout(String paymentId, String bank, String amount) {
        BigDecimal reserve = new BigDecimal("-0.25");
        return new DepositDraft("TTS-PAY-7495021-" + paymentId, id(SUBSIDIARY), id(USD), id(bank), DAY,
                "TikTok payout " + paymentId, List.of(
                new DepositDraft.Line(id(CLEARING), new BigDecimal(amount), "payout"),
                new DepositDraft.Line(id(RECEIVABLE), reserve, "reserve")), Map.of());
    }

    /** Every return document, one line each, with references by external id where the hub chose them. */
    private String returnDocuments() {
        List<ReturnDocument> documents = netsuite.account().returnDocuments();
        Map<String, String> externalIds = documents.stream().collect(Collectors.toMap(ReturnDocument::internalId,
                ReturnDocument::externalId));
        Function<String, String> named = internalId -> externalIds.getOrDefault(internalId, internalId);
        return documents.stream().map(document -> switch (document.type()) {
            case "returnAuthorization" -> "returnAuthorization " + document.externalId() + " from=SO:"
                    + netsuite.account().records(com.netsuite.webservices.transactions.sales_2025_2.SalesOrder.class)
                    .stream().filter(order -> order.getInternalId().equals(document.createdFrom()))
                    .map(order -> order.getExternalId()).findFirst().orElse("?")
                    + " entity=" + document.entity() + " status=" + document.status() + " total="
                    + plain(document.total()) + " lines=" + document.lines().stream().map(line -> line.item() + "x"
                            + plain(line.quantity()) + "@" + line.rate().setScale(2) + " at " + line.location()
                            + (line.closed() ? " closed" : "") + " received=" + plain(line.quantityReceived())
                            + " credited=" + plain(line.quantityCredited())).toList()
                    + " custom=" + document.customFields();
            case "itemReceipt" -> "itemReceipt " + document.externalId() + " from=RA:" + named.apply(document.createdFrom())
                    + " entity=" + document.entity() + " lines=" + document.lines().stream()
                    .map(line -> line.item() + "x" + plain(line.quantity()) + " at " + line.location()).toList();
            case "creditMemo" -> "creditMemo " + document.externalId() + " from="
                    + (document.createdFrom() == null ? "-" : "RA:" + named.apply(document.createdFrom()))
                    + " entity=" + document.entity() + " status=" + document.status() + " total="
                    + plain(document.total()) + " shipping=" + plain(document.shippingCost()) + " remaining="
                    + plain(document.amountRemaining()) + " lines=" + document.lines().stream()
                    .map(line -> line.item() + "x" + plain(line.quantity()) + "@" + line.rate().setScale(2) + " at "
                            + (line.location() == null ? "-" : line.location())).toList()
                    + " custom=" + document.customFields();
            default -> document.type() + " " + document.externalId() + " entity=" + document.entity() + " total="
                    + plain(document.total()) + " applied=" + document.applied().stream()
                    .map(applied -> "CM:" + named.apply(applied.creditMemo()) + " " + plain(applied.amount())).toList();
        }).collect(Collectors.joining("\n"));
    }

    private String journalEntries() {
        return netsuite.account().journalEntries().stream().map(entry -> entry.externalId() + " sub="
                + entry.subsidiary() + " cur=" + entry.currency() + " " + entry.tranDate() + " '" + entry.memo()
                + "' total=" + plain(entry.total()) + " " + entry.lines().stream().map(line -> line.account()
                        + (line.debit().signum() > 0 ? " Dr" + plain(line.debit()) + "/0" : " Cr0/" + plain(line.credit()))
                        + " '" + line.memo() + "' " + (line.entity() == null ? "-" : line.entity())).toList())
                .collect(Collectors.joining("\n"));
    }

    private String deposits() {
        return netsuite.account().deposits().stream().map(deposit -> deposit.externalId() + " sub="
                + deposit.subsidiary() + " cur=" + deposit.currency() + " bank=" + deposit.bankAccount() + " "
                + deposit.tranDate() + " '" + deposit.memo() + "' total=" + plain(deposit.total()) + " "
                + deposit.lines().stream().map(line -> line.account() + " " + plain(line.amount()) + " '"
                        + line.memo() + "'").toList())
                .collect(Collectors.joining("\n"));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    private static WriteOutcome one(List<WriteOutcome> outcomes) {
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    private static SeedRequest.Account account(String internalId, String number, String name, String type) {
        return new SeedRequest.Account(internalId, number, name, type, List.of(), null, false);
    }

    private static NetSuiteInternalId id(String value) {
        return new NetSuiteInternalId(value);
    }

    private static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }
}
