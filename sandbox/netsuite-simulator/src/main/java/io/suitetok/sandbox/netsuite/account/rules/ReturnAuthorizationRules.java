package io.suitetok.sandbox.netsuite.account.rules;

import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorization;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorizationItem;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorizationItemList;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItem;
import io.suitetok.netsuite.wire.RecordRefs;
import io.suitetok.sandbox.netsuite.account.RecordError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Return Authorizations come from a Sales Order (initialize; a standalone RA is refused) and authorize
 * per item no more than the order sold, less what other open RAs of that order already authorize. An
 * update may change the header and close lines ({@code replaceAll="false"} with line numbers); it may
 * not replace the lines. Receipts and credit memos move {@code quantityReceived}/{@code quantityBilled}
 * and the status ({@link ReturnAuthorizationProgress}).
 */
public final class ReturnAuthorizationRules implements RecordRules<ReturnAuthorization> {

    @Override
    public Class<ReturnAuthorization> type() {
        return ReturnAuthorization.class;
    }

    @Override
    public void validate(Write<ReturnAuthorization> write, AccountAccess account) {
        ReturnAuthorization rma = write.record();
        if (write.isUpdate()) {
            mergeLineChanges(write);
            return;
        }
        if (rma.getCreatedFrom() == null) {
            // UNVERIFIED: NetSuite allows standalone RAs; the hub makes them from orders only, so the simulator insists.
            throw new RecordError("USER_ERROR", "A return authorization must be created from a sales order"
                    + " (initialize); the simulator refuses standalone ones.");
        }
        SalesOrder order = account.require(RecordType.SALES_ORDER, rma.getCreatedFrom(), "createdfrom",
                SalesOrder.class);
        TransactionRules.header(account, rma.getEntity() != null ? rma.getEntity() : order.getEntity(),
                rma.getSubsidiary(), rma.getTranDate());
        List<ReturnAuthorizationItem> lines = rma.getItemList() == null ? List.of() : rma.getItemList().getItem();
        if (lines.isEmpty()) {
            throw new RecordError("USER_ERROR", "You must enter at least one line item for this transaction.");
        }
        Map<String, BigDecimal> asked = new LinkedHashMap<>();
        for (ReturnAuthorizationItem line : lines) {
            TransactionRules.line(account, line.getItem(), line.getLocation(), line.getQuantity(), line.getRate());
            asked.merge(line.getItem().getInternalId(), line.getQuantity(), BigDecimal::add);
        }
        asked.forEach((item, quantity) -> {
            BigDecimal sold = sold(order, item);
            BigDecimal authorized = authorizedElsewhere(account, order, item);
            if (quantity.add(authorized).compareTo(sold) > 0) {
                throw new RecordError("USER_ERROR", "You cannot return " + quantity.toPlainString() + " of item " + item
                        + ": sales order " + order.getTranId() + " sold " + sold.toPlainString()
                        + (authorized.signum() > 0 ? " and other return authorizations already cover "
                        + authorized.toPlainString() : "") + ".");
            }
        });
    }

    @Override
    public void apply(Write<ReturnAuthorization> write, AccountAccess account) {
        ReturnAuthorization rma = write.record();
        if (!write.isUpdate()) {
            SalesOrder order = account.require(RecordType.SALES_ORDER, rma.getCreatedFrom(), "createdfrom",
                    SalesOrder.class);
            rma.setCreatedFrom(RecordRefs.internal(RecordType.SALES_ORDER, order.getInternalId()));
            rma.setEntity(rma.getEntity() != null ? rma.getEntity() : order.getEntity());
            rma.setCurrency(rma.getCurrency() != null ? rma.getCurrency() : order.getCurrency());
            rma.setSubsidiary(rma.getSubsidiary() != null ? rma.getSubsidiary() : order.getSubsidiary());
            rma.setLocation(rma.getLocation() != null ? rma.getLocation() : order.getLocation());
            rma.setTranDate(rma.getTranDate() != null ? rma.getTranDate() : account.now());
            long number = 1;
            BigDecimal total = BigDecimal.ZERO;
            for (ReturnAuthorizationItem line : rma.getItemList().getItem()) {
                line.setLine(number++);
                line.setQuantityReceived(BigDecimal.ZERO);
                line.setQuantityBilled(BigDecimal.ZERO);
                line.setAmount(Quantities.amount(line.getQuantity(), Quantities.orZero(Quantities.rate(line.getRate()))));
                total = total.add(line.getAmount());
            }
            rma.setTotal(total);
        }
        ReturnAuthorizationProgress.update(rma);
    }

    /**
     * An update's item list: with replaceAll false, each line sent changes the stored line of its number
     * (only isClosed and description); replacing the lines of a stored RA is refused.
     */
    private static void mergeLineChanges(Write<ReturnAuthorization> write) {
        ReturnAuthorizationItemList sent = write.incoming().getItemList();
        if (sent == null) {
            return;
        }
        if (sent.isReplaceAll()) {
            throw new RecordError("USER_ERROR", "The simulator does not replace the lines of a stored return"
                    + " authorization; close them with replaceAll=\"false\" and line numbers.");
        }
        List<ReturnAuthorizationItem> stored = write.previous().getItemList().getItem();
        List<ReturnAuthorizationItem> merged = new ArrayList<>();
        for (ReturnAuthorizationItem line : stored) {
            ReturnAuthorizationItem change = sent.getItem().stream()
                    .filter(candidate -> line.getLine().equals(candidate.getLine())).findFirst().orElse(null);
            if (change != null && change.isIsClosed() != null) {
                line.setIsClosed(change.isIsClosed());
            }
            if (change != null && change.getDescription() != null) {
                line.setDescription(change.getDescription());
            }
            merged.add(line);
        }
        for (ReturnAuthorizationItem change : sent.getItem()) {
            if (change.getLine() == null || stored.stream().noneMatch(line -> change.getLine().equals(line.getLine()))) {
                throw RecordError.invalidReference("line", String.valueOf(change.getLine()));
            }
        }
        ReturnAuthorizationItemList list = new ReturnAuthorizationItemList();
        list.getItem().addAll(merged);
        write.record().setItemList(list);
    }

    private static BigDecimal sold(SalesOrder order, String item) {
        return order.getItemList() == null ? BigDecimal.ZERO : order.getItemList().getItem().stream()
                .filter(line -> item.equals(line.getItem().getInternalId()))
                .map(SalesOrderItem::getQuantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal authorizedElsewhere(AccountAccess account, SalesOrder order, String item) {
        BigDecimal total = BigDecimal.ZERO;
        for (var record : account.all(RecordType.RETURN_AUTHORIZATION)) {
            ReturnAuthorization other = (ReturnAuthorization) record;
            if (other.getCreatedFrom() == null || !order.getInternalId().equals(other.getCreatedFrom().getInternalId())
                    || other.getItemList() == null) {
                continue;
            }
            for (ReturnAuthorizationItem line : other.getItemList().getItem()) {
                if (!Boolean.TRUE.equals(line.isIsClosed()) && item.equals(line.getItem().getInternalId())) {
                    total = total.add(line.getQuantity());
                }
            }
        }
        return total;
    }
}
