package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.platform.core_2025_2.InitializeRecord;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeRefType;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeType;
import com.netsuite.webservices.transactions.purchases_2025_2.ItemReceipt;
import com.netsuite.webservices.transactions.purchases_2025_2.ItemReceiptItem;
import com.netsuite.webservices.transactions.purchases_2025_2.ItemReceiptItemList;
import io.suitetok.netsuite.gateway.ReturnReceiptDraft;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ReturnReceiptDraft} as a SuiteTalk {@code ItemReceipt} made from the Return Authorization
 * by initialize: the RA's lines come prefilled with what is left to receive; the received ones get the
 * draft's quantity and location and {@code itemReceive} true, the others {@code itemReceive} false.
 */
final class ItemReceiptMapper {

    /** A draft line whose item the Return Authorization does not have. */
    static final String ITEM_NOT_ON_RETURN = "HUB_ITEM_NOT_ON_RETURN";

    private ItemReceiptMapper() {
    }

    static InitializeRecord initializeFrom(ReturnReceiptDraft draft) {
        return Initialize.from(InitializeType.ITEM_RECEIPT, InitializeRefType.RETURN_AUTHORIZATION,
                draft.returnAuthorizationExternalId());
    }

    /**
     * Each received quantity is spread over the RA lines of that item in order, up to what each line
     * has left (an RA splits one item into lines at different rates); what exceeds them all stays on
     * the last line, for NetSuite to refuse with its own message.
     */
    static ItemReceipt toItemReceipt(ItemReceipt initialized, ReturnReceiptDraft draft) {
        List<ItemReceiptItem> prefilled = initialized.getItemList() == null ? List.of()
                : initialized.getItemList().getItem();
        Map<ItemReceiptItem, BigDecimal> taken = new IdentityHashMap<>();
        List<ItemReceiptItem> received = new ArrayList<>();
        for (ReturnReceiptDraft.Received line : draft.lines()) {
            List<ItemReceiptItem> ofItem = prefilled.stream()
                    .filter(candidate -> line.item().equals(WireValues.id(candidate.getItem()))).toList();
            if (ofItem.isEmpty()) {
                throw new DraftRefused(ITEM_NOT_ON_RETURN, "item " + line.item()
                        + " is not on an open line of return authorization " + draft.returnAuthorizationExternalId());
            }
            BigDecimal left = line.quantity();
            for (int k = 0; k < ofItem.size() && left.signum() > 0; k++) {
                ItemReceiptItem source = ofItem.get(k);
                BigDecimal room = WireValues.orZero(source.getQuantityRemaining())
                        .subtract(taken.getOrDefault(source, BigDecimal.ZERO)).max(BigDecimal.ZERO);
                BigDecimal quantity = k == ofItem.size() - 1 ? left : left.min(room);
                if (quantity.signum() == 0) {
                    continue;
                }
                taken.merge(source, quantity, BigDecimal::add);
                received.add(receivedLine(source, quantity, line));
                left = left.subtract(quantity);
            }
        }
        ItemReceiptItemList lines = new ItemReceiptItemList();
        lines.getItem().addAll(received);
        for (ItemReceiptItem source : prefilled) {
            if (!taken.containsKey(source)) {
                ItemReceiptItem untouched = copy(source);
                untouched.setItemReceive(false);
                lines.getItem().add(untouched);
            }
        }
        ItemReceipt receipt = initialized;
        receipt.setInternalId(null);
        receipt.setExternalId(draft.externalId());
        receipt.setTranDate(SalesOrderMapper.asTranDate(draft.tranDate()));
        receipt.setMemo(draft.memo());
        receipt.setItemList(lines);
        return receipt;
    }

    private static ItemReceiptItem receivedLine(ItemReceiptItem source, BigDecimal quantity,
                                                ReturnReceiptDraft.Received draft) {
        ItemReceiptItem line = copy(source);
        line.setItemReceive(true);
        line.setQuantity(quantity);
        line.setLocation(SalesOrderMapper.ref(draft.location()));
        return line;
    }

    private static ItemReceiptItem copy(ItemReceiptItem source) {
        ItemReceiptItem line = new ItemReceiptItem();
        line.setItem(source.getItem());
        line.setOrderLine(source.getOrderLine());
        line.setDescription(source.getDescription());
        line.setLocation(source.getLocation());
        line.setQuantity(source.getQuantity());
        return line;
    }
}
