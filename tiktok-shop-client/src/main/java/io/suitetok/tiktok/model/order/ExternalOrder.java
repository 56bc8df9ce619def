package io.suitetok.tiktok.model.order;

import java.util.List;

/**
 * A reference from a TikTok order to the same order in another system: for the hub, the NetSuite
 * Sales Order (tran id as {@code id}, platform {@code NETSUITE}), with its lines matched to TikTok's.
 */
public record ExternalOrder(String id, String platform, List<ExternalLineItem> lineItems) {

    /** @param id TikTok's order line item id; {@code originId} the external system's line id */
    public record ExternalLineItem(String id, String originId) {
    }
}
