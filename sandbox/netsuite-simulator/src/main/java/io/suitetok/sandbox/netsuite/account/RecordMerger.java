package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.platform.core_2025_2.NullField;
import com.netsuite.webservices.platform.core_2025_2.Record;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

/**
 * NetSuite's update semantics: a field the request leaves out keeps its value, a field it sends
 * replaces the stored one (a sublist sent replaces the sublist), and a field named in
 * {@code nullFieldList} is cleared.
 */
final class RecordMerger {

    private RecordMerger() {
    }

    static void merge(Record stored, Record incoming) {
        if (stored.getClass() != incoming.getClass()) {
            throw new IllegalArgumentException("cannot merge " + incoming.getClass() + " into " + stored.getClass());
        }
        Set<String> cleared = new HashSet<>();
        NullField nulls = incoming.getNullFieldList();
        if (nulls != null) {
            cleared.addAll(nulls.getName());
        }
        for (Class<?> type = stored.getClass(); type != Record.class && type != Object.class;
             type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("internalId")) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    Object value = field.get(incoming);
                    if (value != null) {
                        field.set(stored, value);
                    } else if (cleared.contains(xmlName(field))) {
                        field.set(stored, null);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** JAXB names {@code class} as the Java field {@code clazz}; nullFieldList uses the XML name. */
    private static String xmlName(Field field) {
        return field.getName().equals("clazz") ? "class" : field.getName();
    }
}
