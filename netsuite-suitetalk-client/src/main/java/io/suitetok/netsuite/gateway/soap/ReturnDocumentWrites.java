package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.transactions.customers_2025_2.CreditMemo;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorization;
import com.netsuite.webservices.transactions.purchases_2025_2.ItemReceipt;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.gateway.CreditMemoDraft;
import io.suitetok.netsuite.gateway.CustomerRefundDraft;
import io.suitetok.netsuite.gateway.ReturnAuthorizationDraft;
import io.suitetok.netsuite.gateway.ReturnReceiptDraft;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.soap.SuiteTalkClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The returns side of {@link SoapNetSuiteGateway}: Return Authorizations, Item Receipts, Credit Memos
 * and Customer Refunds, each written through {@link IdempotentAdds} so that a repeat answers the record
 * NetSuite already holds.
 */
final class ReturnDocumentWrites {

    /** A refund whose credit memo NetSuite does not hold (yet): the memo's write comes first. */
    static final String CREDIT_MEMO_NOT_FOUND = "HUB_CREDIT_MEMO_NOT_FOUND";

    private final SuiteTalkClient client;
    private final IdempotentAdds adds;

    ReturnDocumentWrites(SuiteTalkClient client) {
        this.client = client;
        this.adds = new IdempotentAdds(client);
    }

    List<WriteOutcome> returnAuthorizations(List<ReturnAuthorizationDraft> drafts) {
        return adds.write(RecordType.RETURN_AUTHORIZATION, drafts, new IdempotentAdds.Plan<>() {
            @Override
            public String externalId(ReturnAuthorizationDraft draft) {
                return draft.externalId();
            }

            @Override
            public Record create(ReturnAuthorizationDraft draft) {
                ReturnAuthorization initialized = (ReturnAuthorization) client.initialize(
                        ReturnAuthorizationMapper.initializeFrom(draft));
                return ReturnAuthorizationMapper.toReturnAuthorization(initialized, draft);
            }

            @Override
            public Optional<Record> update(ReturnAuthorizationDraft draft, Record existing) {
                return Optional.of(ReturnAuthorizationMapper.headerUpdate((ReturnAuthorization) existing, draft));
            }
        });
    }

    List<WriteOutcome> itemReceipts(List<ReturnReceiptDraft> drafts) {
        return adds.write(RecordType.ITEM_RECEIPT, drafts, new IdempotentAdds.Plan<>() {
            @Override
            public String externalId(ReturnReceiptDraft draft) {
                return draft.externalId();
            }

            @Override
            public Record create(ReturnReceiptDraft draft) {
                ItemReceipt initialized = (ItemReceipt) client.initialize(ItemReceiptMapper.initializeFrom(draft));
                return ItemReceiptMapper.toItemReceipt(initialized, draft);
            }
        });
    }

    List<WriteOutcome> creditMemos(List<CreditMemoDraft> drafts) {
        return adds.write(RecordType.CREDIT_MEMO, drafts, new IdempotentAdds.Plan<>() {
            @Override
            public String externalId(CreditMemoDraft draft) {
                return draft.externalId();
            }

            @Override
            public Record create(CreditMemoDraft draft) {
                if (draft.returnAuthorizationExternalId() == null) {
                    return CreditMemoMapper.standalone(draft);
                }
                CreditMemo initialized = (CreditMemo) client.initialize(CreditMemoMapper.initializeFrom(draft));
                return CreditMemoMapper.fromReturn(initialized, draft);
            }
        });
    }

    List<WriteOutcome> customerRefunds(List<CustomerRefundDraft> drafts) {
        Map<String, String> memos = adds.internalIds(RecordType.CREDIT_MEMO,
                drafts.stream().map(CustomerRefundDraft::creditMemoExternalId).toList());
        return adds.write(RecordType.CUSTOMER_REFUND, drafts, new IdempotentAdds.Plan<>() {
            @Override
            public String externalId(CustomerRefundDraft draft) {
                return draft.externalId();
            }

            @Override
            public Record create(CustomerRefundDraft draft) {
                String memo = memos.get(draft.creditMemoExternalId());
                if (memo == null) {
                    // Retryable: once the memo's own write lands, the same refund goes through.
                    throw new DraftRefused(CREDIT_MEMO_NOT_FOUND, "NetSuite holds no credit memo "
                            + draft.creditMemoExternalId() + " to apply the refund to", FaultClass.RETRY);
                }
                return CustomerRefundMapper.toRefund(draft, memo);
            }
        });
    }
}
