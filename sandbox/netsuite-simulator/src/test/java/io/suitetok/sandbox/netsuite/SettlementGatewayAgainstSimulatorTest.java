package io.suitetok.sandbox.netsuite;

import static io.suitetok.sandbox.netsuite.SimulatorTestKit.SHOP_CUSTOMER;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.SUBSIDIARY;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.gateway.DepositDraft;
import io.suitetok.netsuite.gateway.JournalEntryDraft;
import io.suitetok.netsuite.gateway.JournalEntryDraft.Line;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.gateway.soap.SoapNetSuiteGateway;
import io.suitetok.sandbox.netsuite.account.PostedDeposit;
import io.suitetok.sandbox.netsuite.account.PostedJournalEntry;
import io.suitetok.sandbox.netsuite.faults.FaultKind;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The settlement side of the port (journal entries, deposits), over SOAP, against the simulator's chart of accounts. */
class SettlementGatewayAgainstSimulatorTest extends AgainstSeededSimulator {

    private static final String GBP = "2";
    private static final String UK = "4";
    private static final String BANK = "110";
    private static final String UK_BANK = "111";
    private static final String RECEIVABLE = "120";
    private static final String CLEARING = "130";
    private static final String UK_CLEARING = "131";
    private static final String COMMISSION = "610";
    private static final String TRANSACTION_FEE = "611";
    private static final String SHIPPING_FEE = "612";
    private static final String AFFILIATE_FEE = "613";
    private static final String RETIRED = "699";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    private static NetSuiteGateway gateway;

    @BeforeAll
    static void connect() {
        gateway = new SoapNetSuiteGateway(SimulatorTestKit.client(netsuite));
    }

    @BeforeEach
    void seedChartOfAccounts() {
        netsuite.account().seed(new SeedRequest(List.of(new SeedRequest.Currency(GBP, "GBP")),
                List.of(new SeedRequest.Subsidiary(UK, "SuiteTok UK", GBP)), null, null, null, null, null, List.of(
                account(BANK, "1010", "Operating Bank USD", "_bank", SUBSIDIARY),
                account(UK_BANK, "1011", "Operating Bank GBP", "_bank", UK),
                account(RECEIVABLE, "1200", "TikTok Shop Receivable", "_accountsReceivable", null),
                account(CLEARING, "1300", "TikTok Clearing USD", "_otherCurrentAsset", SUBSIDIARY),
                account(UK_CLEARING, "1301", "TikTok Clearing GBP", "_otherCurrentAsset", UK),
                account(COMMISSION, "6100", "TikTok Commission", "_expense", null),
                account(TRANSACTION_FEE, "6110", "TikTok Transaction Fee", "_expense", null),
                account(SHIPPING_FEE, "6120", "TikTok Shipping Fee", "_expense", null),
                account(AFFILIATE_FEE, "6130", "Affiliate Commission", "_expense", null),
                new SeedRequest.Account(RETIRED, "6990", "Old Fees", "_expense", List.of(), null, true))));
    }

    @Test
    void aStatementUpsertedTwiceIsOneEntryWithTheSecondRunsLines() {
        JournalEntryDraft first = statement("S1", "100.00", "4.00");
        JournalEntryDraft second = statement("S1", "120.00", "5.00");

        WriteOutcome.Written posted = written(gateway.upsertJournalEntries(List.of(first)));
        WriteOutcome.Written again = written(gateway.upsertJournalEntries(List.of(second)));

        assertThat(again.internalId()).isEqualTo(posted.internalId());
        assertThat(netsuite.account().journalEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.externalId()).isEqualTo("TTS-STMT-7495021-S1");
            assertThat(entry.internalId()).isEqualTo(posted.internalId().value());
            assertThat(entry.subsidiary()).isEqualTo(SUBSIDIARY);
            assertThat(entry.currency()).isEqualTo(USD);
            assertThat(entry.tranDate()).isEqualTo(DAY);
            assertThat(entry.total()).isEqualByComparingTo("120.00");
            assertThat(entry.lines()).hasSize(6);
            assertThat(entry.lines().get(0)).satisfies(line -> {
                assertThat(line.account()).isEqualTo(RECEIVABLE);
                assertThat(line.credit()).isEqualByComparingTo("120.00");
                assertThat(line.debit()).isEqualByComparingTo("0");
                assertThat(line.entity()).isEqualTo(SHOP_CUSTOMER);
            });
            assertThat(entry.lines()).extracting(PostedJournalEntry.Line::account).containsExactly(
                    RECEIVABLE, COMMISSION, TRANSACTION_FEE, SHIPPING_FEE, AFFILIATE_FEE, CLEARING);
            assertThat(entry.lines().get(5).debit()).isEqualByComparingTo("100.00");
        });
    }

    @Test
    void aPoundEntryPostsInTheUkSubsidiary() {
        JournalEntryDraft entry = new JournalEntryDraft("TTS-STMT-UK-S2", id(UK), id(GBP), DAY, "UK statement",
                List.of(Line.debit(id(UK_CLEARING), new BigDecimal("80.10"), "net"),
                        Line.debit(id(COMMISSION), new BigDecimal("6.40"), "commission"),
                        Line.credit(id(RECEIVABLE), new BigDecimal("86.50"), "sales")), Map.of());

        written(gateway.upsertJournalEntries(List.of(entry)));

        assertThat(netsuite.account().journalEntries()).singleElement().satisfies(posted -> {
            assertThat(posted.subsidiary()).isEqualTo(UK);
            assertThat(posted.currency()).isEqualTo(GBP);
            assertThat(posted.total()).isEqualByComparingTo("86.50");
        });
    }

    @Test
    void anEntryInAnotherCurrencyThanItsSubsidiarysIsRejected() {
        JournalEntryDraft dollarsInTheUk = new JournalEntryDraft("TTS-STMT-UK-S3", id(UK), id(USD), DAY, null,
                List.of(Line.debit(id(UK_CLEARING), BigDecimal.TEN, null),
                        Line.credit(id(RECEIVABLE), BigDecimal.TEN, null)), Map.of());

        rejectedAsData(gateway.upsertJournalEntries(List.of(dollarsInTheUk)), "currency");
        assertThat(netsuite.account().journalEntries()).isEmpty();
    }

    @Test
    void anUnknownAccountIsADataErrorAndNothingIsStored() {
        JournalEntryDraft entry = new JournalEntryDraft("TTS-STMT-7495021-S4", id(SUBSIDIARY), id(USD), DAY, null,
                List.of(Line.debit(id("9999"), BigDecimal.TEN, null), Line.credit(id(RECEIVABLE), BigDecimal.TEN, null)),
                Map.of());

        rejectedAsData(gateway.upsertJournalEntries(List.of(entry)), "9999");
        assertThat(netsuite.account().journalEntries()).isEmpty();
    }

    @Test
    void anInactiveAccountOrOneOfAnotherSubsidiaryIsRefused() {
        JournalEntryDraft retired = new JournalEntryDraft("TTS-STMT-7495021-S5", id(SUBSIDIARY), id(USD), DAY, null,
                List.of(Line.debit(id(RETIRED), BigDecimal.TEN, null), Line.credit(id(RECEIVABLE), BigDecimal.TEN, null)),
                Map.of());
        JournalEntryDraft ukClearingInUs = new JournalEntryDraft("TTS-STMT-7495021-S6", id(SUBSIDIARY), id(USD), DAY,
                null, List.of(Line.debit(id(UK_CLEARING), BigDecimal.TEN, null),
                Line.credit(id(RECEIVABLE), BigDecimal.TEN, null)), Map.of());

        List<WriteOutcome> outcomes = gateway.upsertJournalEntries(List.of(retired, ukClearingInUs));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOfSatisfying(
                WriteOutcome.Rejected.class, rejected -> assertThat(rejected.code()).isEqualTo("INVALID_KEY_OR_REF")));
        assertThat(netsuite.account().journalEntries()).isEmpty();
    }

    @Test
    void anEntryInAClosedPeriodIsRejected() {
        JournalEntryDraft october = new JournalEntryDraft("TTS-STMT-7495021-S7", id(SUBSIDIARY), id(USD),
                LocalDate.of(2026, 10, 15), null, List.of(Line.debit(id(CLEARING), BigDecimal.TEN, null),
                Line.credit(id(RECEIVABLE), BigDecimal.TEN, null)), Map.of());

        WriteOutcome outcome = gateway.upsertJournalEntries(List.of(october)).get(0);

        assertThat(outcome).isInstanceOfSatisfying(WriteOutcome.Rejected.class,
                rejected -> assertThat(rejected.code()).isEqualTo("CLOSED_TRAN_PRD"));
        assertThat(netsuite.account().journalEntries()).isEmpty();
    }

    @Test
    void aPayoutDepositedTwiceIsOneDeposit() {
        WriteOutcome.Written first = written(gateway.upsertDeposits(List.of(payout("P1", BANK, "95.00"))));
        WriteOutcome.Written again = written(gateway.upsertDeposits(List.of(payout("P1", BANK, "96.25"))));

        assertThat(again.internalId()).isEqualTo(first.internalId());
        assertThat(netsuite.account().deposits()).singleElement().satisfies(deposit -> {
            assertThat(deposit.externalId()).isEqualTo("TTS-PAY-7495021-P1");
            assertThat(deposit.bankAccount()).isEqualTo(BANK);
            assertThat(deposit.currency()).isEqualTo(USD);
            assertThat(deposit.tranDate()).isEqualTo(DAY);
            assertThat(deposit.lines()).extracting(PostedDeposit.Line::account).containsExactly(CLEARING);
            assertThat(deposit.total()).isEqualByComparingTo("96.25");
        });
    }

    @Test
    void aDepositToAnAccountThatIsNotABankIsRefused() {
        rejectedAsData(gateway.upsertDeposits(List.of(payout("P2", CLEARING, "10.00"))), "bank account");
        assertThat(netsuite.account().deposits()).isEmpty();
    }

    @Test
    void aBlockedRequestIsRetriedIntoOneEntry() {
        netsuite.faults().inject(new FaultRule("upsertList", FaultKind.REQUEST_BLOCKED, 1, 0));

        written(gateway.upsertJournalEntries(List.of(statement("S8", "50.00", "2.00"))));

        assertThat(netsuite.account().journalEntries()).hasSize(1);
    }

    @Test
    void aLostAnswerAfterCommitStillLeavesOneDeposit() {
        long upsertsBefore = netsuite.requests().of("upsertList");
        netsuite.faults().inject(new FaultRule("upsertList", FaultKind.LOSE_RESPONSE_AFTER_COMMIT, 1, 0));

        written(gateway.upsertDeposits(List.of(payout("P3", BANK, "40.00"))));

        assertThat(netsuite.account().deposits()).hasSize(1);
        // Sent again after the lost answer: the upsert by external id found the committed deposit.
        assertThat(netsuite.requests().of("upsertList")).isEqualTo(upsertsBefore + 2);
    }

    /** Sales on the receivable, four TikTok fees as expenses, the rest into clearing: a statement's shape. */
    private static JournalEntryDraft statement(String statementId, String gross, String eachFee) {
        BigDecimal fee = new BigDecimal(eachFee);
        BigDecimal net = new BigDecimal(gross).subtract(fee.multiply(BigDecimal.valueOf(4)));
        return new JournalEntryDraft("TTS-STMT-7495021-" + statementId, id(SUBSIDIARY), id(USD), DAY,
                "TikTok statement " + statementId, List.of(
                new Line(id(RECEIVABLE), BigDecimal.ZERO, new BigDecimal(gross), "sales", id(SHOP_CUSTOMER)),
                Line.debit(id(COMMISSION), fee, "commission"),
                Line.debit(id(TRANSACTION_FEE), fee, "transaction fee"),
                Line.debit(id(SHIPPING_FEE), fee, "shipping fee"),
                Line.debit(id(AFFILIATE_FEE), fee, "affiliate commission"),
                Line.debit(id(CLEARING), net, "net settlement")), Map.of("custbody_tts_statement_id", statementId));
    }

    private static DepositDraft payout(String paymentId, String bank, String amount) {
        return new DepositDraft("TTS-PAY-7495021-" + paymentId, id(SUBSIDIARY), id(USD), id(bank), DAY,
                "TikTok payout " + paymentId,
                List.of(new DepositDraft.Line(id(CLEARING), new BigDecimal(amount), "payout")), Map.of());
    }

    private static SeedRequest.Account account(String internalId, String number, String name, String type,
                                               String subsidiary) {
        return new SeedRequest.Account(internalId, number, name, type,
                subsidiary == null ? List.of() : List.of(subsidiary), null, false);
    }

    private static void rejectedAsData(List<WriteOutcome> outcomes, String messagePart) {
        assertThat(outcomes).singleElement().isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.message()).contains(messagePart);
            assertThat(rejected.faultClass()).isEqualTo(FaultClass.DO_NOT_RETRY);
            assertThat(rejected.retryable()).isFalse();
        });
    }

    private static WriteOutcome.Written written(List<WriteOutcome> outcomes) {
        assertThat(outcomes).singleElement().isInstanceOf(WriteOutcome.Written.class);
        return (WriteOutcome.Written) outcomes.get(0);
    }

    private static NetSuiteInternalId id(String value) {
        return new NetSuiteInternalId(value);
    }
}
