package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.platform.core_2025_2.InitializeRecord;
import com.netsuite.webservices.platform.core_2025_2.InitializeRef;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeRefType;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeType;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.platform.messages_2025_2.ReadResponse;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorization;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorizationItem;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorizationItemList;
import com.netsuite.webservices.transactions.sales_2025_2.CashSale;
import com.netsuite.webservices.transactions.sales_2025_2.CashSaleItem;
import com.netsuite.webservices.transactions.sales_2025_2.CashSaleItemList;
import com.netsuite.webservices.transactions.sales_2025_2.Invoice;
import com.netsuite.webservices.transactions.sales_2025_2.InvoiceItem;
import com.netsuite.webservices.transactions.sales_2025_2.InvoiceItemList;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillment;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentItem;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentItemList;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItem;
import com.netsuite.webservices.transactions.sales_2025_2.types.ItemFulfillmentShipStatus;
import io.suitetok.netsuite.wire.RecordRefs;
import java.math.BigDecimal;

/**
 * initialize: a new, unsaved record prefilled from a Sales Order, the way NetSuite's transform
 * works. A fulfilment gets every open line with its remaining quantity; an invoice or cash sale gets
 * the order's lines at their rates; a return authorization every open line at its rate. Records made
 * from a return authorization are {@link ReturnTransforms}'. Nothing is stored.
 */
final class Initializer {

    private final AccountState state;
    private final ReturnTransforms fromReturns;

    Initializer(AccountState state) {
        this.state = state;
        this.fromReturns = new ReturnTransforms(state);
    }

    ReadResponse initialize(InitializeRecord request) {
        InitializeRef reference = request.getReference();
        if (reference != null && reference.getType() == InitializeRefType.RETURN_AUTHORIZATION) {
            return fromReturns.initialize(request.getType(), reference);
        }
        if (reference == null || reference.getType() != InitializeRefType.SALES_ORDER) {
            return Responses.unread("INVALID_INITIALIZE_REF",
                    "The simulator initializes records from a sales order or return authorization reference only.");
        }
        Record source = state.records.byInternalId(RecordType.SALES_ORDER, reference.getInternalId())
                .or(() -> state.records.byExternalId(RecordType.SALES_ORDER, reference.getExternalId()))
                .orElse(null);
        if (source == null) {
            return Responses.unread("INVALID_INITIALIZE_REF", "Invalid reference key "
                    + (reference.getInternalId() != null ? reference.getInternalId() : reference.getExternalId())
                    + " for initialize.");
        }
        SalesOrder order = (SalesOrder) state.copier.copy(source);
        InitializeType type = request.getType();
        if (type == InitializeType.ITEM_FULFILLMENT) {
            return fulfilment(order);
        }
        if (type == InitializeType.INVOICE) {
            return Responses.read(invoice(order));
        }
        if (type == InitializeType.CASH_SALE) {
            return Responses.read(cashSale(order));
        }
        if (type == InitializeType.RETURN_AUTHORIZATION) {
            return returnAuthorization(order);
        }
        return Responses.unread("INVALID_INITIALIZE_REF", "The simulator cannot initialize " + type
                + " from a sales order.");
    }

    /** Every open line of the order, at its rate, pointing at its order line: the user then keeps what comes back. */
    private static ReadResponse returnAuthorization(SalesOrder order) {
        ReturnAuthorization rma = new ReturnAuthorization();
        rma.setCreatedFrom(RecordRefs.internal(RecordType.SALES_ORDER, order.getInternalId()));
        rma.setEntity(order.getEntity());
        rma.setCurrency(order.getCurrency());
        rma.setSubsidiary(order.getSubsidiary());
        rma.setLocation(order.getLocation());
        rma.setOtherRefNum(order.getOtherRefNum());
        ReturnAuthorizationItemList lines = new ReturnAuthorizationItemList();
        for (SalesOrderItem line : order.getItemList().getItem()) {
            if (Boolean.TRUE.equals(line.isIsClosed())) {
                continue;
            }
            ReturnAuthorizationItem item = new ReturnAuthorizationItem();
            item.setItem(line.getItem());
            item.setOrderLine(line.getLine());
            item.setQuantity(line.getQuantity());
            item.setDescription(line.getDescription());
            item.setRate(line.getRate());
            item.setAmount(line.getAmount());
            item.setLocation(line.getLocation() != null ? line.getLocation() : order.getLocation());
            lines.getItem().add(item);
        }
        if (lines.getItem().isEmpty()) {
            return Responses.unread("USER_ERROR", "There are no open lines to return on sales order "
                    + order.getTranId() + ".");
        }
        rma.setItemList(lines);
        return Responses.read(rma);
    }

    private ReadResponse fulfilment(SalesOrder order) {
        ItemFulfillment fulfilment = new ItemFulfillment();
        fulfilment.setCreatedFrom(RecordRefs.internal(RecordType.SALES_ORDER, order.getInternalId()));
        fulfilment.setEntity(order.getEntity());
        fulfilment.setShipStatus(ItemFulfillmentShipStatus.PICKED);
        ItemFulfillmentItemList lines = new ItemFulfillmentItemList();
        for (SalesOrderItem line : order.getItemList().getItem()) {
            BigDecimal remaining = line.getQuantity().subtract(orZero(line.getQuantityFulfilled()));
            if (Boolean.TRUE.equals(line.isIsClosed()) || remaining.signum() <= 0) {
                continue;
            }
            ItemFulfillmentItem item = new ItemFulfillmentItem();
            item.setItemReceive(true);
            item.setItem(line.getItem());
            item.setDescription(line.getDescription());
            item.setLocation(line.getLocation() != null ? line.getLocation() : order.getLocation());
            item.setQuantityRemaining(remaining);
            item.setQuantity(remaining);
            item.setOrderLine(line.getLine());
            lines.getItem().add(item);
        }
        if (lines.getItem().isEmpty()) {
            return Responses.unread("USER_ERROR", "There are no lines left to fulfill on sales order "
                    + order.getTranId() + ".");
        }
        fulfilment.setItemList(lines);
        return Responses.read(fulfilment);
    }

    private static Invoice invoice(SalesOrder order) {
        Invoice invoice = new Invoice();
        invoice.setCreatedFrom(RecordRefs.internal(RecordType.SALES_ORDER, order.getInternalId()));
        invoice.setEntity(order.getEntity());
        invoice.setCurrency(order.getCurrency());
        invoice.setSubsidiary(order.getSubsidiary());
        invoice.setOtherRefNum(order.getOtherRefNum());
        InvoiceItemList lines = new InvoiceItemList();
        for (SalesOrderItem line : order.getItemList().getItem()) {
            InvoiceItem item = new InvoiceItem();
            item.setItem(line.getItem());
            item.setQuantity(line.getQuantity());
            item.setRate(line.getRate());
            item.setAmount(line.getAmount());
            item.setLocation(line.getLocation());
            item.setOrderLine(line.getLine());
            lines.getItem().add(item);
        }
        invoice.setItemList(lines);
        return invoice;
    }

    private static CashSale cashSale(SalesOrder order) {
        CashSale sale = new CashSale();
        sale.setCreatedFrom(RecordRefs.internal(RecordType.SALES_ORDER, order.getInternalId()));
        sale.setEntity(order.getEntity());
        sale.setCurrency(order.getCurrency());
        sale.setSubsidiary(order.getSubsidiary());
        sale.setOtherRefNum(order.getOtherRefNum());
        CashSaleItemList lines = new CashSaleItemList();
        for (SalesOrderItem line : order.getItemList().getItem()) {
            CashSaleItem item = new CashSaleItem();
            item.setItem(line.getItem());
            item.setQuantity(line.getQuantity());
            item.setRate(line.getRate());
            item.setAmount(line.getAmount());
            item.setLocation(line.getLocation());
            lines.getItem().add(item);
        }
        sale.setItemList(lines);
        return sale;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
