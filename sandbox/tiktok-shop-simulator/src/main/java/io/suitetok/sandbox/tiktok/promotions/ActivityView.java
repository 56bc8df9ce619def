package io.suitetok.sandbox.tiktok.promotions;

import java.time.Instant;
import java.util.List;

/**
 * An activity as the control API shows it: its status by the shop clock now, its period, when it was
 * deactivated (if it was) and each SKU's current terms.
 */
public record ActivityView(String id, String title, ActivityKind activityType, String productLevel,
        ActivityStatus status, Instant begin, Instant end, Instant deactivatedAt, List<SkuTerms> skus) {

    static ActivityView of(SimActivity activity, ActivityStatus status) {
        return new ActivityView(activity.id(), activity.title(), activity.kind(), activity.productLevel(), status,
                activity.begin(), activity.end(), activity.deactivatedAt(), activity.currentTerms());
    }
}
