package io.suitetok.tiktok.model.product;

import java.util.List;

/** Body of Search Products; TikTok stops at 10,000 results, so split wide searches by update time. */
public record ProductSearchFilter(String status, List<String> sellerSkus, Long updateTimeGe, Long updateTimeLt) {
}
