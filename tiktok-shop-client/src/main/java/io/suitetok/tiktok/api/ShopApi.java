package io.suitetok.tiktok.api;

import static io.suitetok.tiktok.http.TikTokEndpoints.AUTHORIZED_SHOPS;
import static io.suitetok.tiktok.http.TikTokEndpoints.DELIVERY_OPTIONS;
import static io.suitetok.tiktok.http.TikTokEndpoints.GET_WEBHOOKS;
import static io.suitetok.tiktok.http.TikTokEndpoints.SHIPPING_PROVIDERS;
import static io.suitetok.tiktok.http.TikTokEndpoints.UPDATE_WEBHOOK;
import static io.suitetok.tiktok.http.TikTokEndpoints.WAREHOUSES;

import io.suitetok.tiktok.http.ApiCall;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.http.TikTokTransport;
import io.suitetok.tiktok.model.shop.AuthorizedShop;
import io.suitetok.tiktok.model.shop.DeliveryOption;
import io.suitetok.tiktok.model.shop.ShippingProvider;
import io.suitetok.tiktok.model.shop.Warehouse;
import io.suitetok.tiktok.model.shop.WebhookSubscription;
import java.util.List;

/**
 * The seller's shops (and their ciphers), their logistics set-up (warehouses, the delivery options
 * each warehouse is subscribed to, the carriers of each option) and webhook subscriptions.
 */
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

    public List<DeliveryOption> deliveryOptions(ShopContext shop, String warehouseId) {
        DeliveryOptions found = transport.execute(shop,
                ApiCall.to(DELIVERY_OPTIONS).path("warehouse_id", warehouseId), DeliveryOptions.class);
        return found.deliveryOptions() == null ? List.of() : found.deliveryOptions();
    }

    /** The carriers a package of an order with this delivery option may be shipped with. */
    public List<ShippingProvider> shippingProviders(ShopContext shop, String deliveryOptionId) {
        ShippingProviders found = transport.execute(shop,
                ApiCall.to(SHIPPING_PROVIDERS).path("delivery_option_id", deliveryOptionId), ShippingProviders.class);
        return found.shippingProviders() == null ? List.of() : found.shippingProviders();
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

    record DeliveryOptions(List<DeliveryOption> deliveryOptions) {
    }

    record ShippingProviders(List<ShippingProvider> shippingProviders) {
    }

    record Webhooks(List<WebhookSubscription> webhooks) {
    }
}
