package io.suitetok.sandbox.tiktok.products;

import java.util.List;

/**
 * Body of Search Products (202309) as documented: {@code status}, {@code seller_skus},
 * {@code update_time_ge} and the inclusive {@code update_time_le}. Read with
 * {@code VerifiedCall#filterBody}, so a field TikTok does not document (say {@code update_time_lt})
 * is refused instead of silently leaving the search unbounded.
 */
public record ProductSearchBody(String status, List<String> sellerSkus, Long updateTimeGe, Long updateTimeLe) {
}
