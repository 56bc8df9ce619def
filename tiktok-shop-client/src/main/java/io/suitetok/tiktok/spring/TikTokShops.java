package io.suitetok.tiktok.spring;

import io.suitetok.model.id.ShopId;
import io.suitetok.tiktok.http.ShopContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The configured shops, as the contexts calls are made in. */
public class TikTokShops {

    private final Map<String, ShopContext> byId;

    public TikTokShops(List<TikTokProperties.Shop> shops) {
        this.byId = shops.stream().map(shop -> new ShopContext(new ShopId(shop.id()), shop.cipher()))
                .collect(Collectors.toUnmodifiableMap(context -> context.shopId().value(), Function.identity()));
    }

    public ShopContext context(String shopId) {
        ShopContext context = byId.get(shopId);
        if (context == null) {
            throw new IllegalArgumentException("shop " + shopId + " is not configured under hub.tiktok.shops");
        }
        return context;
    }

    public List<ShopContext> all() {
        return List.copyOf(byId.values());
    }
}
