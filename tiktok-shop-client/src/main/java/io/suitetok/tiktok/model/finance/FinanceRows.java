package io.suitetok.tiktok.model.finance;

import io.suitetok.tiktok.json.TikTokJson;
import tools.jackson.databind.JsonNode;

/**
 * Reads a finance row: its own identity fields and, from the same JSON object, its
 * {@link SettlementAmounts}. TikTok puts the amounts beside the ids, not in a nested object; one
 * reader keeps the three row types from each repeating forty-odd amount fields.
 */
final class FinanceRows {

    private FinanceRows() {
    }

    static SettlementAmounts amounts(JsonNode row) {
        return TikTokJson.mapper().treeToValue(row, SettlementAmounts.class);
    }

    static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    static Long number(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : value.asLong();
    }

    static Integer integer(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }
}
