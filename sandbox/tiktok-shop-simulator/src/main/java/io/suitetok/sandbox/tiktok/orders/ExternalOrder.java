package io.suitetok.sandbox.tiktok.orders;

import java.util.List;

/**
 * An external order reference as TikTok's external order endpoints carry it: {@code {id, platform,
 * line_items[{id, origin_id}]}}, {@code id} the other system's order and each line TikTok's order line
 * id with the other system's line id.
 */
public record ExternalOrder(String id, String platform, List<ExternalLineItem> lineItems) {

    public record ExternalLineItem(String id, String originId) {
    }
}
