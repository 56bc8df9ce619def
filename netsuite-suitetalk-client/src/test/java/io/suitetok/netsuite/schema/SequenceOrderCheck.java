package io.suitetok.netsuite.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the subset's sequences with NetSuite's order: each element must exist in NetSuite's type,
 * and the subset's elements must appear in NetSuite's relative order (the subset may leave elements
 * out). NetSuite validates element order, so a swap here is a request the real service refuses.
 */
final class SequenceOrderCheck {

    private SequenceOrderCheck() {
    }

    static List<String> problems(Map<String, List<String>> declared, SchemaFacts facts) {
        List<String> problems = new ArrayList<>();
        declared.forEach((type, names) -> {
            if (names.isEmpty() || facts.unverified().contains(type)) {
                return;
            }
            List<String> real = facts.lists().get(type);
            if (real == null) {
                problems.add(type + ": no line in the reference order table");
                return;
            }
            int previous = -1;
            String previousName = null;
            for (String name : names) {
                int index = real.indexOf(name);
                if (index < 0) {
                    problems.add(type + "." + name + ": NetSuite's " + type + " has no such element");
                    continue;
                }
                if (index < previous) {
                    problems.add(type + ": " + name + " comes before " + previousName + " in NetSuite's order");
                    continue;
                }
                previous = index;
                previousName = name;
            }
        });
        return problems;
    }

    static List<String> enumerationProblems(Map<String, List<String>> declared, SchemaFacts facts,
                                            java.util.Set<String> exempt) {
        List<String> problems = new ArrayList<>();
        declared.forEach((type, values) -> {
            if (values.isEmpty() || exempt.contains(type)) {
                return;
            }
            List<String> real = facts.lists().get(type);
            if (real == null) {
                problems.add(type + ": no line in the reference enumeration table");
                return;
            }
            values.stream().filter(value -> !real.contains(value))
                    .forEach(value -> problems.add(type + ": NetSuite has no value " + value));
        });
        return problems;
    }
}
