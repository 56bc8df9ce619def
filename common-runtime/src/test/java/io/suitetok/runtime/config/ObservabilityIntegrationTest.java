package io.suitetok.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.runtime.correlation.CorrelationId;
import io.suitetok.runtime.support.RuntimeTestApplication;
import io.suitetok.testkit.EmbeddedHubTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@EmbeddedHubTest
@SpringBootTest(classes = RuntimeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ObservabilityIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @org.springframework.beans.factory.annotation.Value("${local.management.port}")
    int managementPort;
    @org.springframework.beans.factory.annotation.Value("${local.server.port}")
    int apiPort;
    @Autowired
    MeterRegistry meters;

    @Test
    void kubernetesProbesAnswerUp() throws Exception {
        assertThat(get("/actuator/health/liveness", null).body()).contains("\"status\":\"UP\"");
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void theCallersCorrelationIdIsEchoedAndAForgedOneReplaced() throws Exception {
        // On the API port, where callers are; even a refused call carries it back.
        assertThat(api("/audit", "576653688135258178").headers().firstValue(CorrelationId.HTTP_HEADER))
                .contains("576653688135258178");
        assertThat(api("/audit", "x\" injected=\"yes").headers().firstValue(CorrelationId.HTTP_HEADER))
                .hasValueSatisfying(value -> assertThat(value).doesNotContain("injected").hasSize(36));
    }

    @Test
    void everyMeterIsTaggedWithServiceAndFlow() {
        assertThat(meters.find("hub.inbox.events").tag("service", "runtime-test").tag("flow", "test").counters())
                .isNotEmpty();
    }

    private HttpResponse<String> get(String path, String correlationId) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path)), correlationId);
    }

    private HttpResponse<String> api(String path, String correlationId) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + apiPort + path)), correlationId);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String correlationId) throws Exception {
        if (correlationId != null) {
            request.header(CorrelationId.HTTP_HEADER, correlationId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
