package io.suitetok.inventory.sellable;

/**
 * What the shop wants TikTok to show, whatever the stock.
 *
 * @param maxListed           never list more than this (a merchant may ration a channel); at most
 *                            TikTok's own limit
 * @param outOfStockThreshold at or below this many units the SKU shows 0 on TikTok (the last units are
 *                            kept for other channels, or are too few to risk a LIVE sale on)
 * @param includeInTransit    count stock on its way (NetSuite's on-order quantity) as sellable
 */
public record ChannelRules(long maxListed, long outOfStockThreshold, boolean includeInTransit) {

    public static final ChannelRules DEFAULT = new ChannelRules(SellableQuantity.TIKTOK_MAXIMUM, 0, false);

    public ChannelRules {
        if (maxListed < 0 || outOfStockThreshold < 0) {
            throw new IllegalArgumentException("channel rules cannot be negative");
        }
    }
}
