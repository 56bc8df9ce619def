package io.suitetok.tiktok.model.finance;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Reads a finance row: its own identity fields and, from the same JSON object, its
 * {@link SettlementAmounts}. TikTok puts the amounts beside the ids, not in a nested object; one
 * reader keeps the three row types from each repeating forty-odd amount fields.
 */
final class FinanceRows {

    /** The wire names SettlementAmounts reads; anything else ending in _amount is "other". */
    private static final Set<String> KNOWN_AMOUNT_FIELDS = Arrays.stream(SettlementAmounts.class.getRecordComponents())
            .map(component -> snakeCase(component.getName()))
            .collect(Collectors.toUnmodifiableSet());

    private FinanceRows() {
    }

    /**
     * Every non-null {@code *_amount} field of the row that {@link SettlementAmounts} has no name for, in
     * the order TikTok sent them. TikTok adds fee types per market and over time; settlement must see a
     * new one (and fail to balance loudly) rather than have it vanish in the reader.
     */
    static Map<String, BigDecimal> otherAmounts(JsonNode row) {
        Map<String, BigDecimal> other = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : row.properties()) {
            JsonNode value = field.getValue();
            if (field.getKey().endsWith("_amount") && !KNOWN_AMOUNT_FIELDS.contains(field.getKey())
                    && value != null && !value.isNull() && !value.asString().isBlank()) {
                other.put(field.getKey(), new BigDecimal(value.asString()));
            }
        }
        return other.isEmpty() ? Map.of() : Collections.unmodifiableMap(other);
    }

    private static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The row's amounts, read field by field from the node already parsed (every component is a BigDecimal
     * sent as a decimal string): binding the row a second time through the mapper cost more than the HTTP
     * call for a page of a million-line statement.
     */
    static SettlementAmounts amounts(JsonNode row) {
        Object[] values = new Object[AMOUNT_FIELDS.length];
        for (int i = 0; i < AMOUNT_FIELDS.length; i++) {
            values[i] = decimal(row, AMOUNT_FIELDS[i]);
        }
        try {
            return AMOUNTS_CONSTRUCTOR.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build SettlementAmounts", e);
        }
    }

    /** SettlementAmounts' wire names in the order of its components (all BigDecimal), and its constructor. */
    private static final String[] AMOUNT_FIELDS = Arrays.stream(SettlementAmounts.class.getRecordComponents())
            .map(component -> snakeCase(component.getName())).toArray(String[]::new);
    private static final Constructor<SettlementAmounts> AMOUNTS_CONSTRUCTOR;

    static {
        try {
            AMOUNTS_CONSTRUCTOR = SettlementAmounts.class.getDeclaredConstructor(Arrays.stream(
                    SettlementAmounts.class.getRecordComponents()).map(RecordComponent::getType).toArray(Class[]::new));
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A decimal string (or number) as BigDecimal; absent, null or blank is null. */
    static BigDecimal decimal(JsonNode row, String field) {
        JsonNode value = row.get(field);
        if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
            return null;
        }
        return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString());
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
