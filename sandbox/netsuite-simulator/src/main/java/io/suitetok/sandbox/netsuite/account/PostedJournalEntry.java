package io.suitetok.sandbox.netsuite.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored Journal Entry in the simulator's own terms, for tests and the local stack's invariants.
 *
 * @param total the sum of the debits (equal to the credits: the simulator stores only balanced entries)
 */
public record PostedJournalEntry(String internalId, String externalId, String subsidiary, String currency,
                                 LocalDate tranDate, String memo, List<Line> lines, BigDecimal total) {

    /** One line; the side not posted is zero. */
    public record Line(String account, BigDecimal debit, BigDecimal credit, String memo, String entity) {
    }
}
