package io.suitetok.inventory.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
 * @param commitSettle              how long a drop that Sales Orders NetSuite just committed could explain
 *                                  may wait: it may be TikTok orders the hub has not heard of or heard
 *                                  written yet, which TikTok took off already
 * @param retryBaseDelay            first wait before a refused SKU is sent again (doubling up to the max)
 * @param itemsPerRead              items per recalculation step (and progress unit)
 * @param pushCallDeadline          how long one Update Inventory call (the client's retries and rate-limit
 *                                  waits included) may take before the hub gives up on it; shorter than
 *                                  {@code pushClaimTimeout}, so a slow call never outlives its claim
 * @param pushClaimTimeout          a claim older than this belongs to a replica that stopped mid-call
 * @param movementSecret            the secret NetSuite's script signs movement calls with (HMAC-SHA256);
 *                                  required. Only blankness is checked here, because Boot's report of a
 *                                  failed check quotes the value; the rest is {@code MovementSignature}'s
 * @param verifyAfterPush           how long after TikTok accepted a value the hub reads the SKU again: an
 *                                  order TikTok took between the push's read and its update, or a lost call
 *                                  TikTok applied late, shows up as a difference and is corrected
 * @param driftCheckInterval        how often every level is read back from TikTok and corrected where it
 *                                  differs (the net under everything the hub cannot hear of)
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
        @Min(1) @DefaultValue("8") int pushConcurrency,
        @Min(1) @DefaultValue("2000") int pushBatchSize,
        @NotNull @DefaultValue("30s") Duration commitSettle,
        @NotNull @DefaultValue("2s") Duration retryBaseDelay,
        @NotNull @DefaultValue("5m") Duration retryMaxDelay,
        @Min(1) @DefaultValue("1000") int itemsPerRead,
        @NotBlank String movementSecret,
        @NotNull @DefaultValue("60s") Duration pushCallDeadline,
        @NotNull @DefaultValue("2m") Duration pushClaimTimeout,
        @NotNull @DefaultValue("5s") Duration verifyAfterPush,
        @NotNull @DefaultValue("1h") Duration driftCheckInterval) {

    public InventoryProperties {
        // Refused at start-up rather than discovered as oversold units.
        if (pushCallDeadline != null && pushClaimTimeout != null
                && pushCallDeadline.multipliedBy(2).compareTo(pushClaimTimeout) > 0) {
            throw new IllegalArgumentException("hub.inventory.push-call-deadline (" + pushCallDeadline + ") must be at "
                    + "most half of push-claim-timeout (" + pushClaimTimeout + "): a call given up on may still "
                    + "be reading its answer, and its claim must outlive that");
        }
        if (shops != null) {
            refuseSharedLocations(shops);
        }
    }

    /**
     * In-flight units are counted per shop, so a location feeding two shops would let both offer the
     * same units.
     */
    private static void refuseSharedLocations(List<ShopInventorySettings> shops) {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (ShopInventorySettings shop : shops) {
            for (String location : shop.locations().keySet()) {
                String other = owner.putIfAbsent(location, shop.shopId());
                if (other != null && !other.equals(shop.shopId())) {
                    throw new IllegalArgumentException("NetSuite location " + location + " feeds shops " + other
                            + " and " + shop.shopId() + "; each location may feed one shop only, or both shops "
                            + "would offer the same units");
                }
            }
        }
    }

    /** Every setting but the movement secret, which never reaches a log line. */
    @Override
    public String toString() {
        return "InventoryProperties[shops=" + shops + ", pollEnabled=" + pollEnabled + ", pollInterval=" + pollInterval
                + ", watermarkOverlap=" + watermarkOverlap + ", fullRecalculationEnabled=" + fullRecalculationEnabled
                + ", fullRecalculationInterval=" + fullRecalculationInterval + ", movementEnabled=" + movementEnabled
                + ", movementInterval=" + movementInterval + ", pushEnabled=" + pushEnabled + ", pushInterval="
                + pushInterval + ", pushConcurrency=" + pushConcurrency + ", pushBatchSize=" + pushBatchSize
                + ", commitSettle=" + commitSettle + ", retryBaseDelay=" + retryBaseDelay + ", retryMaxDelay="
                + retryMaxDelay + ", itemsPerRead=" + itemsPerRead + ", movementSecret="
                + (movementSecret == null || movementSecret.isBlank() ? "none" : "***") + ", pushCallDeadline="
                + pushCallDeadline + ", pushClaimTimeout=" + pushClaimTimeout + ", verifyAfterPush=" + verifyAfterPush
                + ", driftCheckInterval=" + driftCheckInterval + "]";
    }

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
