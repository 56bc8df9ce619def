package io.suitetok.tiktok.model.product;

import java.util.List;

/**
 * Body of Search Products; TikTok stops at 10,000 results, so split wide searches by update time.
 * Unlike Get Order List ({@code update_time_lt}), Search Products bounds update time with
 * {@code update_time_ge} and an inclusive {@code update_time_le}; an unknown field would be ignored
 * and the search silently unbounded.
 */
public record ProductSearchFilter(String status, List<String> sellerSkus, Long updateTimeGe, Long updateTimeLe) {
}
