package io.suitetok.tiktok.model.product;

import java.util.List;

/** One page of Search Products. */
public record ProductPage(List<ProductSummary> products, String nextPageToken, Integer totalCount) {

    public boolean hasMore() {
        return nextPageToken != null && !nextPageToken.isEmpty();
    }

    public record ProductSummary(String id, String title, String status, List<ProductDetail.SkuDetail> skus,
            Long updateTime) {
    }
}
