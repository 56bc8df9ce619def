package io.suitetok.tiktok.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.suitetok.tiktok.auth.AccessTokens;
import io.suitetok.tiktok.auth.AuthClient;
import io.suitetok.tiktok.auth.TokenStore;
import io.suitetok.tiktok.config.TikTokClientConfig;
import io.suitetok.tiktok.http.TikTokTransport;
import java.time.Clock;
import okhttp3.OkHttpClient;

/**
 * The TikTok Shop client a service holds: one per app, thread-safe, shared by all shops. Pointing it
 * at the simulator or at TikTok is a matter of {@link TikTokClientConfig#apiBaseUrl()} and
 * {@link TikTokClientConfig#authBaseUrl()} only.
 */
public class TikTokShopClient {

    private final AuthClient auth;
    private final OrderApi orders;
    private final ProductApi products;
    private final StockAndPriceApi stockAndPrices;
    private final FinanceApi finance;
    private final ShopApi shops;
    private final FulfillmentApi fulfillment;
    private final PromotionApi promotions;

    public TikTokShopClient(TikTokClientConfig config, TokenStore tokenStore, Clock clock, MeterRegistry meters) {
        this(config, tokenStore, clock, meters, ObservationRegistry.NOOP);
    }

    public TikTokShopClient(TikTokClientConfig config, TokenStore tokenStore, Clock clock, MeterRegistry meters,
            ObservationRegistry observations) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .build();
        this.auth = new AuthClient(config, http);
        AccessTokens tokens = new AccessTokens(tokenStore, auth, clock, config.tokenRefreshMargin());
        TikTokTransport transport = new TikTokTransport(config, http, tokens, clock, meters, observations);
        this.orders = new OrderApi(transport);
        this.products = new ProductApi(transport);
        this.stockAndPrices = new StockAndPriceApi(transport);
        this.finance = new FinanceApi(transport);
        this.shops = new ShopApi(transport);
        this.fulfillment = new FulfillmentApi(transport);
        this.promotions = new PromotionApi(transport);
    }

    public AuthClient auth() {
        return auth;
    }

    public OrderApi orders() {
        return orders;
    }

    public ProductApi products() {
        return products;
    }

    public StockAndPriceApi stockAndPrices() {
        return stockAndPrices;
    }

    public FinanceApi finance() {
        return finance;
    }

    public ShopApi shops() {
        return shops;
    }

    public FulfillmentApi fulfillment() {
        return fulfillment;
    }

    public PromotionApi promotions() {
        return promotions;
    }
}
