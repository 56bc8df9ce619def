package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.platform.core_2025_2.InitializeRef;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeType;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.platform.messages_2025_2.ReadResponse;
import com.netsuite.webservices.transactions.customers_2025_2.CreditMemo;
import com.netsuite.webservices.transactions.customers_2025_2.CreditMemoItem;
import com.netsuite.webservices.transactions.customers_2025_2.CreditMemoItemList;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorization;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorizationItem;
import com.netsuite.webservices.transactions.purchases_2025_2.ItemReceipt;
import com.netsuite.webservices.transactions.purchases_2025_2.ItemReceiptItem;
import com.netsuite.webservices.transactions.purchases_2025_2.ItemReceiptItemList;
import io.suitetok.netsuite.wire.RecordRefs;
import java.math.BigDecimal;

/**
 * initialize from a Return Authorization: an item receipt prefilled with what is left to receive on
 * each open line (into the line's, else the RA's, location), or a credit memo with the RA's open lines
 * at their rates. A closed RA initializes nothing, as in NetSuite. Nothing is stored.
 */
final class ReturnTransforms {

    private final AccountState state;

    ReturnTransforms(AccountState state) {
        this.state = state;
    }

    ReadResponse initialize(InitializeType type, InitializeRef reference) {
        Record source = state.records.byInternalId(RecordType.RETURN_AUTHORIZATION, reference.getInternalId())
                .or(() -> state.records.byExternalId(RecordType.RETURN_AUTHORIZATION, reference.getExternalId()))
                .orElse(null);
        if (source == null) {
            return Responses.unread("INVALID_INITIALIZE_REF", "Invalid reference key "
                    + (reference.getInternalId() != null ? reference.getInternalId() : reference.getExternalId())
                    + " for initialize.");
        }
        ReturnAuthorization rma = (ReturnAuthorization) state.copier.copy(source);
        // UNVERIFIED: the code and wording NetSuite answers a transform of a closed RA with.
        if ("Closed".equals(rma.getStatus())) {
            return Responses.unread("INVALID_INITIALIZE_REF", "Return authorization " + rma.getTranId()
                    + " is closed; nothing can be made from it.");
        }
        if (type == InitializeType.ITEM_RECEIPT) {
            return receipt(rma);
        }
        if (type == InitializeType.CREDIT_MEMO) {
            return Responses.read(creditMemo(rma));
        }
        return Responses.unread("INVALID_INITIALIZE_REF", "The simulator cannot initialize " + type
                + " from a return authorization.");
    }

    private static ReadResponse receipt(ReturnAuthorization rma) {
        ItemReceipt receipt = new ItemReceipt();
        receipt.setCreatedFrom(RecordRefs.internal(RecordType.RETURN_AUTHORIZATION, rma.getInternalId()));
        receipt.setEntity(rma.getEntity());
        receipt.setSubsidiary(rma.getSubsidiary());
        receipt.setCurrency(rma.getCurrency());
        ItemReceiptItemList lines = new ItemReceiptItemList();
        for (ReturnAuthorizationItem line : open(rma)) {
            BigDecimal remaining = line.getQuantity().subtract(orZero(line.getQuantityReceived()));
            if (remaining.signum() <= 0) {
                continue;
            }
            ItemReceiptItem item = new ItemReceiptItem();
            item.setItemReceive(true);
            item.setItem(line.getItem());
            item.setOrderLine(line.getLine());
            item.setDescription(line.getDescription());
            item.setLocation(line.getLocation() != null ? line.getLocation() : rma.getLocation());
            item.setQuantityRemaining(remaining);
            item.setQuantity(remaining);
            lines.getItem().add(item);
        }
        if (lines.getItem().isEmpty()) {
            return Responses.unread("USER_ERROR", "There are no lines left to receive on return authorization "
                    + rma.getTranId() + ".");
        }
        receipt.setItemList(lines);
        return Responses.read(receipt);
    }

    private static CreditMemo creditMemo(ReturnAuthorization rma) {
        CreditMemo memo = new CreditMemo();
        memo.setCreatedFrom(RecordRefs.internal(RecordType.RETURN_AUTHORIZATION, rma.getInternalId()));
        memo.setEntity(rma.getEntity());
        memo.setCurrency(rma.getCurrency());
        memo.setSubsidiary(rma.getSubsidiary());
        memo.setLocation(rma.getLocation());
        memo.setOtherRefNum(rma.getOtherRefNum());
        CreditMemoItemList lines = new CreditMemoItemList();
        for (ReturnAuthorizationItem line : open(rma)) {
            CreditMemoItem item = new CreditMemoItem();
            item.setItem(line.getItem());
            item.setOrderLine(line.getLine());
            item.setQuantity(line.getQuantity());
            item.setDescription(line.getDescription());
            item.setRate(line.getRate());
            item.setAmount(line.getAmount());
            item.setLocation(line.getLocation());
            lines.getItem().add(item);
        }
        memo.setItemList(lines);
        return memo;
    }

    private static java.util.List<ReturnAuthorizationItem> open(ReturnAuthorization rma) {
        return rma.getItemList() == null ? java.util.List.of() : rma.getItemList().getItem().stream()
                .filter(line -> !Boolean.TRUE.equals(line.isIsClosed())).toList();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
