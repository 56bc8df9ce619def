package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillment;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentItem;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackage;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.FulfilmentSnapshot;
import java.util.ArrayList;
import java.util.List;

/** A SuiteTalk {@code ItemFulfillment} as a {@link FulfilmentSnapshot}. */
final class FulfilmentMapper {

    private FulfilmentMapper() {
    }

    static FulfilmentSnapshot toSnapshot(ItemFulfillment fulfilment) {
        List<FulfilmentSnapshot.TrackedPackage> packages = new ArrayList<>();
        if (fulfilment.getPackageList() != null) {
            for (ItemFulfillmentPackage pkg : fulfilment.getPackageList().getPackage()) {
                packages.add(new FulfilmentSnapshot.TrackedPackage(pkg.getPackageTrackingNumber(),
                        pkg.getPackageDescr(), pkg.getPackageWeight()));
            }
        }
        List<FulfilmentSnapshot.FulfilledLine> lines = new ArrayList<>();
        if (fulfilment.getItemList() != null) {
            for (ItemFulfillmentItem item : fulfilment.getItemList().getItem()) {
                if (Boolean.FALSE.equals(item.isItemReceive())) {
                    continue;
                }
                lines.add(new FulfilmentSnapshot.FulfilledLine(WireValues.id(item.getItem()),
                        item.getOrderLine() == null ? 0 : item.getOrderLine(),
                        WireValues.orZero(item.getQuantity()), WireValues.id(item.getLocation())));
            }
        }
        String shipStatus = fulfilment.getShipStatus() == null ? null
                : fulfilment.getShipStatus().value().substring(1);
        String shipMethod = fulfilment.getShipMethod() == null ? null : fulfilment.getShipMethod().getName();
        NetSuiteInternalId shipMethodId = WireValues.id(fulfilment.getShipMethod());
        return new FulfilmentSnapshot(new NetSuiteInternalId(fulfilment.getInternalId()), fulfilment.getExternalId(),
                fulfilment.getTranId(), WireValues.id(fulfilment.getCreatedFrom()), shipStatus, shipMethod, shipMethodId,
                WireValues.instant(fulfilment.getShippedDate()),
                WireValues.instant(fulfilment.getLastModifiedDate()), packages, lines);
    }
}
