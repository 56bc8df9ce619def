package io.suitetok.helmchart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The documents of one {@code helm template}, parsed as YAML, with the look-ups the tests need. */
record RenderedManifests(List<Map<String, Object>> documents) {

    static final List<String> SERVICES = List.of("order-sync", "inventory-sync", "catalog-sync", "pricing-sync", "settlement");

    @SuppressWarnings("unchecked")
    static RenderedManifests parse(String output) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(output)) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return new RenderedManifests(documents);
    }

    List<Map<String, Object>> ofKind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(d -> name.equals(at(d, "metadata", "name"))).findFirst();
    }

    Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " rendered"));
    }

    /** The object name of one service's Deployment, Service, ConfigMap, PDB and HPA. */
    static String objectName(String service) {
        return ChartRenderer.RELEASE + "-" + service;
    }

    /** The container of a service's Deployment (each has exactly one). */
    @SuppressWarnings("unchecked")
    Map<String, Object> container(String service) {
        List<Map<String, Object>> containers = (List<Map<String, Object>>) at(get("Deployment", objectName(service)),
                "spec", "template", "spec", "containers");
        return containers.get(0);
    }

    /** The application.yml a service's ConfigMap mounts, parsed. */
    Map<String, Object> applicationConfig(String service) {
        String text = (String) at(get("ConfigMap", objectName(service)), "data", "application.yml");
        return ChartRenderer.parseYaml(Objects.requireNonNull(text, "no application.yml in the ConfigMap of " + service));
    }

    /** Walks nested maps by key; null when a key is missing. */
    @SuppressWarnings("unchecked")
    static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = ((Map<String, Object>) map).get(key);
        }
        return current;
    }
}
