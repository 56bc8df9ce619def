package io.suitetok.netsuite.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The project's own table of NetSuite 2025_2 facts (src/test/resources/schema-facts): per type, the
 * element names in NetSuite's order, or an enumeration's values. Lines starting with {@code ?} name
 * types whose order was not checked yet.
 */
record SchemaFacts(Map<String, List<String>> lists, Set<String> unverified) {

    static SchemaFacts read(Path file) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        Set<String> unverified = new TreeSet<>();
        try {
            for (String raw : Files.readAllLines(file)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("?")) {
                    unverified.add(line.substring(1).strip());
                    continue;
                }
                int colon = line.indexOf(':');
                String type = line.substring(0, colon).strip();
                List<String> names = Arrays.stream(line.substring(colon + 1).strip().split("\\s+"))
                        .filter(name -> !name.isEmpty()).toList();
                if (lists.put(type, names) != null) {
                    throw new IllegalStateException("two lines for " + type + " in " + file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SchemaFacts(lists, unverified);
    }
}
