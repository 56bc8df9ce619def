package io.suitetok.netsuite.rest;

import java.util.List;
import java.util.stream.Collectors;

/** The SuiteQL statements the REST adapter sends, written in one place (the simulator recognises these shapes). */
final class SuiteQl {

    private SuiteQl() {
    }

    /** Sales Orders' internal ids and SO numbers by external id. */
    static String salesOrderNumbers(List<String> externalIds) {
        return "SELECT id, tranid, externalid FROM transaction WHERE type = 'SalesOrd' AND externalid IN ("
                + externalIds.stream().map(SuiteQl::literal).collect(Collectors.joining(", ")) + ")";
    }

    /** A string literal: quotes doubled, so an external id can never end the literal. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
