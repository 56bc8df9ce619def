package io.suitetok.sandbox.netsuite.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored bank Deposit in the simulator's own terms, for tests and the local stack's invariants.
 *
 * @param bankAccount the account the money lands in
 * @param total       the sum of the lines
 */
public record PostedDeposit(String internalId, String externalId, String subsidiary, String currency,
                            String bankAccount, LocalDate tranDate, String memo, List<Line> lines, BigDecimal total) {

    public record Line(String account, BigDecimal amount, String memo) {
    }
}
