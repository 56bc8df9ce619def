package io.suitetok.netsuite.gateway;

import io.suitetok.model.id.NetSuiteInternalId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An item fulfilment as the order flow sends it back to TikTok: which order, which lines, which
 * packages with which tracking numbers.
 *
 * @param shipStatus   NetSuite's ship status without the underscore: {@code packed}, {@code picked}, {@code shipped}
 * @param shipMethod   the ship method's name, for people
 * @param shipMethodId the ship method's internal id, for configuration (carrier maps are keyed by it)
 */
public record FulfilmentSnapshot(NetSuiteInternalId internalId, String externalId, String tranId,
                                 NetSuiteInternalId salesOrder, String shipStatus, String shipMethod,
                                 NetSuiteInternalId shipMethodId,
                                 Instant shippedDate, Instant lastModified, List<TrackedPackage> packages,
                                 List<FulfilledLine> lines) {

    public FulfilmentSnapshot {
        packages = List.copyOf(packages);
        lines = List.copyOf(lines);
    }

    public record TrackedPackage(String trackingNumber, String description, BigDecimal weight) {
    }

    public record FulfilledLine(NetSuiteInternalId item, long orderLine, BigDecimal quantity,
                                NetSuiteInternalId location) {
    }
}
