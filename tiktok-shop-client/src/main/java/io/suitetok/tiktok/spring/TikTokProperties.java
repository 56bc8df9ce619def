package io.suitetok.tiktok.spring;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hub.tiktok.*}: the TikTok app every service uses, and the shops it acts for. Pointing a
 * service at the simulator instead of TikTok changes only the two base URLs.
 *
 * @param tokenTable where token pairs live, shared by the services (docs/adr/0004)
 * @param shops      each shop's id and cipher; an {@code authCode} is exchanged once at start-up when
 *                   no token is stored yet
 */
@ConfigurationProperties("hub.tiktok")
public record TikTokProperties(
        String appKey,
        String appSecret,
        @DefaultValue("https://open-api.tiktokglobalshop.com") String apiBaseUrl,
        @DefaultValue("https://auth.tiktok-shops.com") String authBaseUrl,
        @DefaultValue("tiktok_auth.shop_token") String tokenTable,
        @DefaultValue("10") int defaultQps,
        @DefaultValue Map<String, Integer> qps,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("1s") Duration retryBaseDelay,
        @DefaultValue("20s") Duration readTimeout,
        @DefaultValue List<Shop> shops) {

    public record Shop(String id, String cipher, String authCode) {

        /** The auth code is a credential until it is exchanged: it never reaches a log line. */
        @Override
        public String toString() {
            return "Shop[id=" + id + ", cipher=" + cipher + ", authCode=" + (authCode == null ? "none" : "***") + "]";
        }
    }

    @Override
    public String toString() {
        return "TikTokProperties[appKey=" + appKey + ", appSecret=***, apiBaseUrl=" + apiBaseUrl + ", shops="
                + shops.stream().map(Shop::id).toList() + "]";
    }
}
