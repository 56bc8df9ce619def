package io.suitetok.testkit.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of docs/metrics.md, the catalogue the dashboard, the alerts and the scrape tests are held to. Read from
 * the repository (a module's tests run in the module's directory, so it is {@code ../docs/metrics.md}).
 */
public record MetricsCatalogue(List<Row> rows) {

    public static final Path DEFAULT_LOCATION = Path.of("..", "docs", "metrics.md");

    /**
     * @param name     as Prometheus shows it: {@code hub_sync_lag_seconds}
     * @param type     timer, counter or gauge
     * @param services short service names (order-sync, settlement)
     */
    public record Row(String name, String type, List<String> services) {

        /** The sample a scrape must hold: a timer's {@code _count}, otherwise the name itself. */
        public String sampleName() {
            return type.equals("timer") ? name + "_count" : name;
        }
    }

    public static MetricsCatalogue read() {
        return read(DEFAULT_LOCATION);
    }

    public static MetricsCatalogue read(Path markdown) {
        try {
            return parse(Files.readAllLines(markdown));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the metrics catalogue " + markdown.toAbsolutePath(), e);
        }
    }

    /** Table rows whose first cell is a metric name in backticks; the header and the separator are skipped. */
    static MetricsCatalogue parse(List<String> lines) {
        List<Row> rows = lines.stream()
                .map(String::trim)
                .filter(line -> line.startsWith("| `"))
                .map(line -> line.substring(1).split("\\|"))
                .map(cells -> new Row(cells[0].trim().replace("`", ""), cells[1].trim(),
                        Arrays.stream(cells[3].split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()))
                .toList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("no metric rows found in the catalogue");
        }
        return new MetricsCatalogue(rows);
    }

    /** @param service the service's name with or without the {@code -service} suffix */
    public List<Row> of(String service) {
        String shortName = service.endsWith("-service") ? service.substring(0, service.length() - 8) : service;
        return rows.stream().filter(row -> row.services().contains(shortName)).toList();
    }
}
