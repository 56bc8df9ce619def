package io.suitetok.netsuite.gateway;

import io.suitetok.model.Required;
import io.suitetok.model.id.NetSuiteInternalId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A Journal Entry keyed by external id (a TikTok statement's postings: {@code TTS-STMT-<shop>-<statementId>}),
 * in one subsidiary and currency. Upserted: a re-run replaces the lines of the entry NetSuite holds
 * instead of posting a second one. Debits must equal credits; the constructor refuses an entry that
 * does not balance, so NetSuite never sees one.
 *
 * @param customFields custom body fields by script id (the TikTok statement id, say)
 */
public record JournalEntryDraft(String externalId, NetSuiteInternalId subsidiary, NetSuiteInternalId currency,
                                LocalDate tranDate, String memo, List<Line> lines, Map<String, String> customFields) {

    public JournalEntryDraft {
        Required.present("externalId", externalId, "subsidiary", subsidiary, "currency", currency,
                "tranDate", tranDate, "lines", lines);
        if (lines.size() < 2) {
            throw new IllegalArgumentException("a journal entry needs at least two lines");
        }
        lines = List.copyOf(lines);
        BigDecimal debits = lines.stream().map(Line::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credits = lines.stream().map(Line::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (debits.compareTo(credits) != 0) {
            throw new IllegalArgumentException("journal entry " + externalId + " does not balance: debits "
                    + debits.toPlainString() + ", credits " + credits.toPlainString());
        }
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    /**
     * One line: an amount on one side of one account. Exactly one of debit and credit is positive, the
     * other zero.
     *
     * @param entity optional customer on the line (a receivable line names who owes)
     * @param memo   optional; what the line is (the fee type, say)
     */
    public record Line(NetSuiteInternalId account, BigDecimal debit, BigDecimal credit, String memo,
                       NetSuiteInternalId entity) {

        public Line {
            Required.present("account", account);
            debit = debit == null ? BigDecimal.ZERO : debit;
            credit = credit == null ? BigDecimal.ZERO : credit;
            if (debit.signum() < 0 || credit.signum() < 0 || (debit.signum() == 0) == (credit.signum() == 0)) {
                throw new IllegalArgumentException("a journal line has exactly one positive side: debit "
                        + debit.toPlainString() + ", credit " + credit.toPlainString());
            }
        }

        public static Line debit(NetSuiteInternalId account, BigDecimal amount, String memo) {
            return new Line(account, amount, BigDecimal.ZERO, memo, null);
        }

        public static Line credit(NetSuiteInternalId account, BigDecimal amount, String memo) {
            return new Line(account, BigDecimal.ZERO, amount, memo, null);
        }

        /** A signed amount: positive debits the account, negative credits it. */
        public static Line signed(NetSuiteInternalId account, BigDecimal amount, String memo) {
            return amount.signum() >= 0 ? debit(account, amount, memo) : credit(account, amount.negate(), memo);
        }
    }
}
