package io.suitetok.netsuite.wire;

import java.math.BigDecimal;

/**
 * The JAXB conversion for every {@code xsd:double} in SuiteTalk: amounts, rates, quantities. NetSuite
 * types them as doubles; the hub keeps them as {@link BigDecimal} so that no amount ever passes through
 * binary floating point. Printing uses plain notation, which is valid {@code xsd:double} text.
 */
public final class XsdDouble {

    private XsdDouble() {
    }

    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        // INF and NaN are legal xsd:double text but never a NetSuite amount or quantity.
        return new BigDecimal(trimmed);
    }

    public static String print(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
