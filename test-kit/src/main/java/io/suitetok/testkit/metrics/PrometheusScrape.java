package io.suitetok.testkit.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** One GET of {@code /actuator/prometheus} on a service's management port, as Prometheus would make it. */
public record PrometheusScrape(String text) {

    public static PrometheusScrape of(int managementPort) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + managementPort + "/actuator/prometheus"))
                .header("Accept", "text/plain;version=0.0.4")
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("/actuator/prometheus answered " + answer.statusCode() + ": " + answer.body());
            }
            return new PrometheusScrape(answer.body());
        } catch (IOException e) {
            throw new AssertionError("cannot scrape port " + managementPort, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while scraping", e);
        }
    }

    /** Whether a sample of that name is in the scrape (with or without labels). */
    public boolean hasSample(String name) {
        return text.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
    }

    /** The catalogue's rows for this service that the scrape lacks, empty when it holds every one. */
    public List<String> missing(MetricsCatalogue catalogue, String service) {
        return catalogue.of(service).stream().filter(row -> !hasSample(row.sampleName()))
                .map(MetricsCatalogue.Row::sampleName).toList();
    }

    /** Fails listing every catalogue metric for {@code service} that the scrape of its management port lacks. */
    public static void assertHoldsTheCatalogue(String service, int managementPort) {
        MetricsCatalogue catalogue = MetricsCatalogue.read();
        if (catalogue.of(service).isEmpty()) {
            throw new AssertionError("docs/metrics.md names no metric for " + service);
        }
        List<String> missing = of(managementPort).missing(catalogue, service);
        if (!missing.isEmpty()) {
            throw new AssertionError(service + "'s /actuator/prometheus lacks " + missing
                    + " (docs/metrics.md names them for it)");
        }
    }
}
