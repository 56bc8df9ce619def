package io.suitetok.netsuite.wire;

import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * Reads and sets the {@code internalId} and {@code externalId} attributes of any record, and names its
 * {@link RecordType}. The 2025_2 schema declares both attributes on each record type rather than on
 * {@code Record}, so generic code reaches them here, in one place, instead of casting per type. A
 * record's type is its class name in lower camel case ({@code SalesOrder} is {@code salesOrder}),
 * which holds for every type in the schema subset.
 */
public final class RecordKeys {

    private static final ClassValue<Accessors> ACCESSORS = new ClassValue<>() {
        @Override
        protected Accessors computeValue(Class<?> type) {
            return Accessors.of(type);
        }
    };

    private RecordKeys() {
    }

    public static String internalId(Record record) {
        return ACCESSORS.get(record.getClass()).get(record, "internal");
    }

    public static String externalId(Record record) {
        return ACCESSORS.get(record.getClass()).get(record, "external");
    }

    public static void setInternalId(Record record, String internalId) {
        ACCESSORS.get(record.getClass()).set(record, "internal", internalId);
    }

    public static void setExternalId(Record record, String externalId) {
        ACCESSORS.get(record.getClass()).set(record, "external", externalId);
    }

    public static RecordType type(Record record) {
        return typeOf(record.getClass()).orElseThrow(() ->
                new IllegalArgumentException("no RecordType for " + record.getClass().getSimpleName()));
    }

    public static Optional<RecordType> typeOf(Class<?> recordClass) {
        String simple = recordClass.getSimpleName();
        String value = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        try {
            return Optional.of(RecordType.fromValue(value));
        } catch (IllegalArgumentException notInSubset) {
            return Optional.empty();
        }
    }

    private record Accessors(MethodHandle getInternal, MethodHandle getExternal, MethodHandle setInternal,
                             MethodHandle setExternal) {

        static Accessors of(Class<?> type) {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            try {
                return new Accessors(
                        lookup.findVirtual(type, "getInternalId", MethodType.methodType(String.class)),
                        lookup.findVirtual(type, "getExternalId", MethodType.methodType(String.class)),
                        lookup.findVirtual(type, "setInternalId", MethodType.methodType(void.class, String.class)),
                        lookup.findVirtual(type, "setExternalId", MethodType.methodType(void.class, String.class)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(type.getName() + " has no internalId/externalId attributes", e);
            }
        }

        String get(Record record, String which) {
            try {
                return (String) ("internal".equals(which) ? getInternal : getExternal).invoke(record);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        void set(Record record, String which, String value) {
            try {
                ("internal".equals(which) ? setInternal : setExternal).invoke(record, value);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
