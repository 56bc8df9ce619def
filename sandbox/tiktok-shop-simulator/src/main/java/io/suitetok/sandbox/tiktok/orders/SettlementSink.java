package io.suitetok.sandbox.tiktok.orders;

import java.time.LocalDate;

/**
 * Where settled money goes: implemented by the finance ledger, so that orders do not depend on
 * finance. Called under the state lock.
 */
public interface SettlementSink {

    /** The order meets the settlement rules: book its statement transaction on the UTC day. */
    void settle(SimOrder order, LocalDate day);

    /** A refund completed after the order was settled: book it as its own transaction on the day. */
    void refundAfterSettlement(SimOrder order, ReturnOrder refund, LocalDate day);
}
