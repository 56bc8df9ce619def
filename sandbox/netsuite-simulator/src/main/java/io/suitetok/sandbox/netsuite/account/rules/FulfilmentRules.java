package io.suitetok.sandbox.netsuite.account.rules;

import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillment;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentItem;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItem;
import com.netsuite.webservices.transactions.sales_2025_2.types.ItemFulfillmentShipStatus;
import io.suitetok.sandbox.netsuite.account.RecordError;
import io.suitetok.sandbox.netsuite.account.StockLevel;
import io.suitetok.netsuite.wire.RecordRefs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Item fulfilments ship against a Sales Order line by line: each line names its order line, ships
 * no more than remains open on it and no more than is on hand at its location. Shipping takes the
 * quantity off hand, uses up the order line's commitment, and moves the order's status on.
 * An update may change packages, tracking and status, but not what was shipped.
 */
public final class FulfilmentRules implements RecordRules<ItemFulfillment> {

    @Override
    public Class<ItemFulfillment> type() {
        return ItemFulfillment.class;
    }

    @Override
    public void validate(Write<ItemFulfillment> write, AccountAccess account) {
        ItemFulfillment fulfilment = write.record();
        account.requireOpenPeriod(fulfilment.getTranDate());
        if (write.isUpdate()) {
            if (write.incoming().getItemList() != null) {
                throw new RecordError("USER_ERROR",
                        "The simulator does not change the quantities of a stored fulfilment; add another one.");
            }
            return;
        }
        if (fulfilment.getCreatedFrom() == null) {
            throw RecordError.missingValue("Created From");
        }
        SalesOrder order = account.require(RecordType.SALES_ORDER, fulfilment.getCreatedFrom(), "createdfrom",
                SalesOrder.class);
        List<ItemFulfillmentItem> lines = shippedLines(fulfilment);
        if (lines.isEmpty()) {
            throw new RecordError("USER_ERROR", "You must enter at least one line item for this transaction.");
        }
        Map<Long, SalesOrderItem> orderLines = SalesOrderRules.linesByNumber(order);
        for (ItemFulfillmentItem line : lines) {
            SalesOrderItem orderLine = line.getOrderLine() == null ? null : orderLines.get(line.getOrderLine());
            if (orderLine == null) {
                throw RecordError.invalidReference("orderline", String.valueOf(line.getOrderLine()));
            }
            Quantities.requirePositive(line.getQuantity(), "quantity");
            BigDecimal remaining = orderLine.getQuantity().subtract(Quantities.orZero(orderLine.getQuantityFulfilled()));
            if (line.getQuantity().compareTo(remaining) > 0) {
                throw new RecordError("INVALID_FLD_VALUE", "You can not fulfill more than the remaining quantity ("
                        + remaining.toPlainString() + ") of line " + line.getOrderLine() + ".");
            }
            String location = location(order, orderLine, line);
            if (location == null) {
                throw RecordError.missingValue("Inventory Location");
            }
            account.requireIfPresent(RecordType.LOCATION, RecordRefs.internal(location), "location");
            StockLevel stock = account.stock(orderLine.getItem().getInternalId(), location);
            if (stock.onHand().compareTo(line.getQuantity()) < 0) {
                throw new RecordError("USER_ERROR", "You cannot fulfill more than the " + stock.onHand().toPlainString()
                        + " on hand of item " + orderLine.getItem().getInternalId() + " at location " + location + ".");
            }
        }
    }

    @Override
    public void apply(Write<ItemFulfillment> write, AccountAccess account) {
        ItemFulfillment fulfilment = write.record();
        if (fulfilment.getShipStatus() == null) {
            fulfilment.setShipStatus(ItemFulfillmentShipStatus.SHIPPED);
        }
        if (fulfilment.getShipStatus() == ItemFulfillmentShipStatus.SHIPPED && fulfilment.getShippedDate() == null) {
            fulfilment.setShippedDate(account.now());
        }
        if (write.isUpdate()) {
            return;
        }
        if (fulfilment.getTranDate() == null) {
            fulfilment.setTranDate(account.now());
        }
        SalesOrder order = account.require(RecordType.SALES_ORDER, fulfilment.getCreatedFrom(), "createdfrom",
                SalesOrder.class);
        fulfilment.setCreatedFrom(RecordRefs.internal(RecordType.SALES_ORDER, order.getInternalId()));
        fulfilment.setEntity(order.getEntity());
        Map<Long, SalesOrderItem> orderLines = SalesOrderRules.linesByNumber(order);
        for (ItemFulfillmentItem line : shippedLines(fulfilment)) {
            SalesOrderItem orderLine = orderLines.get(line.getOrderLine());
            String item = orderLine.getItem().getInternalId();
            String shipFrom = location(order, orderLine, line);
            String committedAt = SalesOrderRules.lineLocation(order, orderLine);
            BigDecimal committedPart = line.getQuantity().min(Quantities.orZero(orderLine.getQuantityCommitted()));
            BigDecimal backOrderedPart = line.getQuantity().subtract(committedPart)
                    .min(Quantities.orZero(orderLine.getQuantityBackOrdered()));
            account.ship(item, shipFrom, line.getQuantity());
            if (committedAt != null) {
                account.commit(item, committedAt, committedPart.negate(), backOrderedPart.negate());
            }
            orderLine.setQuantityFulfilled(Quantities.orZero(orderLine.getQuantityFulfilled()).add(line.getQuantity()));
            orderLine.setQuantityCommitted(Quantities.orZero(orderLine.getQuantityCommitted()).subtract(committedPart));
            orderLine.setQuantityBackOrdered(
                    Quantities.orZero(orderLine.getQuantityBackOrdered()).subtract(backOrderedPart));
            line.setItem(orderLine.getItem());
            line.setLocation(RecordRefs.internal(shipFrom));
            line.setQuantityRemaining(null);
        }
        SalesOrderProgress.update(order);
        order.setLastModifiedDate(account.now());
        account.replace(order);
    }

    static List<ItemFulfillmentItem> shippedLines(ItemFulfillment fulfilment) {
        if (fulfilment.getItemList() == null) {
            return List.of();
        }
        return fulfilment.getItemList().getItem().stream()
                .filter(line -> !Boolean.FALSE.equals(line.isItemReceive()))
                .toList();
    }

    private static String location(SalesOrder order, SalesOrderItem orderLine, ItemFulfillmentItem line) {
        RecordRef explicit = line.getLocation();
        return explicit != null ? explicit.getInternalId() : SalesOrderRules.lineLocation(order, orderLine);
    }
}
