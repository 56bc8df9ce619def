package io.suitetok.sandbox.tiktok.products;

import io.suitetok.sandbox.tiktok.products.ProductRequest.PackageDimensions;
import io.suitetok.sandbox.tiktok.products.ProductRequest.PackageWeight;
import io.suitetok.sandbox.tiktok.products.ProductRequest.ProductAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A listed product with its SKUs, audit state and times. Mutated only under the {@code StateLock}. */
public final class SimProduct {

    final String id;
    final String shopId;
    final long createTime;
    String title;
    String description;
    String categoryId;
    String categoryVersion;
    String brandId;
    List<String> mainImages = List.of();
    List<ProductAttribute> attributes = List.of();
    PackageWeight packageWeight;
    PackageDimensions packageDimensions;
    String externalProductId;
    ProductStatus status;
    List<String> auditFailureReasons = List.of();
    boolean everActivated;
    /** Bumped by every change that needs a new audit, so a late scheduled audit of an older version is ignored. */
    int auditRevision;
    long updateTime;
    final List<SimSku> skus = new ArrayList<>();

    SimProduct(String id, String shopId, long createTime) {
        this.id = id;
        this.shopId = shopId;
        this.createTime = createTime;
        this.updateTime = createTime;
    }

    public String id() {
        return id;
    }

    public String shopId() {
        return shopId;
    }

    public String title() {
        return title;
    }

    public ProductStatus status() {
        return status;
    }

    public List<SimSku> skus() {
        return List.copyOf(skus);
    }

    public Optional<SimSku> sku(String skuId) {
        return skus.stream().filter(s -> s.id.equals(skuId)).findFirst();
    }

    public long updateTime() {
        return updateTime;
    }

    /** update_time never goes back; stock taken by orders does not count as a product change. */
    public void touch(long now) {
        updateTime = Math.max(now, updateTime);
    }
}
