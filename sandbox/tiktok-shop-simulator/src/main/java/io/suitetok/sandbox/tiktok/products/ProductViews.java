package io.suitetok.sandbox.tiktok.products;

import io.suitetok.sandbox.tiktok.AmountText;
import io.suitetok.sandbox.tiktok.products.ProductRequest.PackageDimensions;
import io.suitetok.sandbox.tiktok.products.ProductRequest.PackageWeight;
import io.suitetok.sandbox.tiktok.products.ProductRequest.ProductAttribute;
import java.util.List;

/** The JSON shapes of the product endpoints (fields as in TikTok's 202309 samples). */
public final class ProductViews {

    private ProductViews() {
    }

    public record Created(String productId, List<CreatedSku> skus, List<Warning> warnings) {
    }

    public record CreatedSku(String id, String sellerSku, List<SalesAttributeIds> salesAttributes) {
    }

    public record SalesAttributeIds(String id, String valueId) {
    }

    public record Warning(String message) {
    }

    public record Detail(String id, String status, String title, String description,
            List<CategoryChain> categoryChains, Brand brand, List<Image> mainImages, List<Sku> skus,
            List<ProductAttribute> productAttributes, PackageWeight packageWeight,
            PackageDimensions packageDimensions, List<AuditFailure> auditFailedReasons, String externalProductId,
            Long createTime, Long updateTime) {
    }

    public record Summary(String id, String title, String status, List<Sku> skus, List<String> salesRegions,
            Long createTime, Long updateTime) {
    }

    public record CategoryChain(String id, String parentId, String localName, boolean isLeaf) {
    }

    public record Brand(String id, String name) {
    }

    public record Image(String uri, List<String> urls, Integer width, Integer height) {
    }

    public record Sku(String id, String sellerSku, List<SalesAttribute> salesAttributes, Price price,
            List<WarehouseQuantity> inventory, PreSale preSale) {
    }

    public record SalesAttribute(String id, String name, String valueId, String valueName) {
    }

    /** TikTok prices are pre-tax, so sale and tax-exclusive price are the same figure here. */
    public record Price(String currency, String salePrice, String taxExclusivePrice) {
    }

    public record PreSale(String type) {
    }

    public record AuditFailure(String position, List<String> reasons, List<String> suggestions) {
    }

    static Sku sku(SimSku sku) {
        String price = AmountText.of(sku.price, sku.currency);
        return new Sku(sku.id, sku.sellerSku, sku.salesAttributes == null ? List.of()
                : sku.salesAttributes.stream().map(a -> new SalesAttribute(a.id(), a.name(), a.valueId(),
                        a.valueName())).toList(),
                new Price(sku.currency, price, price),
                sku.stock.entrySet().stream().map(e -> new WarehouseQuantity(e.getKey(), e.getValue())).toList(),
                SimSku.PRE_ORDER.equals(sku.skuType) ? new PreSale("PRE_ORDER") : null);
    }
}
