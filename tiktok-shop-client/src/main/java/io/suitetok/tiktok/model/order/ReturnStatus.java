package io.suitetok.tiktok.model.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * TikTok's return statuses. TikTok's own pages spell some of them differently from the wire, so a
 * value the hub does not know reads as {@link #UNKNOWN} instead of failing the whole search page.
 */
public enum ReturnStatus {
    RETURN_OR_REFUND_REQUEST_PENDING,
    AWAITING_BUYER_SHIP,
    BUYER_SHIPPED_ITEM,
    REJECT_RECEIVE_PACKAGE,
    REFUND_OR_RETURN_REQUEST_REJECT,
    RETURN_OR_REFUND_REQUEST_CANCEL,
    RETURN_OR_REFUND_REQUEST_SUCCESS,
    RETURN_OR_REFUND_REQUEST_COMPLETE,
    REPLACEMENT_REQUEST_PENDING,
    REPLACEMENT_REQUEST_REJECT,
    REPLACEMENT_REQUEST_CANCEL,
    REPLACEMENT_REQUEST_REFUND_SUCCESS,
    REPLACEMENT_REQUEST_COMPLETE,
    UNKNOWN;

    @JsonCreator
    public static ReturnStatus readTikTok(String value) {
        if (value == null) {
            return null;
        }
        for (ReturnStatus status : values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
