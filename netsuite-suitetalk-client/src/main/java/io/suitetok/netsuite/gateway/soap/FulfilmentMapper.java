package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillment;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentItem;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackage;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackageFedEx;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackageUps;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackageUsps;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.FulfilmentSnapshot;
import java.util.ArrayList;
import java.util.List;

/** A SuiteTalk {@code ItemFulfillment} as a {@link FulfilmentSnapshot}. */
final class FulfilmentMapper {

    private FulfilmentMapper() {
    }

    /**
     * Every package with its tracking number. NetSuite keeps the packages of a fulfilment shipped
     * through a carrier integration in that carrier's list (packageUpsList, packageUspsList,
     * packageFedExList) and only manual ones in packageList, so all four are read.
     */
    static List<FulfilmentSnapshot.TrackedPackage> packages(ItemFulfillment fulfilment) {
        List<FulfilmentSnapshot.TrackedPackage> packages = new ArrayList<>();
        if (fulfilment.getPackageList() != null) {
            for (ItemFulfillmentPackage pkg : fulfilment.getPackageList().getPackage()) {
                packages.add(new FulfilmentSnapshot.TrackedPackage(pkg.getPackageTrackingNumber(),
                        pkg.getPackageDescr(), pkg.getPackageWeight()));
            }
        }
        if (fulfilment.getPackageUpsList() != null) {
            for (ItemFulfillmentPackageUps pkg : fulfilment.getPackageUpsList().getPackageUps()) {
                packages.add(new FulfilmentSnapshot.TrackedPackage(pkg.getPackageTrackingNumberUps(),
                        pkg.getPackageDescrUps(), pkg.getPackageWeightUps()));
            }
        }
        if (fulfilment.getPackageUspsList() != null) {
            for (ItemFulfillmentPackageUsps pkg : fulfilment.getPackageUspsList().getPackageUsps()) {
                packages.add(new FulfilmentSnapshot.TrackedPackage(pkg.getPackageTrackingNumberUsps(),
                        pkg.getPackageDescrUsps(), pkg.getPackageWeightUsps()));
            }
        }
        if (fulfilment.getPackageFedExList() != null) {
            for (ItemFulfillmentPackageFedEx pkg : fulfilment.getPackageFedExList().getPackageFedEx()) {
                packages.add(new FulfilmentSnapshot.TrackedPackage(pkg.getPackageTrackingNumberFedEx(), null,
                        pkg.getPackageWeightFedEx()));
            }
        }
        return packages;
    }

    static FulfilmentSnapshot toSnapshot(ItemFulfillment fulfilment) {
        List<FulfilmentSnapshot.TrackedPackage> packages = packages(fulfilment);
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
