package io.suitetok.tiktok.model.fulfillment;

import java.util.List;
import java.util.Set;

/**
 * A package as Get Package Detail (202309) returns it: the orders and unit lines it carries, its
 * status, and once shipped its carrier and tracking number. After a Ship Package call whose
 * outcome is unknown, this is where the hub looks before deciding to ship again.
 *
 * @param packageStatus TO_FULFILL, PROCESSING (arranged, awaiting the carrier), FULFILLING (with the
 *                      carrier), COMPLETED (delivered) or CANCELLED
 * @param shippingType  TIKTOK or SELLER
 * @param orderLineItemIds the unit lines in the package (one line per unit, as on the order)
 */
public record PackageDetail(
        String packageId,
        List<PackageOrder> orders,
        String packageStatus,
        String splitAndCombineTag,
        Boolean hasMultiSkus,
        String shippingProviderName,
        String shippingProviderId,
        String shippingType,
        String deliveryOptionName,
        String deliveryOptionId,
        String trackingNumber,
        String handoverMethod,
        PickupSlot pickupSlot,
        List<String> orderLineItemIds,
        Long createTime,
        Long updateTime) {

    private static final Set<String> SHIPPED = Set.of("PROCESSING", "FULFILLING", "COMPLETED");

    /** Whether a ship call for this package has landed: a second one would be refused. */
    public boolean hasShipped() {
        return packageStatus != null && SHIPPED.contains(packageStatus);
    }

    public record PackageOrder(String id, List<PackageSku> skus) {
    }

    /** Unlike order line items, package SKUs carry a quantity. */
    public record PackageSku(String id, String name, String imageUrl, Integer quantity) {
    }
}
