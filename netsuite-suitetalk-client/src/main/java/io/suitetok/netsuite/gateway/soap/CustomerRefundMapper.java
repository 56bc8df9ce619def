package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.transactions.customers_2025_2.CustomerRefund;
import com.netsuite.webservices.transactions.customers_2025_2.CustomerRefundApply;
import com.netsuite.webservices.transactions.customers_2025_2.CustomerRefundApplyList;
import io.suitetok.netsuite.gateway.CustomerRefundDraft;

/** A {@link CustomerRefundDraft} as a SuiteTalk {@code CustomerRefund} applied to one Credit Memo. */
final class CustomerRefundMapper {

    private CustomerRefundMapper() {
    }

    /** @param creditMemoInternalId the memo the refund pays out; its apply line names it by internal id */
    static CustomerRefund toRefund(CustomerRefundDraft draft, String creditMemoInternalId) {
        CustomerRefund refund = new CustomerRefund();
        refund.setExternalId(draft.externalId());
        refund.setCustomer(SalesOrderMapper.ref(draft.customer()));
        refund.setCurrency(SalesOrderMapper.ref(draft.currency()));
        refund.setTranDate(SalesOrderMapper.asTranDate(draft.tranDate()));
        refund.setMemo(draft.memo());
        refund.setPaymentMethod(SalesOrderMapper.ref(draft.paymentMethod()));
        refund.setAccount(SalesOrderMapper.ref(draft.account()));
        refund.setSubsidiary(SalesOrderMapper.ref(draft.subsidiary()));
        CustomerRefundApply apply = new CustomerRefundApply();
        apply.setApply(true);
        apply.setDoc(Long.parseLong(creditMemoInternalId));
        apply.setAmount(draft.amount());
        CustomerRefundApplyList applyList = new CustomerRefundApplyList();
        // Only the memo named here: other open credits of the customer stay as they are.
        applyList.setReplaceAll(false);
        applyList.getApply().add(apply);
        refund.setApplyList(applyList);
        refund.setCustomFieldList(SalesOrderMapper.customFields(draft.customFields()));
        return refund;
    }
}
