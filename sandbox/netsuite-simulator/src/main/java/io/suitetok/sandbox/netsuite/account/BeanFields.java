package io.suitetok.sandbox.netsuite.account;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes a named property of a generated record when the type has it (tranId,
 * lastModifiedDate, entity...), so that search, stamping and numbering work across record types.
 */
final class BeanFields {

    private static final Map<String, Optional<MethodHandle>> HANDLES = new ConcurrentHashMap<>();

    private BeanFields() {
    }

    static Object get(Object bean, String property) {
        return getter(bean.getClass(), property).map(handle -> invoke(handle, bean)).orElse(null);
    }

    static boolean has(Object bean, String property) {
        return getter(bean.getClass(), property).isPresent();
    }

    static void set(Object bean, String property, Object value) {
        Class<?> type = bean.getClass();
        Optional<MethodHandle> getter = getter(type, property);
        if (getter.isEmpty()) {
            return;
        }
        Class<?> valueType = getter.get().type().returnType();
        HANDLES.computeIfAbsent(type.getName() + "#set" + property, key -> find(type,
                "set" + capitalised(property), MethodType.methodType(void.class, valueType)))
                .ifPresent(setter -> invoke(setter, bean, value));
    }

    private static Optional<MethodHandle> getter(Class<?> type, String property) {
        return HANDLES.computeIfAbsent(type.getName() + "#get" + property, key -> {
            Optional<MethodHandle> plain = findGetter(type, "get" + capitalised(property));
            return plain.isPresent() ? plain : findGetter(type, "is" + capitalised(property));
        });
    }

    private static Optional<MethodHandle> findGetter(Class<?> type, String name) {
        for (var method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 0) {
                try {
                    return Optional.of(MethodHandles.publicLookup().unreflect(method));
                } catch (IllegalAccessException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<MethodHandle> find(Class<?> type, String name, MethodType methodType) {
        try {
            return Optional.of(MethodHandles.publicLookup().findVirtual(type, name, methodType));
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }

    private static Object invoke(MethodHandle handle, Object... arguments) {
        try {
            return handle.invokeWithArguments(arguments);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static String capitalised(String property) {
        return Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }
}
