package io.suitetok.sandbox.netsuite.account;

import java.util.List;

/**
 * A GL account of the simulated chart of accounts, in the simulator's own terms.
 *
 * @param type         SuiteTalk's account type without the leading underscore ({@code bank}, {@code expense}, ...)
 * @param subsidiaries the subsidiaries that may post to it; empty means all
 * @param currency     currency internal id, or {@code null} when the account takes any
 */
public record GlAccount(String internalId, String number, String name, String type, List<String> subsidiaries,
                        String currency, boolean inactive) {

    public GlAccount {
        subsidiaries = subsidiaries == null ? List.of() : List.copyOf(subsidiaries);
    }

    public boolean isBank() {
        return "bank".equals(type);
    }

    public boolean availableTo(String subsidiary) {
        return subsidiaries.isEmpty() || subsidiary == null || subsidiaries.contains(subsidiary);
    }

    static String normalType(String type) {
        if (type == null) {
            return null;
        }
        String stripped = type.strip();
        return stripped.startsWith("_") ? stripped.substring(1) : stripped;
    }
}
