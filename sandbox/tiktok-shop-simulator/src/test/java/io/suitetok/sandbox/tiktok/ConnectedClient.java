package io.suitetok.sandbox.tiktok;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.model.id.ShopId;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.auth.InMemoryTokenStore;
import io.suitetok.tiktok.auth.TokenPair;
import io.suitetok.tiktok.config.TikTokClientConfig;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.model.shop.AuthorizedShop;
import java.time.Clock;

/**
 * The real client, authorized the way the hub authorizes: each shop's auth code is exchanged for a
 * token pair kept in an InMemoryTokenStore, and the shop contexts carry the ciphers that Get
 * Authorized Shops returned.
 */
final class ConnectedClient {

    final TikTokShopClient client;
    final InMemoryTokenStore tokens;
    final ShopContext us;
    final ShopContext uk;

    private ConnectedClient(TikTokShopClient client, InMemoryTokenStore tokens, ShopContext us, ShopContext uk) {
        this.client = client;
        this.tokens = tokens;
        this.us = us;
        this.uk = uk;
    }

    static ConnectedClient to(RunningSimulator simulator) {
        return to(simulator, simulator.clientConfig(), Clock.systemUTC());
    }

    static ConnectedClient to(RunningSimulator simulator, TikTokClientConfig config, Clock clock) {
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        TikTokShopClient client = new TikTokShopClient(config, tokens, clock, new SimpleMeterRegistry());
        ShopId usId = new ShopId(ShopDirectory.US_SHOP_ID);
        ShopId ukId = new ShopId(ShopDirectory.UK_SHOP_ID);
        tokens.save(usId, client.auth().exchangeAuthCode(ShopDirectory.US_AUTH_CODE));
        tokens.save(ukId, client.auth().exchangeAuthCode(ShopDirectory.UK_AUTH_CODE));
        return new ConnectedClient(client, tokens, new ShopContext(usId, cipherOf(client, usId)),
                new ShopContext(ukId, cipherOf(client, ukId)));
    }

    /** A client sharing this one's tokens but configured differently (wrong secret, skewed clock). */
    ConnectedClient variant(TikTokClientConfig config, Clock clock) {
        InMemoryTokenStore copy = new InMemoryTokenStore();
        copy.save(us.shopId(), tokens.find(us.shopId()).orElseThrow());
        copy.save(uk.shopId(), tokens.find(uk.shopId()).orElseThrow());
        return new ConnectedClient(new TikTokShopClient(config, copy, clock, new SimpleMeterRegistry()), copy, us, uk);
    }

    TokenPair tokenOf(ShopContext shop) {
        return tokens.find(shop.shopId()).orElseThrow();
    }

    private static String cipherOf(TikTokShopClient client, ShopId shop) {
        return client.shops().authorizedShops(new ShopContext(shop, null)).stream()
                .filter(s -> s.id().equals(shop.value())).map(AuthorizedShop::cipher).findFirst().orElseThrow();
    }
}
