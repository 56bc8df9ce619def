package io.suitetok.tiktok.model.order;

/** One entry of a return's history (Get Return Records): what happened, who did it, and when (Unix seconds). */
public record ReturnEvent(String event, String role, String description, String reasonText, String note,
        Long createTime) {
}
