package io.suitetok.sandbox.netsuite.account.rules;

import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.transactions.customers_2025_2.CreditMemo;
import com.netsuite.webservices.transactions.customers_2025_2.CreditMemoItem;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorization;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorizationItem;
import io.suitetok.netsuite.wire.RecordRefs;
import io.suitetok.sandbox.netsuite.account.RecordError;
import java.math.BigDecimal;
import java.util.List;

/**
 * Credit memos, standalone or made from a Return Authorization. References must exist and the period
 * be open; lines get amounts from quantity and rate; the total is the lines plus {@code shippingCost},
 * all of it {@code amountRemaining} until refunds are applied. A memo from an RA (not a closed one)
 * counts its quantities as credited on the RA's lines ({@code quantityBilled}, by orderLine, else by
 * item) and moves the RA's status. An update may not change the lines.
 */
public final class CreditMemoRules implements RecordRules<CreditMemo> {

    @Override
    public Class<CreditMemo> type() {
        return CreditMemo.class;
    }

    @Override
    public void validate(Write<CreditMemo> write, AccountAccess account) {
        CreditMemo memo = write.record();
        TransactionRules.header(account, memo.getEntity(), memo.getSubsidiary(), memo.getTranDate());
        account.requireCurrencyIfPresent(memo.getCurrency());
        account.requireIfPresent(RecordType.LOCATION, memo.getLocation(), "location");
        if (write.isUpdate()) {
            if (write.incoming().getItemList() != null) {
                throw new RecordError("USER_ERROR", "The simulator does not change the lines of a stored credit memo.");
            }
            return;
        }
        if (memo.getCreatedFrom() != null) {
            ReturnAuthorization rma = account.require(RecordType.RETURN_AUTHORIZATION, memo.getCreatedFrom(),
                    "createdfrom", ReturnAuthorization.class);
            if ("Closed".equals(rma.getStatus())) {
                throw new RecordError("USER_ERROR", "Return authorization " + rma.getTranId()
                        + " is closed; it cannot be credited.");
            }
        }
        if (lines(memo).isEmpty() && Quantities.orZero(memo.getShippingCost()).signum() <= 0) {
            throw new RecordError("USER_ERROR", "You must enter at least one line item for this transaction.");
        }
        lines(memo).forEach(line -> TransactionRules.line(account, line.getItem(), line.getLocation(),
                line.getQuantity(), line.getRate()));
    }

    @Override
    public void apply(Write<CreditMemo> write, AccountAccess account) {
        CreditMemo memo = write.record();
        if (write.isUpdate()) {
            return;
        }
        memo.setTranDate(memo.getTranDate() != null ? memo.getTranDate() : account.now());
        BigDecimal total = Quantities.orZero(memo.getShippingCost());
        long number = 1;
        for (CreditMemoItem line : lines(memo)) {
            line.setLine(number++);
            line.setAmount(Quantities.amount(line.getQuantity(), Quantities.orZero(Quantities.rate(line.getRate()))));
            total = total.add(line.getAmount());
        }
        memo.setTotal(total);
        memo.setAmountPaid(BigDecimal.ZERO);
        memo.setApplied(BigDecimal.ZERO);
        memo.setAmountRemaining(total);
        memo.setStatus("Open");
        if (memo.getCreatedFrom() != null) {
            credit(memo, account);
        }
    }

    private static void credit(CreditMemo memo, AccountAccess account) {
        ReturnAuthorization rma = account.require(RecordType.RETURN_AUTHORIZATION, memo.getCreatedFrom(),
                "createdfrom", ReturnAuthorization.class);
        memo.setCreatedFrom(RecordRefs.internal(RecordType.RETURN_AUTHORIZATION, rma.getInternalId()));
        List<ReturnAuthorizationItem> rmaLines = rma.getItemList() == null ? List.of() : rma.getItemList().getItem();
        for (CreditMemoItem line : lines(memo)) {
            rmaLines.stream()
                    .filter(candidate -> line.getOrderLine() != null ? line.getOrderLine().equals(candidate.getLine())
                            : line.getItem().getInternalId().equals(candidate.getItem().getInternalId()))
                    .findFirst()
                    .ifPresent(rmaLine -> rmaLine.setQuantityBilled(
                            Quantities.orZero(rmaLine.getQuantityBilled()).add(line.getQuantity())));
        }
        ReturnAuthorizationProgress.update(rma);
        rma.setLastModifiedDate(account.now());
        account.replace(rma);
    }

    private static List<CreditMemoItem> lines(CreditMemo memo) {
        return memo.getItemList() == null ? List.of() : memo.getItemList().getItem();
    }
}
