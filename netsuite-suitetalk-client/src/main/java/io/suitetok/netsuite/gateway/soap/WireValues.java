package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import io.suitetok.model.id.NetSuiteInternalId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Generated-type values in the hub's terms: absent references, times and quantities read as such. */
final class WireValues {

    private WireValues() {
    }

    static NetSuiteInternalId id(RecordRef ref) {
        return ref == null || ref.getInternalId() == null ? null : new NetSuiteInternalId(ref.getInternalId());
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** NetSuite leaves a zero quantity out of an answer. */
    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
