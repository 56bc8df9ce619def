package io.suitetok.sandbox.tiktok.products;

import java.util.List;

/**
 * Body of Create Product, Edit Product and Partial Edit as the simulator reads it, from TikTok's
 * documented product JSON (shared reference notes §4.2): {@code title}, {@code description},
 * {@code category_id}, {@code category_version}, {@code brand_id}, {@code main_images[{uri}]},
 * {@code skus[{id, seller_sku, sales_attributes[{id, name, value_id, value_name}], price{amount,
 * currency}, inventory[{warehouse_id, quantity}], external_sku_id, pre_sale{type}}]},
 * {@code product_attributes[{id, values[{id, name}]}]}, {@code package_weight{value, unit}},
 * {@code package_dimensions{length, width, height, unit}}, {@code external_product_id},
 * {@code save_mode}. A field left out is null: in a partial edit only what was sent is replaced.
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

    /** {@code id} is TikTok's SKU id when an existing SKU is edited; {@code pre_sale} marks a pre-order SKU. */
    public record SkuRequest(String id, String sellerSku, List<SalesAttribute> salesAttributes, Price price,
            List<WarehouseQuantity> inventory, String externalSkuId, PreSale preSale) {
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

    /** KILOGRAM or POUND; pairs with CENTIMETER or INCH in the dimensions. */
    public record PackageWeight(String value, String unit) {
    }

    public record PackageDimensions(String length, String width, String height, String unit) {
    }
}
