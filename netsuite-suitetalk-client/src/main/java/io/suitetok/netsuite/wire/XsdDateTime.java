package io.suitetok.netsuite.wire;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The JAXB conversion for every {@code xsd:dateTime} in SuiteTalk. NetSuite sends an offset
 * ({@code 2025-11-26T06:00:00.000-08:00}); a value without one is read as UTC rather than as the
 * JVM's zone, so the same text means the same instant on every machine.
 */
public final class XsdDateTime {

    private XsdDateTime() {
    }

    public static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(trimmed, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC);
        }
    }

    public static String print(OffsetDateTime value) {
        return value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }
}
