package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.platform.core_2025_2.Record;
import java.lang.reflect.Field;
import java.util.Set;

/**
 * Search results with {@code bodyFieldsOnly} (the default) carry body fields only: item lines,
 * packages, journal lines, the pricing matrix, the item's locations and a promotion's items are sublists and are left out.
 */
final class Sublists {

    private static final Set<String> SUBLIST_FIELDS = Set.of("itemList", "packageList", "packageUpsList", "packageUspsList", "packageFedExList", "lineList", "otherList",
            "pricingMatrix", "locationsList", "itemsList", "applyList");

    private Sublists() {
    }

    static void strip(Record record) {
        for (Class<?> type = record.getClass(); type != Record.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (SUBLIST_FIELDS.contains(field.getName())) {
                    try {
                        field.setAccessible(true);
                        field.set(record, null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }
}
