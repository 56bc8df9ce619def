package io.suitetok.sandbox.tiktok.products;

import io.suitetok.sandbox.tiktok.products.ProductRequest.PackageDimensions;
import io.suitetok.sandbox.tiktok.products.ProductRequest.PackageWeight;
import io.suitetok.sandbox.tiktok.products.ProductRequest.ProductAttribute;
import io.suitetok.sandbox.tiktok.products.ProductRequest.SalesAttribute;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A product as a create or edit request describes it, before validation. It is built from the
 * client's {@link ProductRequest} record plus what that record does not carry (a SKU's
 * {@code pre_sale}), read from the raw JSON.
 */
record ProductDraft(String title, String description, String categoryId, String categoryVersion, String brandId,
        List<String> mainImages, List<ProductAttribute> attributes, PackageWeight packageWeight,
        PackageDimensions packageDimensions, String externalProductId, String saveMode, List<SkuInput> skus) {

    /**
     * @param preOrder true when {@code pre_sale.type} is PRE_ORDER, false when it is absent from a SKU
     *                 that was sent, null when the SKU was not sent (an existing SKU kept as it is)
     * @param inventory null when the request did not send inventory for the SKU (stock is kept)
     */
    record SkuInput(String id, String sellerSku, List<SalesAttribute> salesAttributes, Price price,
            List<WarehouseQuantity> inventory, Boolean preOrder) {
    }

    static ProductDraft from(ProductRequest request, JsonNode tree) {
        List<SkuInput> skus = null;
        if (request.skus() != null) {
            skus = new ArrayList<>();
            JsonNode skuNodes = tree.path("skus");
            for (int i = 0; i < request.skus().size(); i++) {
                ProductRequest.SkuRequest sku = request.skus().get(i);
                JsonNode node = skuNodes.path(i);
                boolean preOrder = "PRE_ORDER".equals(node.path("pre_sale").path("type").asString(""));
                skus.add(new SkuInput(sku.id(), sku.sellerSku(), sku.salesAttributes(), sku.price(),
                        node.has("inventory") ? sku.inventory() : null, preOrder));
            }
        }
        return new ProductDraft(request.title(), request.description(), request.categoryId(),
                request.categoryVersion(), request.brandId(),
                request.mainImages() == null ? null : request.mainImages().stream()
                        .map(ProductRequest.ImageRef::uri).toList(),
                request.productAttributes(), request.packageWeight(), request.packageDimensions(),
                request.externalProductId(), request.saveMode(), skus);
    }

    /** The product as it stands, so that a partial edit can be merged onto it and validated whole. */
    static ProductDraft of(SimProduct product) {
        List<SkuInput> skus = product.skus.stream().map(sku -> new SkuInput(sku.id, sku.sellerSku,
                sku.salesAttributes, new Price(sku.price.toPlainString(), sku.currency), null, null)).toList();
        return new ProductDraft(product.title, product.description, product.categoryId, product.categoryVersion,
                product.brandId, product.mainImages, product.attributes, product.packageWeight,
                product.packageDimensions, product.externalProductId, null, skus);
    }

    /** Each top-level field the partial edit sent replaces the current one whole (TikTok's rule). */
    ProductDraft overlay(ProductDraft changes) {
        return new ProductDraft(pick(changes.title, title), pick(changes.description, description),
                pick(changes.categoryId, categoryId), pick(changes.categoryVersion, categoryVersion),
                pick(changes.brandId, brandId), pick(changes.mainImages, mainImages),
                pick(changes.attributes, attributes), pick(changes.packageWeight, packageWeight),
                pick(changes.packageDimensions, packageDimensions),
                pick(changes.externalProductId, externalProductId), changes.saveMode, pick(changes.skus, skus));
    }

    private static <T> T pick(T changed, T current) {
        return changed != null ? changed : current;
    }
}
