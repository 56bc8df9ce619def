package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.platform.core_2025_2.CustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.DateCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.DoubleCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.LongCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.SelectCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.StringCustomFieldRef;
import com.netsuite.webservices.setup.customization_2025_2.CustomRecord;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.ScheduledPrice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A {@code customrecord_suitetok_price_schedule} instance as a {@link ScheduledPrice}. */
final class ScheduledPriceMapper {

    private ScheduledPriceMapper() {
    }

    static ScheduledPrice toScheduledPrice(CustomRecord record) {
        Map<String, CustomFieldRef> fields = new HashMap<>();
        if (record.getCustomFieldList() != null) {
            record.getCustomFieldList().getCustomField().forEach(field -> fields.put(field.getScriptId(), field));
        }
        return new ScheduledPrice(record.getInternalId(), select(fields.get(PriceScheduleRecord.ITEM)),
                select(fields.get(PriceScheduleRecord.PRICE_LEVEL)), select(fields.get(PriceScheduleRecord.CURRENCY)),
                amount(fields.get(PriceScheduleRecord.PRICE)), time(fields.get(PriceScheduleRecord.EFFECTIVE_FROM)),
                time(fields.get(PriceScheduleRecord.EFFECTIVE_TO)), Boolean.TRUE.equals(record.isIsInactive()),
                WireValues.instant(record.getLastModified()));
    }

    private static NetSuiteInternalId select(CustomFieldRef field) {
        if (field instanceof SelectCustomFieldRef select && select.getValue() != null
                && select.getValue().getInternalId() != null) {
            return new NetSuiteInternalId(select.getValue().getInternalId());
        }
        return null;
    }

    /** A currency field arrives as a double; it may arrive as text or a whole number from a changed definition. */
    private static BigDecimal amount(CustomFieldRef field) {
        if (field instanceof DoubleCustomFieldRef number) {
            return number.getValue();
        }
        if (field instanceof LongCustomFieldRef number) {
            return BigDecimal.valueOf(number.getValue());
        }
        if (field instanceof StringCustomFieldRef text && text.getValue() != null && !text.getValue().isBlank()) {
            return new BigDecimal(text.getValue().strip());
        }
        return null;
    }

    private static Instant time(CustomFieldRef field) {
        return field instanceof DateCustomFieldRef date ? WireValues.instant(date.getValue()) : null;
    }
}
