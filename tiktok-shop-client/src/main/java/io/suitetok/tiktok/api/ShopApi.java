package io.suitetok.tiktok.api;

import static io.suitetok.tiktok.http.TikTokEndpoints.AUTHORIZED_SHOPS;
import static io.suitetok.tiktok.http.TikTokEndpoints.GET_WEBHOOKS;
import static io.suitetok.tiktok.http.TikTokEndpoints.UPDATE_WEBHOOK;
import static io.suitetok.tiktok.http.TikTokEndpoints.WAREHOUSES;

import io.suitetok.tiktok.http.ApiCall;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.http.TikTokTransport;
import io.suitetok.tiktok.model.shop.AuthorizedShop;
import io.suitetok.tiktok.model.shop.Warehouse;
import io.suitetok.tiktok.model.shop.WebhookSubscription;
import java.util.List;

/** The seller's shops (and their ciphers), warehouses and webhook subscriptions. */
public class ShopApi {

    private final TikTokTransport transport;

    public ShopApi(TikTokTransport transport) {
        this.transport = transport;
    }

    /** Takes no {@code shop_cipher}: this is where the cipher comes from. */
    public List<AuthorizedShop> authorizedShops(ShopContext seller) {
        Shops shops = transport.execute(seller, ApiCall.to(AUTHORIZED_SHOPS), Shops.class);
        return shops.shops() == null ? List.of() : shops.shops();
    }

    public List<Warehouse> warehouses(ShopContext shop) {
        Warehouses found = transport.execute(shop, ApiCall.to(WAREHOUSES), Warehouses.class);
        return found.warehouses() == null ? List.of() : found.warehouses();
    }

    public List<WebhookSubscription> webhooks(ShopContext shop) {
        Webhooks found = transport.execute(shop, ApiCall.to(GET_WEBHOOKS), Webhooks.class);
        return found.webhooks() == null ? List.of() : found.webhooks();
    }

    public void subscribe(ShopContext shop, WebhookSubscription subscription) {
        transport.execute(shop, ApiCall.to(UPDATE_WEBHOOK).body(subscription));
    }

    record Shops(List<AuthorizedShop> shops) {
    }

    record Warehouses(List<Warehouse> warehouses) {
    }

    record Webhooks(List<WebhookSubscription> webhooks) {
    }
}
