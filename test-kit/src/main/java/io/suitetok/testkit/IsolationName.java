package io.suitetok.testkit;

import java.util.Locale;

/** A schema-safe, per-class name: readable in psql and kafka-topics, unique by a short hash. */
public final class IsolationName {

    private IsolationName() {
    }

    public static String of(Class<?> testClass) {
        String readable = testClass.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        if (readable.length() > 40) {
            readable = readable.substring(0, 40);
        }
        return "t_" + readable + "_" + Integer.toHexString(testClass.getName().hashCode() & 0xfffffff);
    }
}
