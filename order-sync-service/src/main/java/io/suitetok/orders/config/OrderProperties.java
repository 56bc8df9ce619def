package io.suitetok.orders.config;

import jakarta.validation.Valid;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.orders.*}.
 *
 * @param batchSize     Sales Orders per upsertList (NetSuite takes 100; smaller batches answer sooner)
 * @param flushInterval how long a waiting order may wait for its batch to fill
 * @param flushWorkers  batches written side by side; at most this replica's NetSuite concurrency share
 * @param bodyFields    the custom body fields channel attribution is written to
 * @param fulfilments   how NetSuite item fulfilments are read and reported to TikTok
 * @param returns       how TikTok returns are polled and written to NetSuite
 */
@Validated
@ConfigurationProperties("hub.orders")
public record OrderProperties(
        @Valid @DefaultValue List<OrderShopSettings> shops,
        @DefaultValue("50") int batchSize,
        @DefaultValue("250ms") Duration flushInterval,
        @DefaultValue("2") int flushWorkers,
        @DefaultValue("true") boolean flushEnabled,
        @DefaultValue BodyFields bodyFields,
        @DefaultValue Fulfilments fulfilments,
        @DefaultValue Returns returns) {

    public Optional<OrderShopSettings> shop(String shopId) {
        return shops.stream().filter(shop -> shop.shopId().equals(shopId)).findFirst();
    }

    /**
     * @param interval       how often NetSuite is asked for fulfilments modified since the last read
     * @param overlap        how far before the watermark each read starts (NetSuite's search index lags)
     * @param firstLookback  how far back the very first read goes
     * @param shipStatuses   NetSuite ship statuses that count as shipped (a picked or packed order has not left)
     */
    public record Fulfilments(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1m") Duration interval,
            @DefaultValue("5m") Duration overlap,
            @DefaultValue("1d") Duration firstLookback,
            @DefaultValue("shipped") List<String> shipStatuses) {
    }

    /**
     * @param enabled       write return documents to NetSuite (off: returns are still read and kept)
     * @param interval      how often queued returns are written
     * @param pollInterval  how often TikTok's returns updated since the last poll are read (the webhooks' safety net)
     * @param pollOverlap   how far before the watermark each poll starts
     * @param batchSize     returns per writer round
     */
    public record Returns(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1s") Duration interval,
            @DefaultValue("5m") Duration pollInterval,
            @DefaultValue("5m") Duration pollOverlap,
            @DefaultValue("50") int batchSize) {
    }

    /**
     * Script ids of the custom body fields for reporting by channel: on Sales Orders, and on the return
     * documents (the TikTok return id, the buyer's return tracking, TikTok's refund total, and the
     * platform-funded part of the refunded units that TikTok reclaims in settlement).
     */
    public record BodyFields(
            @DefaultValue("custbody_tts_source") String source,
            @DefaultValue("custbody_tts_shop_id") String shopId,
            @DefaultValue("custbody_tts_order_id") String orderId,
            @DefaultValue("custbody_tts_order_type") String orderType,
            @DefaultValue("custbody_tts_platform_discount") String platformDiscount,
            @DefaultValue("custbody_tts_tax") String tiktokTax,
            @DefaultValue("custbody_tts_return_id") String returnId,
            @DefaultValue("custbody_tts_return_tracking") String returnTracking,
            @DefaultValue("custbody_tts_refund_total") String refundTotal,
            @DefaultValue("custbody_tts_platform_refund") String platformRefund) {
    }
}
