package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.lists.accounting_2025_2.Subsidiary;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.transactions.bank_2025_2.Deposit;
import com.netsuite.webservices.transactions.general_2025_2.JournalEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The account's journal entries and deposits as {@link PostedJournalEntry} and {@link PostedDeposit}, in id order. */
final class PostedLedger {

    private PostedLedger() {
    }

    static List<PostedJournalEntry> journalEntries(AccountState state) {
        return state.records.all(RecordType.JOURNAL_ENTRY).stream().map(r -> entry((JournalEntry) r)).toList();
    }

    static List<PostedDeposit> deposits(AccountState state) {
        return state.records.all(RecordType.DEPOSIT).stream().map(r -> deposit(state, (Deposit) r)).toList();
    }

    private static PostedJournalEntry entry(JournalEntry entry) {
        List<PostedJournalEntry.Line> lines = entry.getLineList() == null ? List.of()
                : entry.getLineList().getLine().stream()
                .map(line -> new PostedJournalEntry.Line(id(line.getAccount()), orZero(line.getDebit()),
                        orZero(line.getCredit()), line.getMemo(), id(line.getEntity())))
                .toList();
        BigDecimal total = lines.stream().map(PostedJournalEntry.Line::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PostedJournalEntry(entry.getInternalId(), entry.getExternalId(), id(entry.getSubsidiary()),
                id(entry.getCurrency()), date(entry.getTranDate()), entry.getMemo(), lines, total);
    }

    /** A Deposit has no currency field: it is the bank account's, else the subsidiary's base currency. */
    private static PostedDeposit deposit(AccountState state, Deposit deposit) {
        List<PostedDeposit.Line> lines = deposit.getOtherList() == null ? List.of()
                : deposit.getOtherList().getDepositOther().stream()
                .map(line -> new PostedDeposit.Line(id(line.getAccount()), orZero(line.getAmount()), line.getMemo()))
                .toList();
        BigDecimal total = lines.stream().map(PostedDeposit.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PostedDeposit(deposit.getInternalId(), deposit.getExternalId(), id(deposit.getSubsidiary()),
                currency(state, deposit), id(deposit.getAccount()), date(deposit.getTranDate()), deposit.getMemo(),
                lines, total);
    }

    private static String currency(AccountState state, Deposit deposit) {
        GlAccount bank = deposit.getAccount() == null ? null : state.glAccounts.get(deposit.getAccount().getInternalId());
        if (bank != null && bank.currency() != null) {
            return bank.currency();
        }
        return state.resolve(RecordType.SUBSIDIARY, deposit.getSubsidiary())
                .map(record -> id(((Subsidiary) record).getCurrency())).orElse(null);
    }

    /** The calendar day in UTC: the client sends noon UTC, so this is the day it meant. */
    private static LocalDate date(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private static String id(RecordRef ref) {
        return ref == null ? null : ref.getInternalId();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
