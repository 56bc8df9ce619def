package io.suitetok.sandbox.netsuite.account.rules;

import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.transactions.customers_2025_2.CreditMemo;
import com.netsuite.webservices.transactions.customers_2025_2.CustomerRefund;
import com.netsuite.webservices.transactions.customers_2025_2.CustomerRefundApply;
import io.suitetok.netsuite.wire.RecordRefs;
import io.suitetok.sandbox.netsuite.account.RecordError;
import java.math.BigDecimal;
import java.util.List;

/**
 * Customer refunds pay out credit: each applied line names a credit memo of the same customer by
 * internal id ({@code doc}) and takes no more than the memo has remaining. Applying lowers the memo's
 * {@code amountRemaining}, raises its {@code applied}, and a memo with nothing left is "Fully Applied".
 * The refund's total is what it applies. An update may not change the apply list.
 */
public final class CustomerRefundRules implements RecordRules<CustomerRefund> {

    @Override
    public Class<CustomerRefund> type() {
        return CustomerRefund.class;
    }

    @Override
    public void validate(Write<CustomerRefund> write, AccountAccess account) {
        CustomerRefund refund = write.record();
        TransactionRules.header(account, refund.getCustomer(), refund.getSubsidiary(), refund.getTranDate());
        account.requireCurrencyIfPresent(refund.getCurrency());
        if (write.isUpdate()) {
            if (write.incoming().getApplyList() != null) {
                throw new RecordError("USER_ERROR", "The simulator does not change what a stored refund applies.");
            }
            return;
        }
        for (CustomerRefundApply line : applied(refund)) {
            CreditMemo memo = memo(account, line);
            if (!refund.getCustomer().getInternalId().equals(memo.getEntity().getInternalId())) {
                throw new RecordError("USER_ERROR", "Credit memo " + memo.getTranId() + " belongs to another customer.");
            }
            Quantities.requirePositive(line.getAmount(), "amount");
            BigDecimal remaining = Quantities.orZero(memo.getAmountRemaining());
            if (line.getAmount().compareTo(remaining) > 0) {
                throw new RecordError("INVALID_FLD_VALUE", "The amount applied (" + line.getAmount().toPlainString()
                        + ") is more than the " + remaining.toPlainString() + " remaining on credit memo "
                        + memo.getTranId() + ".");
            }
        }
    }

    @Override
    public void apply(Write<CustomerRefund> write, AccountAccess account) {
        CustomerRefund refund = write.record();
        if (write.isUpdate()) {
            return;
        }
        refund.setTranDate(refund.getTranDate() != null ? refund.getTranDate() : account.now());
        BigDecimal total = BigDecimal.ZERO;
        for (CustomerRefundApply line : applied(refund)) {
            CreditMemo memo = memo(account, line);
            memo.setAmountRemaining(Quantities.orZero(memo.getAmountRemaining()).subtract(line.getAmount()));
            memo.setApplied(Quantities.orZero(memo.getApplied()).add(line.getAmount()));
            memo.setStatus(memo.getAmountRemaining().signum() == 0 ? "Fully Applied" : "Open");
            memo.setLastModifiedDate(account.now());
            account.replace(memo);
            line.setType("Credit Memo");
            line.setRefNum(memo.getTranId());
            line.setTotal(memo.getTotal());
            line.setDue(memo.getAmountRemaining());
            total = total.add(line.getAmount());
        }
        refund.setTotal(total);
    }

    private static List<CustomerRefundApply> applied(CustomerRefund refund) {
        return refund.getApplyList() == null ? List.of() : refund.getApplyList().getApply().stream()
                .filter(line -> Boolean.TRUE.equals(line.isApply())).toList();
    }

    private static CreditMemo memo(AccountAccess account, CustomerRefundApply line) {
        if (line.getDoc() == null) {
            throw RecordError.missingValue("doc");
        }
        return account.require(RecordType.CREDIT_MEMO, RecordRefs.internal(String.valueOf(line.getDoc())), "doc",
                CreditMemo.class);
    }
}
