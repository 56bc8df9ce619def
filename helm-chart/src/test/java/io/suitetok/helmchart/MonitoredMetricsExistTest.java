package io.suitetok.helmchart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * docs/metrics.md is the contract between the services and what watches them: every metric the
 * dashboard and the alerts read must be a row of its table, and every alert must have its runbook.
 */
class MonitoredMetricsExistTest {

    private static final Path METRICS_DOC = ChartRenderer.REPOSITORY_ROOT.resolve("docs/metrics.md");
    private static final Path DASHBOARDS = ChartRenderer.CHART.resolve("files/dashboards");
    private static final Path ALERTS = ChartRenderer.CHART.resolve("files/alerts.yaml");
    private static final Path RUNBOOKS = ChartRenderer.REPOSITORY_ROOT.resolve("docs/runbooks");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\|\\s*`([a-z_:][a-z0-9_:]*)`\\s*\\|\\s*([a-z]+)\\s*\\|");
    /** What Prometheus shows of a Micrometer timer besides its base name. */
    private static final List<String> TIMER_SUFFIXES = List.of("_count", "_sum", "_max", "_bucket");

    @Test
    void everyMetricTheDashboardReadsIsInTheCatalogue() throws IOException {
        Map<String, String> catalogue = catalogue();
        List<String> expressions = dashboardExpressions();

        assertThat(expressions).hasSizeGreaterThan(20);
        assertThat(unknownMetrics(expressions, catalogue)).as("metrics not in docs/metrics.md").isEmpty();
    }

    @Test
    void everyMetricTheAlertsReadIsInTheCatalogue() throws IOException {
        Map<String, String> catalogue = catalogue();
        List<String> expressions = alerts().stream().map(rule -> (String) rule.get("expr")).toList();

        assertThat(expressions).isNotEmpty().doesNotContainNull();
        assertThat(unknownMetrics(expressions, catalogue)).as("metrics not in docs/metrics.md").isEmpty();
    }

    @Test
    void everyAlertHasARunbookPageListedInTheIndex() throws IOException {
        String index = Files.readString(RUNBOOKS.resolve("README.md"));
        for (Map<String, Object> rule : alerts()) {
            String page = rule.get("alert") + ".md";
            assertThat(RUNBOOKS.resolve(page)).as("runbook of %s", rule.get("alert")).isRegularFile();
            assertThat(index).as("docs/runbooks/README.md lists %s", page).contains("(" + page + ")");
        }
    }

    /** Metric name -> type, from the table of docs/metrics.md. */
    private static Map<String, String> catalogue() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(METRICS_DOC)) {
            Matcher row = TABLE_ROW.matcher(line);
            if (row.find()) {
                rows.put(row.group(1), row.group(2));
            }
        }
        assertThat(rows).as("rows of docs/metrics.md").hasSizeGreaterThan(5);
        return rows;
    }

    private static Set<String> unknownMetrics(List<String> expressions, Map<String, String> catalogue) {
        Set<String> unknown = new TreeSet<>();
        for (String expression : expressions) {
            for (String name : PromQlMetricNames.in(expression)) {
                if (!catalogue.containsKey(name) && !isTimerSeries(name, catalogue)) {
                    unknown.add(name + "  (in: " + expression.strip() + ")");
                }
            }
        }
        return unknown;
    }

    private static boolean isTimerSeries(String name, Map<String, String> catalogue) {
        return TIMER_SUFFIXES.stream().filter(name::endsWith)
                .map(suffix -> name.substring(0, name.length() - suffix.length()))
                .anyMatch(base -> "timer".equals(catalogue.get(base)));
    }

    private static List<String> dashboardExpressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        try (var files = Files.list(DASHBOARDS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode dashboard = new ObjectMapper().readTree(Files.readString(file));
                dashboard.findValues("expr").forEach(expr -> expressions.add(expr.asString()));
            }
        }
        return expressions;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> alerts() throws IOException {
        Map<String, Object> file = ChartRenderer.parseYaml(Files.readString(ALERTS));
        return ((List<Map<String, Object>>) file.get("groups")).stream()
                .flatMap(group -> ((List<Map<String, Object>>) group.get("rules")).stream()).toList();
    }
}
