package io.suitetok.sandbox.netsuite.account;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A return document the account holds (Return Authorization, Item Receipt, Credit Memo or Customer
 * Refund) in the simulator's own plain terms, for the local stack's invariants and tests: what was
 * authorized, received, credited and paid back, without SuiteTalk types.
 *
 * @param type            the SuiteTalk record type: returnAuthorization, itemReceipt, creditMemo, customerRefund
 * @param createdFrom     internal id of the source (the Sales Order of an RA, the RA of a receipt or memo); null when standalone
 * @param entity          the customer's internal id
 * @param total           lines plus shipping (the amount refunded, for a refund); null for a receipt
 * @param amountRemaining a credit memo's credit not yet refunded; null for other types
 * @param status          NetSuite's status text where the type has one (RA, credit memo)
 * @param applied         a refund's applied credit memos; empty for other types
 */
public record ReturnDocument(String type, String internalId, String externalId, String tranId, String createdFrom,
                             String entity, String currency, String status, BigDecimal total, BigDecimal shippingCost,
                             BigDecimal amountRemaining, List<Line> lines, List<Applied> applied,
                             Map<String, String> customFields) {

    /**
     * One line. {@code quantityReceived}/{@code quantityCredited} are an RA line's progress (null on
     * other types); {@code rate} is null on a receipt.
     */
    public record Line(String item, BigDecimal quantity, BigDecimal rate, BigDecimal amount, String location,
                       boolean closed, BigDecimal quantityReceived, BigDecimal quantityCredited) {
    }

    /** A credit memo (by internal id) a refund pays out, and how much of it. */
    public record Applied(String creditMemo, BigDecimal amount) {
    }
}
