package io.suitetok.tiktok.model.promotion;

import java.util.Arrays;

/**
 * An activity's status as TikTok reports it. Only ONGOING activities change what buyers pay.
 * {@link #UNKNOWN} stands for a value TikTok adds later, so that reading a shop's activities after a
 * restart never fails on one.
 */
public enum ActivityStatus {
    DRAFT,
    NOT_START,
    ONGOING,
    EXPIRED,
    DEACTIVATED,
    NOT_EFFECTIVE,
    UNKNOWN;

    public static ActivityStatus fromWire(String value) {
        return Arrays.stream(values()).filter(status -> status.name().equals(value)).findFirst().orElse(UNKNOWN);
    }
}
