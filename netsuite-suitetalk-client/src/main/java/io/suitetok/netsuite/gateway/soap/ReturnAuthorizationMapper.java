package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.platform.core_2025_2.types.InitializeRefType;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeType;
import com.netsuite.webservices.platform.core_2025_2.InitializeRecord;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorization;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorizationItem;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorizationItemList;
import io.suitetok.netsuite.gateway.ReturnAuthorizationDraft;
import io.suitetok.netsuite.gateway.ReturnedItem;
import io.suitetok.netsuite.wire.RecordRefs;
import java.util.Optional;

/**
 * A {@link ReturnAuthorizationDraft} as a SuiteTalk {@code ReturnAuthorization}: made from the Sales
 * Order by initialize, which prefills the customer, subsidiary, currency, location and every open order
 * line; the adapter keeps only the returned items, at the draft's quantities and rates.
 */
final class ReturnAuthorizationMapper {

    /** A draft line whose item the Sales Order does not have. */
    static final String ITEM_NOT_ON_ORDER = "HUB_ITEM_NOT_ON_ORDER";

    private ReturnAuthorizationMapper() {
    }

    static InitializeRecord initializeFrom(ReturnAuthorizationDraft draft) {
        return Initialize.from(InitializeType.RETURN_AUTHORIZATION, InitializeRefType.SALES_ORDER,
                draft.salesOrderExternalId());
    }

    /**
     * The initialized RA with one line per draft line: two draft lines of one item at different rates
     * stay two lines, both pointing at the order line of that item, so quantity times rate adds up to
     * what TikTok refunds.
     */
    static ReturnAuthorization toReturnAuthorization(ReturnAuthorization initialized, ReturnAuthorizationDraft draft) {
        ReturnAuthorizationItemList lines = new ReturnAuthorizationItemList();
        for (ReturnedItem returned : draft.lines()) {
            ReturnAuthorizationItem orderLine = orderLineOf(initialized, returned)
                    .orElseThrow(() -> new DraftRefused(ITEM_NOT_ON_ORDER, "item " + returned.item()
                            + " is not on an open line of sales order " + draft.salesOrderExternalId()));
            ReturnAuthorizationItem line = new ReturnAuthorizationItem();
            line.setItem(orderLine.getItem());
            line.setOrderLine(orderLine.getOrderLine());
            line.setQuantity(returned.quantity());
            line.setDescription(returned.description() != null ? returned.description() : orderLine.getDescription());
            line.setPrice(RecordRefs.internal(SalesOrderMapper.CUSTOM_PRICE_LEVEL));
            line.setRate(returned.rate().toPlainString());
            line.setLocation(orderLine.getLocation());
            if (draft.closed()) {
                // Cancelled before NetSuite ever held it: the RA is still recorded, closed from the start.
                line.setIsClosed(true);
            }
            lines.getItem().add(line);
        }
        ReturnAuthorization rma = initialized;
        rma.setInternalId(null);
        rma.setExternalId(draft.externalId());
        rma.setTranDate(SalesOrderMapper.asTranDate(draft.tranDate()));
        rma.setMemo(draft.memo());
        rma.setItemList(lines);
        rma.setCustomFieldList(SalesOrderMapper.customFields(draft.customFields()));
        return rma;
    }

    /**
     * The update of an RA NetSuite already holds: memo and custom fields, and when the draft says closed,
     * every line closed (by line number, replaceAll false, so nothing else on the lines changes).
     */
    static ReturnAuthorization headerUpdate(ReturnAuthorization existing, ReturnAuthorizationDraft draft) {
        ReturnAuthorization update = new ReturnAuthorization();
        update.setInternalId(existing.getInternalId());
        update.setMemo(draft.memo());
        update.setCustomFieldList(SalesOrderMapper.customFields(draft.customFields()));
        if (draft.closed() && existing.getItemList() != null) {
            ReturnAuthorizationItemList closing = new ReturnAuthorizationItemList();
            closing.setReplaceAll(false);
            for (ReturnAuthorizationItem stored : existing.getItemList().getItem()) {
                ReturnAuthorizationItem line = new ReturnAuthorizationItem();
                line.setLine(stored.getLine());
                line.setIsClosed(true);
                closing.getItem().add(line);
            }
            update.setItemList(closing);
        }
        return update;
    }

    private static Optional<ReturnAuthorizationItem> orderLineOf(ReturnAuthorization initialized, ReturnedItem returned) {
        if (initialized.getItemList() == null) {
            return Optional.empty();
        }
        return initialized.getItemList().getItem().stream()
                .filter(line -> returned.item().equals(WireValues.id(line.getItem())))
                .findFirst();
    }
}
