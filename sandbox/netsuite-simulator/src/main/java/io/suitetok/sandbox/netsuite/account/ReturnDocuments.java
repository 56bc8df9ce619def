package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.platform.core_2025_2.CustomFieldList;
import com.netsuite.webservices.platform.core_2025_2.CustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.StringCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.transactions.customers_2025_2.CreditMemo;
import com.netsuite.webservices.transactions.customers_2025_2.CustomerRefund;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorization;
import com.netsuite.webservices.transactions.purchases_2025_2.ItemReceipt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The account's return documents as {@link ReturnDocument}s: RAs, then receipts, memos and refunds, each in id order. */
final class ReturnDocuments {

    private ReturnDocuments() {
    }

    static List<ReturnDocument> of(AccountState state) {
        List<ReturnDocument> documents = new ArrayList<>();
        state.records.all(RecordType.RETURN_AUTHORIZATION).forEach(r -> documents.add(rma((ReturnAuthorization) r)));
        state.records.all(RecordType.ITEM_RECEIPT).forEach(r -> documents.add(receipt((ItemReceipt) r)));
        state.records.all(RecordType.CREDIT_MEMO).forEach(r -> documents.add(memo((CreditMemo) r)));
        state.records.all(RecordType.CUSTOMER_REFUND).forEach(r -> documents.add(refund((CustomerRefund) r)));
        return documents;
    }

    private static ReturnDocument rma(ReturnAuthorization rma) {
        List<ReturnDocument.Line> lines = rma.getItemList() == null ? List.of() : rma.getItemList().getItem().stream()
                .map(line -> new ReturnDocument.Line(id(line.getItem()), line.getQuantity(), rate(line.getRate()),
                        line.getAmount(), id(line.getLocation()), Boolean.TRUE.equals(line.isIsClosed()),
                        line.getQuantityReceived(), line.getQuantityBilled()))
                .toList();
        return new ReturnDocument("returnAuthorization", rma.getInternalId(), rma.getExternalId(), rma.getTranId(),
                id(rma.getCreatedFrom()), id(rma.getEntity()), id(rma.getCurrency()), rma.getStatus(), rma.getTotal(),
                null, null, lines, List.of(), fields(rma.getCustomFieldList()));
    }

    private static ReturnDocument receipt(ItemReceipt receipt) {
        List<ReturnDocument.Line> lines = receipt.getItemList() == null ? List.of()
                : receipt.getItemList().getItem().stream()
                .map(line -> new ReturnDocument.Line(id(line.getItem()), line.getQuantity(), null, null,
                        id(line.getLocation()), false, null, null))
                .toList();
        return new ReturnDocument("itemReceipt", receipt.getInternalId(), receipt.getExternalId(), receipt.getTranId(),
                id(receipt.getCreatedFrom()), id(receipt.getEntity()), id(receipt.getCurrency()), null, null, null,
                null, lines, List.of(), fields(receipt.getCustomFieldList()));
    }

    private static ReturnDocument memo(CreditMemo memo) {
        List<ReturnDocument.Line> lines = memo.getItemList() == null ? List.of() : memo.getItemList().getItem().stream()
                .map(line -> new ReturnDocument.Line(id(line.getItem()), line.getQuantity(), rate(line.getRate()),
                        line.getAmount(), id(line.getLocation()), false, null, null))
                .toList();
        return new ReturnDocument("creditMemo", memo.getInternalId(), memo.getExternalId(), memo.getTranId(),
                id(memo.getCreatedFrom()), id(memo.getEntity()), id(memo.getCurrency()), memo.getStatus(),
                memo.getTotal(), memo.getShippingCost(), memo.getAmountRemaining(), lines, List.of(),
                fields(memo.getCustomFieldList()));
    }

    private static ReturnDocument refund(CustomerRefund refund) {
        List<ReturnDocument.Applied> applied = refund.getApplyList() == null ? List.of()
                : refund.getApplyList().getApply().stream().filter(line -> Boolean.TRUE.equals(line.isApply()))
                .map(line -> new ReturnDocument.Applied(String.valueOf(line.getDoc()), line.getAmount()))
                .toList();
        return new ReturnDocument("customerRefund", refund.getInternalId(), refund.getExternalId(), refund.getTranId(),
                null, id(refund.getCustomer()), id(refund.getCurrency()), null, refund.getTotal(), null, null,
                List.of(), applied, fields(refund.getCustomFieldList()));
    }

    private static String id(RecordRef ref) {
        return ref == null ? null : ref.getInternalId();
    }

    private static BigDecimal rate(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
    }

    /** String custom fields by script id; other kinds are shown as their Java value. */
    private static Map<String, String> fields(CustomFieldList list) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (list != null) {
            for (CustomFieldRef field : list.getCustomField()) {
                fields.put(field.getScriptId(), field instanceof StringCustomFieldRef text ? text.getValue()
                        : String.valueOf(field));
            }
        }
        return fields;
    }
}
