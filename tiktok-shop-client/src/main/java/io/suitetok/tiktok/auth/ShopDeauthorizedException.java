package io.suitetok.tiktok.auth;

import io.suitetok.model.id.ShopId;

/**
 * The seller withdrew the app's authorization for this shop (webhook 6), so the hub does not call
 * TikTok for it: every call would fail, and retrying would only hide the cause. It clears when the
 * seller authorizes the app again and a new token pair is stored.
 */
public class ShopDeauthorizedException extends IllegalStateException {

    private final ShopId shop;

    public ShopDeauthorizedException(ShopId shop, String reason) {
        super("TikTok shop " + shop.value() + " is not authorized any more (" + reason + "); the seller must "
                + "authorize the app again before the hub can call TikTok for it");
        this.shop = shop;
    }

    public ShopId shop() {
        return shop;
    }
}
