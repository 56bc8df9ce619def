package io.suitetok.sandbox.netsuite.account.rules;

import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorization;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorizationItem;
import com.netsuite.webservices.transactions.purchases_2025_2.ItemReceipt;
import com.netsuite.webservices.transactions.purchases_2025_2.ItemReceiptItem;
import com.netsuite.webservices.transactions.purchases_2025_2.ItemReceiptItemList;
import io.suitetok.netsuite.wire.RecordRefs;
import io.suitetok.sandbox.netsuite.account.RecordError;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Item receipts of returned goods, made from a Return Authorization: each received line names its RA
 * line ({@code orderLine}), receives no more than that line has not received yet, into a location that
 * exists. Receiving puts the quantity on hand (and available) at that location, like any stock move,
 * raises the RA line's {@code quantityReceived} and moves the RA's status. A closed RA or line receives
 * nothing. Lines sent with {@code itemReceive} false are not stored. An update may not change the lines.
 */
public final class ItemReceiptRules implements RecordRules<ItemReceipt> {

    @Override
    public Class<ItemReceipt> type() {
        return ItemReceipt.class;
    }

    @Override
    public void validate(Write<ItemReceipt> write, AccountAccess account) {
        ItemReceipt receipt = write.record();
        account.requireOpenPeriod(receipt.getTranDate());
        if (write.isUpdate()) {
            if (write.incoming().getItemList() != null) {
                throw new RecordError("USER_ERROR",
                        "The simulator does not change the quantities of a stored item receipt; add another one.");
            }
            return;
        }
        if (receipt.getCreatedFrom() == null) {
            throw RecordError.missingValue("Created From");
        }
        ReturnAuthorization rma = account.require(RecordType.RETURN_AUTHORIZATION, receipt.getCreatedFrom(),
                "createdfrom", ReturnAuthorization.class);
        if ("Closed".equals(rma.getStatus())) {
            throw new RecordError("USER_ERROR", "Return authorization " + rma.getTranId()
                    + " is closed; nothing can be received on it.");
        }
        List<ItemReceiptItem> lines = received(receipt);
        if (lines.isEmpty()) {
            throw new RecordError("USER_ERROR", "You must enter at least one line item for this transaction.");
        }
        Map<Long, BigDecimal> receiving = new HashMap<>();
        for (ItemReceiptItem line : lines) {
            ReturnAuthorizationItem rmaLine = rmaLine(rma, line);
            if (Boolean.TRUE.equals(rmaLine.isIsClosed())) {
                throw new RecordError("USER_ERROR", "Line " + rmaLine.getLine() + " of return authorization "
                        + rma.getTranId() + " is closed; nothing can be received on it.");
            }
            Quantities.requirePositive(line.getQuantity(), "quantity");
            BigDecimal total = receiving.merge(rmaLine.getLine(), line.getQuantity(), BigDecimal::add);
            BigDecimal remaining = rmaLine.getQuantity().subtract(Quantities.orZero(rmaLine.getQuantityReceived()));
            if (total.compareTo(remaining) > 0) {
                throw new RecordError("INVALID_FLD_VALUE", "You cannot receive more than the "
                        + remaining.toPlainString() + " unit(s) of item " + rmaLine.getItem().getInternalId()
                        + " not yet received on return authorization " + rma.getTranId() + ".");
            }
            RecordRef location = location(rma, rmaLine, line);
            if (location == null) {
                throw RecordError.missingValue("Location");
            }
            account.requireIfPresent(RecordType.LOCATION, location, "location");
        }
    }

    @Override
    public void apply(Write<ItemReceipt> write, AccountAccess account) {
        ItemReceipt receipt = write.record();
        if (write.isUpdate()) {
            return;
        }
        receipt.setTranDate(receipt.getTranDate() != null ? receipt.getTranDate() : account.now());
        ReturnAuthorization rma = account.require(RecordType.RETURN_AUTHORIZATION, receipt.getCreatedFrom(),
                "createdfrom", ReturnAuthorization.class);
        receipt.setCreatedFrom(RecordRefs.internal(RecordType.RETURN_AUTHORIZATION, rma.getInternalId()));
        receipt.setEntity(rma.getEntity());
        receipt.setSubsidiary(rma.getSubsidiary());
        receipt.setCurrency(rma.getCurrency());
        ItemReceiptItemList stored = new ItemReceiptItemList();
        long number = 1;
        for (ItemReceiptItem line : received(receipt)) {
            ReturnAuthorizationItem rmaLine = rmaLine(rma, line);
            RecordRef location = location(rma, rmaLine, line);
            account.receive(rmaLine.getItem().getInternalId(), location.getInternalId(), line.getQuantity());
            rmaLine.setQuantityReceived(Quantities.orZero(rmaLine.getQuantityReceived()).add(line.getQuantity()));
            line.setItem(rmaLine.getItem());
            line.setOrderLine(rmaLine.getLine());
            line.setLine(number++);
            line.setLocation(RecordRefs.internal(location.getInternalId()));
            line.setQuantityRemaining(null);
            stored.getItem().add(line);
        }
        receipt.setItemList(stored);
        ReturnAuthorizationProgress.update(rma);
        rma.setLastModifiedDate(account.now());
        account.replace(rma);
    }

    private static List<ItemReceiptItem> received(ItemReceipt receipt) {
        return receipt.getItemList() == null ? List.of() : receipt.getItemList().getItem().stream()
                .filter(line -> !Boolean.FALSE.equals(line.isItemReceive())).toList();
    }

    /** The RA line a receipt line names by orderLine, else the first line of its item. */
    private static ReturnAuthorizationItem rmaLine(ReturnAuthorization rma, ItemReceiptItem line) {
        List<ReturnAuthorizationItem> lines = rma.getItemList() == null ? List.of() : rma.getItemList().getItem();
        return lines.stream()
                .filter(candidate -> line.getOrderLine() != null
                        ? line.getOrderLine().equals(candidate.getLine())
                        : line.getItem() != null && line.getItem().getInternalId() != null
                        && line.getItem().getInternalId().equals(candidate.getItem().getInternalId()))
                .findFirst()
                .orElseThrow(() -> RecordError.invalidReference("orderline", String.valueOf(
                        line.getOrderLine() != null ? line.getOrderLine()
                                : line.getItem() == null ? null : line.getItem().getInternalId())));
    }

    private static RecordRef location(ReturnAuthorization rma, ReturnAuthorizationItem rmaLine, ItemReceiptItem line) {
        return line.getLocation() != null ? line.getLocation()
                : rmaLine.getLocation() != null ? rmaLine.getLocation() : rma.getLocation();
    }
}
