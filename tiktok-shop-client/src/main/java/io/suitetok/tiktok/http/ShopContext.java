package io.suitetok.tiktok.http;

import io.suitetok.model.Required;
import io.suitetok.model.id.ShopId;

/**
 * The shop a call acts for: its id picks the token, its cipher (from Get Authorized Shops) goes in
 * {@code shop_cipher} on shop-scoped endpoints. The cipher may be unknown before the first
 * authorized-shops call.
 */
public record ShopContext(ShopId shopId, String cipher) {

    public ShopContext {
        Required.present("shopId", shopId);
    }
}
