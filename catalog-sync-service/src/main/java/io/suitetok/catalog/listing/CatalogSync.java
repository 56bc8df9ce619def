package io.suitetok.catalog.listing;

import io.suitetok.catalog.config.CatalogProperties;
import io.suitetok.catalog.config.ShopListingSettings;
import io.suitetok.catalog.source.CatalogSource;
import io.suitetok.runtime.watermark.WatermarkStore;
import io.suitetok.model.catalog.CatalogItem;
import io.suitetok.tiktok.error.TikTokApiException;
import io.suitetok.tiktok.http.TikTokTransportException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes items to every configured shop: on a schedule (items NetSuite changed since the
 * watermark) and on demand. An item TikTok refuses is parked with TikTok's own words; an item that
 * failed for a passing reason (TikTok down, throttled) holds the watermark back so the next poll
 * tries it again.
 */
public class CatalogSync {

    private static final Logger log = LoggerFactory.getLogger(CatalogSync.class);
    static final String WATERMARK = "netsuite-items";

    private final CatalogSource source;
    private final ListingPublisher publisher;
    private final ListingRecorderParking parking;
    private final WatermarkStore watermarks;
    private final CatalogProperties properties;

    public CatalogSync(CatalogSource source, ListingPublisher publisher, ListingRecorderParking parking,
            WatermarkStore watermarks, CatalogProperties properties) {
        this.source = source;
        this.publisher = publisher;
        this.parking = parking;
        this.watermarks = watermarks;
        this.properties = properties;
    }

    /** One poll: items modified since the watermark (less the overlap), then the watermark moves on. */
    public Summary pollOnce() {
        Instant readUntil = source.serverTime();
        Instant since = watermarks.readUntil(WATERMARK).map(mark -> mark.minus(properties.watermarkOverlap()))
                .orElse(Instant.EPOCH);
        Summary summary = publish(source.modifiedSince(since));
        if (summary.transientFailures() == 0) {
            watermarks.advance(WATERMARK, readUntil);
        }
        return summary;
    }

    public Summary publishAll() {
        return publish(source.all());
    }

    public Summary publishItems(Collection<String> internalIds) {
        return publish(source.byIds(internalIds));
    }

    public Summary publish(List<CatalogItem> items) {
        Map<PublishOutcome, Integer> outcomes = new EnumMap<>(PublishOutcome.class);
        int transientFailures = 0;
        for (CatalogItem item : items) {
            for (ShopListingSettings shop : properties.shops()) {
                try {
                    outcomes.merge(publisher.publish(item, shop), 1, Integer::sum);
                } catch (TikTokApiException e) {
                    if (e.isRetryable()) {
                        transientFailures++;
                        log.warn("{} not published to shop {} this time: {}", item.sellerSku(), shop.shopId(), e.getMessage());
                    } else {
                        log.warn("TikTok refused {} for shop {}; parking it: {}", item.sellerSku(), shop.shopId(),
                                e.getMessage());
                        parking.parkRefused(item, shop, "TikTok refused the listing: " + e.getMessage());
                        outcomes.merge(PublishOutcome.PARKED, 1, Integer::sum);
                    }
                } catch (TikTokTransportException e) {
                    transientFailures++;
                    log.warn("{} not published to shop {} this time: {}", item.sellerSku(), shop.shopId(), e.getMessage());
                }
            }
        }
        return new Summary(items.size(), outcomes, transientFailures);
    }

    /** What a publish run did, for the REST answer and the logs. */
    public record Summary(int items, Map<PublishOutcome, Integer> outcomes, int transientFailures) {
    }
}
