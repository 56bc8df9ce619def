package io.suitetok.sandbox.tiktok.orders;

import java.util.ArrayList;
import java.util.List;

/** A return or refund request for unit lines of a delivered (or shipped) order. */
public final class ReturnOrder {

    static final String PENDING = "RETURN_OR_REFUND_REQUEST_PENDING";
    static final String AWAITING_BUYER_SHIP = "AWAITING_BUYER_SHIP";
    static final String BUYER_SHIPPED_ITEM = "BUYER_SHIPPED_ITEM";
    static final String COMPLETE = "RETURN_OR_REFUND_REQUEST_COMPLETE";
    static final String REJECTED = "REFUND_OR_RETURN_REQUEST_REJECT";
    static final String CANCELLED = "RETURN_OR_REFUND_REQUEST_CANCEL";
    static final String PACKAGE_REJECTED = "REJECT_RECEIVE_PACKAGE";

    final String returnId;
    final String orderId;
    final String shopId;
    final String returnType;
    final String reason;
    final long createTime;
    final List<String> lineIds;
    String status = PENDING;
    long updateTime;
    String trackingNumber;
    String providerName;
    /** Everything that happened to the return, oldest first, as Get Return Records lists it. */
    final List<Step> history = new ArrayList<>();
    /** When the seller's warehouse confirmed the goods came back; TikTok has no status for it, only the time. */
    Long receivedTime;

    ReturnOrder(String returnId, String orderId, String shopId, String returnType, String reason, long createTime,
            List<String> lineIds) {
        this.returnId = returnId;
        this.orderId = orderId;
        this.shopId = shopId;
        this.returnType = returnType;
        this.reason = reason;
        this.createTime = createTime;
        this.updateTime = createTime;
        this.lineIds = List.copyOf(lineIds);
    }

    public String returnId() {
        return returnId;
    }

    public List<String> lineIds() {
        return lineIds;
    }

    public String status() {
        return status;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public Long receivedTime() {
        return receivedTime;
    }

    void record(String event, String role, String description, long time) {
        history.add(new Step(event, role, description, time));
    }

    /** One history entry; {@code event} is the status reached, or SELLER_RECEIVED_PACKAGE for the receipt. */
    record Step(String event, String role, String description, long createTime) {
    }

    boolean open() {
        return !(status.equals(COMPLETE) || status.equals(REJECTED) || status.equals(CANCELLED)
                || status.equals(PACKAGE_REJECTED));
    }

    /** The next status on the way to a completed refund. */
    String nextTowardsCompletion() {
        return switch (status) {
            case PENDING -> returnType.equals("REFUND") ? COMPLETE : AWAITING_BUYER_SHIP;
            case AWAITING_BUYER_SHIP -> BUYER_SHIPPED_ITEM;
            case BUYER_SHIPPED_ITEM -> COMPLETE;
            default -> null;
        };
    }

    boolean canMoveTo(String next) {
        return switch (status) {
            case PENDING -> next.equals(REJECTED) || next.equals(CANCELLED) || next.equals(AWAITING_BUYER_SHIP)
                    || (next.equals(COMPLETE) && returnType.equals("REFUND"));
            case AWAITING_BUYER_SHIP -> next.equals(BUYER_SHIPPED_ITEM) || next.equals(CANCELLED);
            case BUYER_SHIPPED_ITEM -> next.equals(COMPLETE) || next.equals(PACKAGE_REJECTED);
            default -> false;
        };
    }
}
