package io.suitetok.localstack;

import com.netsuite.webservices.platform.core_2025_2.InitializeRecord;
import com.netsuite.webservices.platform.core_2025_2.InitializeRef;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeRefType;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeType;
import com.netsuite.webservices.platform.messages_2025_2.WriteResponse;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillment;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentItem;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackage;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackageList;
import com.netsuite.webservices.transactions.sales_2025_2.types.ItemFulfillmentShipStatus;
import io.suitetok.sandbox.netsuite.account.SimulatedAccount;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A warehouse clerk shipping Sales Orders in NetSuite, the way NetSuite's UI does it: an item
 * fulfilment transformed from the order, some or all of what remains, with the parcel's tracking
 * number and the ship method. It works on the simulated account directly, as a person would, not
 * through the hub.
 */
final class WarehouseClerk {

    /** A parcel as the clerk records it; both null for TikTok's own label (TikTok prints the tracking). */
    record Parcel(String trackingNumber, String shipMethod) {

        static Parcel tiktokLabel() {
            return new Parcel(null, null);
        }
    }

    private final SimulatedAccount account;

    WarehouseClerk(SimulatedAccount account) {
        this.account = account;
    }

    /** Ships every unit still open on the order. */
    Optional<String> shipAll(String salesOrderId, Parcel parcel) {
        return ship(salesOrderId, Integer.MAX_VALUE, parcel);
    }

    /**
     * Ships at most {@code units} units, taken line by line in the order's own order; the rest stays
     * for a later parcel. Empty when nothing was left to ship.
     */
    Optional<String> ship(String salesOrderId, int units, Parcel parcel) {
        ItemFulfillment fulfilment = (ItemFulfillment) account.initialize(fromSalesOrder(salesOrderId)).getRecord();
        if (fulfilment == null || fulfilment.getItemList() == null || fulfilment.getItemList().getItem().isEmpty()) {
            return Optional.empty();
        }
        int left = units;
        int shipping = 0;
        for (ItemFulfillmentItem line : fulfilment.getItemList().getItem()) {
            int take = Math.min(left, line.getQuantity().intValue());
            line.setItemReceive(take > 0);
            line.setQuantity(BigDecimal.valueOf(take));
            left -= take;
            shipping += take;
        }
        if (shipping == 0) {
            return Optional.empty();
        }
        fulfilment.setShipStatus(ItemFulfillmentShipStatus.SHIPPED);
        if (parcel.trackingNumber() != null) {
            ItemFulfillmentPackage box = new ItemFulfillmentPackage();
            box.setPackageTrackingNumber(parcel.trackingNumber());
            ItemFulfillmentPackageList boxes = new ItemFulfillmentPackageList();
            boxes.getPackage().add(box);
            fulfilment.setPackageList(boxes);
        }
        if (parcel.shipMethod() != null) {
            RecordRef method = new RecordRef();
            method.setInternalId(parcel.shipMethod());
            fulfilment.setShipMethod(method);
        }
        WriteResponse written = account.add(fulfilment);
        if (!written.getStatus().isIsSuccess()) {
            throw new IllegalStateException("NetSuite refused the fulfilment of Sales Order " + salesOrderId + ": "
                    + written.getStatus().getStatusDetail().stream().map(detail -> detail.getMessage()).toList());
        }
        return Optional.of(((RecordRef) written.getBaseRef()).getInternalId());
    }

    private static InitializeRecord fromSalesOrder(String salesOrderId) {
        InitializeRecord initialize = new InitializeRecord();
        initialize.setType(InitializeType.ITEM_FULFILLMENT);
        InitializeRef reference = new InitializeRef();
        reference.setType(InitializeRefType.SALES_ORDER);
        reference.setInternalId(salesOrderId);
        initialize.setReference(reference);
        return initialize;
    }
}
