package io.suitetok.sandbox.netsuite.account.rules;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.accounting_2025_2.Price;
import com.netsuite.webservices.lists.accounting_2025_2.Pricing;
import com.netsuite.webservices.lists.relationships_2025_2.Customer;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItem;
import com.netsuite.webservices.transactions.sales_2025_2.types.SalesOrderItemCommitInventory;
import com.netsuite.webservices.transactions.sales_2025_2.types.SalesOrderOrderStatus;
import io.suitetok.sandbox.netsuite.account.RecordError;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sales Orders: references must exist, the period must be open, each line needs a known item and
 * location. Storing one commits stock line by line ({@code _availableQty} commits what is
 * available and back-orders the rest, {@code _completeQty} commits all or nothing,
 * {@code _doNotCommit} nothing); updating one first releases what it had committed; closed lines and
 * closed or cancelled orders commit nothing.
 */
public final class SalesOrderRules implements RecordRules<SalesOrder> {

    /** NetSuite's "Custom" price level: the line's own rate applies. */
    static final String CUSTOM_PRICE = "-1";

    @Override
    public Class<SalesOrder> type() {
        return SalesOrder.class;
    }

    @Override
    public void validate(Write<SalesOrder> write, AccountAccess account) {
        SalesOrder order = write.record();
        if (order.getEntity() == null) {
            throw RecordError.missingValue("Customer");
        }
        account.require(RecordType.CUSTOMER, order.getEntity(), "entity", Customer.class);
        account.requireIfPresent(RecordType.SUBSIDIARY, order.getSubsidiary(), "subsidiary");
        account.requireIfPresent(RecordType.LOCATION, order.getLocation(), "location");
        account.requireCurrencyIfPresent(order.getCurrency());
        account.requireOpenPeriod(order.getTranDate());
        List<SalesOrderItem> lines = order.getItemList() == null ? List.of() : order.getItemList().getItem();
        if (lines.isEmpty()) {
            throw new RecordError("USER_ERROR", "You must enter at least one line item for this transaction.");
        }
        Map<Long, SalesOrderItem> before = linesByNumber(write.previous());
        refuseDroppingFulfilledLines(before, lines);
        for (SalesOrderItem line : lines) {
            if (line.getItem() == null) {
                throw RecordError.missingValue("Item");
            }
            account.require(RecordType.INVENTORY_ITEM, line.getItem(), "item", InventoryItem.class);
            account.requireIfPresent(RecordType.LOCATION, line.getLocation(), "location");
            if (line.getPrice() != null && !CUSTOM_PRICE.equals(line.getPrice().getInternalId())) {
                account.requireIfPresent(RecordType.PRICE_LEVEL, line.getPrice(), "price");
            }
            Quantities.requirePositive(line.getQuantity(), "quantity");
            Quantities.rate(line.getRate());
            SalesOrderItem old = line.getLine() == null ? null : before.get(line.getLine());
            if (old != null && Quantities.orZero(old.getQuantityFulfilled()).compareTo(line.getQuantity()) > 0) {
                throw new RecordError("INVALID_FLD_VALUE", "You cannot lower the quantity of line " + line.getLine()
                        + " below the " + old.getQuantityFulfilled().toPlainString() + " already fulfilled.");
            }
        }
    }

    /**
     * A sent item list replaces the stored one, so a line it leaves out (or sends without its line
     * number) is removed; NetSuite refuses to remove a line that has been fulfilled.
     */
    private static void refuseDroppingFulfilledLines(Map<Long, SalesOrderItem> before, List<SalesOrderItem> lines) {
        java.util.Set<Long> kept = new java.util.HashSet<>();
        lines.stream().map(SalesOrderItem::getLine).filter(java.util.Objects::nonNull).forEach(kept::add);
        for (SalesOrderItem old : before.values()) {
            if (Quantities.orZero(old.getQuantityFulfilled()).signum() > 0 && !kept.contains(old.getLine())) {
                throw new RecordError("USER_ERROR", "Line " + old.getLine() + " has been fulfilled and cannot be "
                        + "removed; send it with its line number to change the order.");
            }
        }
    }

    @Override
    public void apply(Write<SalesOrder> write, AccountAccess account) {
        SalesOrder order = write.record();
        if (write.previous() != null) {
            release(write.previous(), account);
        }
        if (order.getTranDate() == null) {
            order.setTranDate(account.now());
        }
        if (order.getOrderStatus() == null) {
            order.setOrderStatus(SalesOrderOrderStatus.PENDING_FULFILLMENT);
        }
        Map<Long, SalesOrderItem> before = linesByNumber(write.previous());
        long nextLine = before.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        BigDecimal subTotal = BigDecimal.ZERO;
        for (SalesOrderItem line : order.getItemList().getItem()) {
            if (line.getLine() == null || !before.containsKey(line.getLine())) {
                line.setLine(line.getLine() != null ? line.getLine() : nextLine++);
                line.setQuantityFulfilled(BigDecimal.ZERO);
            } else {
                line.setQuantityFulfilled(Quantities.orZero(before.get(line.getLine()).getQuantityFulfilled()));
            }
            BigDecimal rate = Quantities.rate(line.getRate());
            if (rate == null) {
                rate = priceLevelPrice(order, line, account);
                line.setRate(rate.toPlainString());
            }
            line.setAmount(Quantities.amount(line.getQuantity(), rate));
            subTotal = subTotal.add(line.getAmount());
            commit(order, line, account);
        }
        order.setSubTotal(subTotal);
        order.setTotal(subTotal.add(Quantities.orZero(order.getShippingCost())));
        SalesOrderProgress.update(order);
    }

    /** Releases every commitment and back-order the order holds (before an update, or when it closes). */
    static void release(SalesOrder order, AccountAccess account) {
        if (order.getItemList() == null) {
            return;
        }
        for (SalesOrderItem line : order.getItemList().getItem()) {
            String location = lineLocation(order, line);
            if (location != null) {
                account.commit(line.getItem().getInternalId(), location,
                        Quantities.orZero(line.getQuantityCommitted()).negate(),
                        Quantities.orZero(line.getQuantityBackOrdered()).negate());
            }
        }
    }

    private static void commit(SalesOrder order, SalesOrderItem line, AccountAccess account) {
        String location = lineLocation(order, line);
        BigDecimal remaining = line.getQuantity().subtract(line.getQuantityFulfilled());
        boolean open = !Boolean.TRUE.equals(line.isIsClosed())
                && order.getOrderStatus() != SalesOrderOrderStatus.CLOSED
                && order.getOrderStatus() != SalesOrderOrderStatus.CANCELLED;
        if (location == null || !open || remaining.signum() <= 0) {
            line.setQuantityCommitted(BigDecimal.ZERO);
            line.setQuantityBackOrdered(BigDecimal.ZERO);
            return;
        }
        String item = line.getItem().getInternalId();
        BigDecimal available = account.stock(item, location).available();
        SalesOrderItemCommitInventory mode = line.getCommitInventory() == null
                ? SalesOrderItemCommitInventory.AVAILABLE_QTY : line.getCommitInventory();
        BigDecimal committed = switch (mode) {
            case AVAILABLE_QTY -> remaining.min(available);
            case COMPLETE_QTY -> available.compareTo(remaining) >= 0 ? remaining : BigDecimal.ZERO;
            case DO_NOT_COMMIT -> BigDecimal.ZERO;
        };
        BigDecimal backOrdered = mode == SalesOrderItemCommitInventory.DO_NOT_COMMIT
                ? BigDecimal.ZERO : remaining.subtract(committed);
        line.setQuantityCommitted(committed);
        line.setQuantityBackOrdered(backOrdered);
        account.commit(item, location, committed, backOrdered);
    }

    static String lineLocation(SalesOrder order, SalesOrderItem line) {
        RecordRef location = line.getLocation() != null ? line.getLocation() : order.getLocation();
        return location == null ? null : location.getInternalId();
    }

    /** Without a rate, the line's price level (base price when none) in the order's currency. */
    private static BigDecimal priceLevelPrice(SalesOrder order, SalesOrderItem line, AccountAccess account) {
        InventoryItem item = account.require(RecordType.INVENTORY_ITEM, line.getItem(), "item", InventoryItem.class);
        String level = line.getPrice() == null ? "1" : line.getPrice().getInternalId();
        String currency = order.getCurrency() == null ? null : order.getCurrency().getInternalId();
        if (item.getPricingMatrix() == null) {
            return BigDecimal.ZERO;
        }
        for (Pricing pricing : item.getPricingMatrix().getPricing()) {
            boolean levelMatches = pricing.getPriceLevel() != null && level.equals(pricing.getPriceLevel().getInternalId());
            boolean currencyMatches = currency == null || pricing.getCurrency() == null
                    || currency.equals(pricing.getCurrency().getInternalId());
            if (levelMatches && currencyMatches && pricing.getPriceList() != null) {
                for (Price price : pricing.getPriceList().getPrice()) {
                    if (price.getValue() != null) {
                        return price.getValue();
                    }
                }
            }
        }
        return BigDecimal.ZERO;
    }

    static Map<Long, SalesOrderItem> linesByNumber(SalesOrder order) {
        Map<Long, SalesOrderItem> lines = new HashMap<>();
        if (order != null && order.getItemList() != null) {
            for (SalesOrderItem line : order.getItemList().getItem()) {
                if (line.getLine() != null) {
                    lines.put(line.getLine(), line);
                }
            }
        }
        return lines;
    }
}
