package io.suitetok.tiktok.model.product;

import java.util.List;

/**
 * Body of Create Product, Edit Product and Partial Edit. In a partial edit every top-level field
 * sent replaces TikTok's whole value (sending {@code skus} drops SKUs left out), so null fields are
 * not sent at all.
 */
public record ProductRequest(
        String title,
        String description,
        String categoryId,
        String categoryVersion,
        String brandId,
        List<ImageRef> mainImages,
        List<SkuRequest> skus,
        List<ProductAttribute> productAttributes,
        PackageWeight packageWeight,
        PackageDimensions packageDimensions,
        String externalProductId,
        String saveMode) {

    public record ImageRef(String uri) {
    }

    /**
     * {@code id} is TikTok's SKU id when editing an existing SKU, absent when creating one;
     * {@code preSale} marks a pre-order SKU.
     */
    public record SkuRequest(String id, String sellerSku, List<SalesAttribute> salesAttributes, Price price,
            List<WarehouseQuantity> inventory, String externalSkuId, PreSale preSale) {

        public SkuRequest(String id, String sellerSku, List<SalesAttribute> salesAttributes, Price price,
                List<WarehouseQuantity> inventory) {
            this(id, sellerSku, salesAttributes, price, inventory, null, null);
        }
    }

    /** {@code type} PRE_ORDER. */
    public record PreSale(String type) {
    }

    public record SalesAttribute(String id, String name, String valueId, String valueName) {
    }

    public record ProductAttribute(String id, List<AttributeValue> values) {
    }

    public record AttributeValue(String id, String name) {
    }

    /** KILOGRAM or POUND; must pair with CENTIMETER or INCH in the dimensions. */
    public record PackageWeight(String value, String unit) {
    }

    public record PackageDimensions(String length, String width, String height, String unit) {
    }
}
