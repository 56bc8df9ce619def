package io.suitetok.model.settlement;

import java.math.BigDecimal;

/**
 * The payload of {@code StatementSettled} on {@code settlement.statements.v1}: one TikTok statement as
 * settlement-service ingested, matched and posted it. TikTok's identity holds for the amounts:
 * {@code settlementAmount = revenueAmount + feeAmount + adjustmentAmount} (fees negative).
 *
 * @param lines          the statement's transactions
 * @param unmatched      of those, the ones surfaced for finance
 * @param state          POSTED, PARKED (with reasons in the finance API) or INGESTED (posting off or pending)
 * @param journalEntryId NetSuite's internal id of the statement's Journal Entry, null until posted
 * @param paymentId      TikTok's payment that pays the statement out, null until TikTok pays it
 */
public record StatementSettled(String shopId, String statementId, String currency, BigDecimal settlementAmount,
        BigDecimal revenueAmount, BigDecimal feeAmount, BigDecimal adjustmentAmount, int lines, int unmatched,
        String state, String journalEntryId, String paymentId, String paymentStatus) {
}
