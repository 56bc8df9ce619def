package io.suitetok.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.runtime.audit.AuditTrail;
import io.suitetok.runtime.support.RuntimeTestApplication;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.testkit.TestCallers;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The hub's access rules, body limit and error bodies, on a minimal service with static tokens. */
@EmbeddedHubTest
@SpringBootTest(classes = RuntimeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hub.security.max-body-size=4KB")
class AccessControlIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Value("${local.management.port}")
    int managementPort;
    @Autowired
    AuditTrail audit;

    @Test
    void anAnonymousCallerIsAskedForABearerTokenInJson() throws Exception {
        HttpResponse<String> answer = send(get("/stock/MUG-1"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":401", "Authorization: Bearer");
    }

    @Test
    void anUnknownTokenIsRefusedWithoutSayingWhy() throws Exception {
        HttpResponse<String> answer = send(get("/stock/MUG-1").header("Authorization", "Bearer not-a-caller-of-ours"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("invalid, expired or not one this service accepts")
                .doesNotContain("not-a-caller-of-ours");
    }

    @Test
    void aReadNeedsViewerWhichOpsAndFinanceInclude() throws Exception {
        for (String role : List.of("viewer", "ops", "finance")) {
            HttpResponse<String> answer = send(TestCallers.as(role, get("/stock/MUG-1")));
            assertThat(answer.statusCode()).as(role).isEqualTo(200);
            assertThat(answer.body()).contains("\"sellable\":4");
        }
    }

    @Test
    void aWriteNeedsOpsAndARefusalIsAudited() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        HttpResponse<String> refused = send(TestCallers.as("viewer", post("/stock/MUG-2/recount", "{}")));
        HttpResponse<String> byFinance = send(TestCallers.as("finance", post("/stock/MUG-2/recount", "{}")));
        HttpResponse<String> done = send(TestCallers.as("ops", post("/stock/MUG-2/recount", "{\"reason\":\"count\"}")));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("test-viewer", "[viewer]", "POST /stock/MUG-2/recount");
        assertThat(byFinance.statusCode()).isEqualTo(403);
        assertThat(done.statusCode()).isEqualTo(202);
        List<AuditTrail.Entry> entries = audit.recent(before, 10).stream()
                .filter(entry -> entry.target().equals("/stock/MUG-2/recount")).toList();
        assertThat(entries).extracting(AuditTrail.Entry::caller, AuditTrail.Entry::outcome, AuditTrail.Entry::action)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("test-ops", 202, "POST /stock/{sku}/recount"),
                        org.assertj.core.groups.Tuple.tuple("test-finance", 403, "POST /stock/MUG-2/recount"),
                        org.assertj.core.groups.Tuple.tuple("test-viewer", 403, "POST /stock/MUG-2/recount"));
    }

    @Test
    void theAuditTrailIsListedByRestForAViewer() throws Exception {
        send(TestCallers.as("ops", post("/stock/MUG-3/recount", "{}")));

        HttpResponse<String> trail = send(TestCallers.as("viewer", get("/audit?limit=5")));

        assertThat(trail.statusCode()).isEqualTo(200);
        assertThat(trail.body()).contains("\"caller\":\"test-ops\"", "\"target\":\"/stock/MUG-3/recount\"",
                "\"roles\":\"ops\"");
        assertThat(send(get("/audit")).statusCode()).isEqualTo(401);
    }

    @Test
    void aServiceCanReserveEndpointsForFinance() throws Exception {
        assertThat(send(TestCallers.as("finance", get("/finance/statements"))).statusCode()).isEqualTo(200);
        assertThat(send(TestCallers.as("ops", get("/finance/statements"))).statusCode()).isEqualTo(403);
        assertThat(send(TestCallers.as("viewer", get("/finance/statements"))).statusCode()).isEqualTo(403);
    }

    @Test
    void anOpenWebhookTakesABodyWithinTheLimitFromAnyone() throws Exception {
        HttpResponse<String> answer = send(post("/webhooks/test", "x".repeat(4000)));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"bytes\":4000");
    }

    @Test
    void aBodyOverTheLimitIs413BeforeItIsRead() throws Exception {
        HttpResponse<String> declared = send(post("/webhooks/test", "x".repeat(5000)));
        HttpResponse<String> chunked = send(request("/webhooks/test").POST(BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream("y".repeat(50_000).getBytes()))));
        HttpResponse<String> chunkedSmall = send(request("/webhooks/test").POST(BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream("z".repeat(3000).getBytes()))));

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("\"status\":413", "hub.security.max-body-size");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunkedSmall.statusCode()).isEqualTo(200);
        assertThat(chunkedSmall.body()).contains("\"bytes\":3000");
    }

    @Test
    void badInputGetsAProblemBodyThatSaysWhatWasWrong() throws Exception {
        HttpResponse<String> badId = send(TestCallers.as("viewer", get("/stock/MUG%3Cscript%3E")));
        HttpResponse<String> badJson = send(TestCallers.as("ops", post("/stock/MUG-4/recount", "{\"reason\":")));
        HttpResponse<String> missing = send(TestCallers.as("viewer", get("/stock/missing")));
        HttpResponse<String> noSuchPath = send(TestCallers.as("viewer", get("/nothing/here")));

        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).contains("\"status\":400", "must be 1 to 64 letters");
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(badJson.body()).contains("\"status\":400");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no level for SKU missing");
        assertThat(noSuchPath.statusCode()).isEqualTo(404);
        assertThat(noSuchPath.body()).contains("\"status\":404");
    }

    @Test
    void theManagementPortShowsProbesAndPrometheusOnly() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(send(management("/actuator/health/readiness")).body()).contains("\"UP\"");
        HttpResponse<String> prometheus = send(management("/actuator/prometheus"));
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("hub_inbox_events");
        assertThat(send(TestCallers.as("ops", management("/actuator/env"))).statusCode()).isEqualTo(404);
        assertThat(send(TestCallers.as("ops", management("/actuator/configprops"))).statusCode()).isEqualTo(404);
        assertThat(send(get("/actuator/health")).statusCode()).isNotEqualTo(200);
    }

    private HttpRequest.Builder management(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder post(String path, String json) {
        return request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
