package io.suitetok.inventory.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.inventory.*}.
 *
 * @param pollInterval              how often NetSuite is asked for stock changed since the watermark
 * @param watermarkOverlap          read a little before the watermark (a slow transaction may stamp its
 *                                  change before the previous poll's server time yet commit after it)
 * @param fullRecalculationInterval how often every mapped item is read and every level recomputed
 * @param movementInterval          how often items NetSuite reported moved are read
 * @param pushInterval              how often levels that changed are considered for TikTok
 * @param pushConcurrency           update calls in flight at once; TikTok's rate limit (hub.tiktok.qps)
 *                                  is what really paces them
 * @param pushBatchSize             levels considered per push round
 * @param commitSettle              how long a drop that Sales Orders NetSuite just committed (or young
 *                                  in-flight orders) could explain may wait: it may be TikTok orders the
 *                                  hub has not heard of or heard written yet, which TikTok took off already
 * @param retryBaseDelay            first wait before a refused SKU is sent again (doubling up to the max)
 * @param itemsPerRead              items per recalculation step (and progress unit)
 * @param movementSecret            the secret NetSuite's script signs movement calls with (HMAC-SHA256)
 */
@Validated
@ConfigurationProperties("hub.inventory")
public record InventoryProperties(
        @Valid @DefaultValue List<ShopInventorySettings> shops,
        @DefaultValue("true") boolean pollEnabled,
        @NotNull @DefaultValue("1m") Duration pollInterval,
        @NotNull @DefaultValue("2m") Duration watermarkOverlap,
        @DefaultValue("true") boolean fullRecalculationEnabled,
        @NotNull @DefaultValue("6h") Duration fullRecalculationInterval,
        @DefaultValue("true") boolean movementEnabled,
        @NotNull @DefaultValue("1s") Duration movementInterval,
        @DefaultValue("true") boolean pushEnabled,
        @NotNull @DefaultValue("500ms") Duration pushInterval,
        @Min(1) @DefaultValue("4") int pushConcurrency,
        @Min(1) @DefaultValue("2000") int pushBatchSize,
        @NotNull @DefaultValue("30s") Duration commitSettle,
        @NotNull @DefaultValue("2s") Duration retryBaseDelay,
        @NotNull @DefaultValue("5m") Duration retryMaxDelay,
        @Min(1) @DefaultValue("1000") int itemsPerRead,
        String movementSecret) {

    public Optional<ShopInventorySettings> shop(String shopId) {
        return shops.stream().filter(shop -> shop.shopId().equals(shopId)).findFirst();
    }

    /** Every NetSuite location some shop maps to a warehouse. */
    public Set<String> mappedLocations() {
        Set<String> locations = new TreeSet<>();
        shops.forEach(shop -> locations.addAll(shop.locations().keySet()));
        return locations;
    }
}
