package io.suitetok.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The README's table of who may call what, checked against running services: each row is called as
 * each caller, and each service's own endpoints must all be rows.
 */
final class ReadmeAccessMatrix {

    static final List<String> CALLERS = List.of("anonymous", "viewer", "ops", "finance");
    private static final String MANAGEMENT = "every service, management port";
    private static final Pattern ROW = Pattern.compile("^\\| ([^|]+) \\| `(GET|POST|PUT|DELETE) ([^`]+)` \\|(.*)\\|$");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    /** Path variables: real-looking ids, most of which exist nowhere (the answer is then a 404 with a body). */
    private static final Map<String, String> SAMPLES = Map.of("shopId", "7495000000000000001", "orderId",
            "576653688135258178", "sellerSku", "TEE-CLS-BLK-M", "itemId", "3001", "fulfilmentId", "990001", "id",
            "1", "returnId", "4035000000000001");

    record Row(String service, String method, String path, Map<String, String> expected) {
    }

    private final List<Row> rows;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ReadmeAccessMatrix(Path readme) throws IOException {
        rows = new ArrayList<>();
        boolean inside = false;
        for (String line : Files.readAllLines(readme)) {
            if (line.startsWith("<!-- access-matrix")) {
                inside = true;
            } else if (line.startsWith("<!-- /access-matrix")) {
                inside = false;
            } else if (inside) {
                Matcher row = ROW.matcher(line.strip());
                if (row.matches()) {
                    String[] cells = row.group(4).split("\\|");
                    Map<String, String> expected = new LinkedHashMap<>();
                    for (int i = 0; i < CALLERS.size(); i++) {
                        expected.put(CALLERS.get(i), cells[i].strip());
                    }
                    rows.add(new Row(row.group(1).strip(), row.group(2), row.group(3), expected));
                }
            }
        }
    }

    List<Row> rows() {
        return rows;
    }

    /** Every row as every caller; each line of the answer is one disagreement with the table. */
    List<String> disagreements(Map<String, HubService> services) throws Exception {
        List<String> found = new ArrayList<>();
        for (Row row : rows) {
            List<String> bases = row.service().equals(MANAGEMENT)
                    ? services.values().stream().map(HubService::managementUrl).toList()
                    : List.of(services.get(row.service()).apiUrl());
            for (String base : bases) {
                for (String caller : CALLERS) {
                    HttpResponse<String> answer = call(base, row, caller);
                    String problem = disagreement(row.expected().get(caller), answer);
                    if (problem != null) {
                        found.add(row.service() + " " + row.method() + " " + row.path() + " as " + caller + " at "
                                + base + ": " + problem);
                    }
                }
            }
        }
        return found;
    }

    /** The endpoints a service maps that the table does not list (Spring's /error aside). */
    Set<String> unlisted(String service, ConfigurableApplicationContext context) {
        Set<String> listed = new TreeSet<>();
        rows.stream().filter(row -> row.service().equals(service)).forEach(row -> listed.add(row.method() + " " + row.path()));
        Set<String> mapped = new TreeSet<>();
        RequestMappingHandlerMapping mappings = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.equals("/error")) {
                    info.getMethodsCondition().getMethods().forEach(method -> mapped.add(method.name() + " " + pattern));
                }
            }
        }
        mapped.removeAll(listed);
        return mapped;
    }

    private HttpResponse<String> call(String base, Row row, String caller) throws Exception {
        Matcher variable = VARIABLE.matcher(row.path());
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(path, SAMPLES.getOrDefault(variable.group(1), "1"));
        }
        variable.appendTail(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .method(row.method(), row.method().equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (!caller.equals("anonymous")) {
            request.header("Authorization", "Bearer " + LocalCallers.tokensByRole().get(caller));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String disagreement(String expected, HttpResponse<String> answer) {
        int status = answer.statusCode();
        boolean bearerChallenge = answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer");
        boolean json = answer.headers().firstValue("Content-Type").orElse("").contains("json");
        String seen = "answered " + status + " " + answer.body().lines().findFirst().orElse("");
        return switch (expected) {
            case "401" -> status == 401 && bearerChallenge && json ? null : seen;
            case "403" -> status == 403 && json ? null : seen;
            case "404" -> status == 404 ? null : seen;
            case "open" -> status == 200 ? null : seen;
            // settlement's OpenAPI YAML and Swagger UI: documents for people, and not JSON.
            case "page" -> status >= 200 && status < 400 ? null : seen;
            case "signed" -> status == 401 && !bearerChallenge && json ? null : seen;
            case "✓" -> status != 401 && status != 403 && status < 500 && json ? null : seen;
            default -> "the README says '" + expected + "', which the table's legend does not define";
        };
    }
}
