package io.suitetok.sandbox.netsuite;

import static org.assertj.core.api.Assertions.assertThat;

import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import io.suitetok.sandbox.netsuite.auth.OAuthClient;
import io.suitetok.sandbox.netsuite.faults.FaultKind;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RestApiTest extends AgainstSeededSimulator {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    private static final String ORDER = """
            {"entity": {"id": "4471"}, "subsidiary": {"id": "3"}, "currency": {"id": "1"},
             "tranDate": "2026-11-20", "otherRefNum": "576461413038785752", "location": {"id": "2"},
             "item": {"items": [{"item": {"id": "5200"}, "quantity": 2, "rate": 12.5, "price": {"id": "-1"}}]}}
            """;

    @Test
    void aSignedAssertionBuysAnHourLongBearerToken() throws Exception {
        JsonNode token = token(TestAssertions.valid(netsuite));

        assertThat(token.path("access_token").asString()).isNotBlank();
        assertThat(token.path("expires_in").asString()).isEqualTo("3600");
    }

    @Test
    void rs256AssertionsAreAcceptedToo() throws Exception {
        Instant now = Instant.now();
        String assertion = TestAssertions.signed("RS256", OAuthClient.TEST_CERTIFICATE_ID, OAuthClient.TEST_CLIENT_ID,
                netsuite.tokenEndpoint().toString(), now, now.plusSeconds(600));

        assertThat(tokenResponse(assertion).statusCode()).isEqualTo(200);
    }

    @Test
    void anAssertionForAnotherAudienceOrCertificateOrTooLongIsRefused() throws Exception {
        Instant now = Instant.now();
        String otherAudience = TestAssertions.signed("PS256", OAuthClient.TEST_CERTIFICATE_ID,
                OAuthClient.TEST_CLIENT_ID, "https://1234567-sb1.suitetalk.api.netsuite.com/token", now,
                now.plusSeconds(600));
        String otherCertificate = TestAssertions.signed("PS256", "unknown-cert", OAuthClient.TEST_CLIENT_ID,
                netsuite.tokenEndpoint().toString(), now, now.plusSeconds(600));
        String twoHours = TestAssertions.signed("PS256", OAuthClient.TEST_CERTIFICATE_ID, OAuthClient.TEST_CLIENT_ID,
                netsuite.tokenEndpoint().toString(), now, now.plusSeconds(7200));
        String tampered = TestAssertions.valid(netsuite);
        tampered = tampered.substring(0, tampered.length() - 4) + "AAAA";

        for (String assertion : new String[] {otherAudience, otherCertificate, twoHours, tampered}) {
            HttpResponse<String> refused = tokenResponse(assertion);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).path("error").asString()).isEqualTo("invalid_grant");
        }
    }

    @Test
    void recordCallsWithoutAValidBearerGetNetSuitesRestError() throws Exception {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(record("salesOrder/eid:TTS-1")).GET(), null);
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(record("salesOrder/eid:TTS-1")).GET(), "not-a-token");

        for (HttpResponse<String> response : java.util.List.of(missing, wrong)) {
            assertThat(response.statusCode()).isEqualTo(401);
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.path("title").asString()).isEqualTo("Unauthorized");
            assertThat(error.path("status").asInt()).isEqualTo(401);
            assertThat(error.path("o:errorDetails").get(0).path("o:errorCode").asString()).isEqualTo("INVALID_LOGIN");
        }
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        String bearer = token(TestAssertions.valid(netsuite)).path("access_token").asString();
        netsuite.accessTokens().revokeAll();

        assertThat(send(HttpRequest.newBuilder(record("salesOrder/eid:TTS-1")).GET(), bearer).statusCode())
                .isEqualTo(401);
    }

    @Test
    void upsertByExternalIdCreatesOnceAndUpdatesAfterwards() throws Exception {
        String bearer = token(TestAssertions.valid(netsuite)).path("access_token").asString();

        HttpResponse<String> first = put("salesOrder/eid:TTS-7495021-576461413038785752", ORDER, bearer);
        HttpResponse<String> second = put("salesOrder/eid:TTS-7495021-576461413038785752",
                ORDER.replace("\"quantity\": 2", "\"quantity\": 3"), bearer);

        assertThat(first.statusCode()).isEqualTo(204);
        assertThat(second.statusCode()).isEqualTo(204);
        assertThat(first.headers().firstValue("Location")).get().asString().matches(".*/salesOrder/\\d+");
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(netsuite.account().records(SalesOrder.class)).singleElement()
                .satisfies(order -> assertThat(order.getItemList().getItem().get(0).getQuantity()).isEqualByComparingTo("3"));
        JsonNode read = JSON.readTree(send(HttpRequest.newBuilder(
                record("salesOrder/eid:TTS-7495021-576461413038785752")).GET(), bearer).body());
        assertThat(read.path("tranId").asString()).startsWith("SO");
    }

    @Test
    void aDataErrorIsA400WithTheAccountsCode() throws Exception {
        String bearer = token(TestAssertions.valid(netsuite)).path("access_token").asString();

        HttpResponse<String> refused = put("salesOrder/eid:TTS-BAD", ORDER.replace("5200", "999999"), bearer);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("o:errorDetails").get(0).path("o:errorCode").asString())
                .isEqualTo("INVALID_KEY_OR_REF");
    }

    @Test
    void suiteQlAnswersSalesOrderNumbersAndRefusesOtherStatements() throws Exception {
        String bearer = token(TestAssertions.valid(netsuite)).path("access_token").asString();
        put("salesOrder/eid:TTS-A", ORDER, bearer);

        JsonNode page = JSON.readTree(suiteQl("SELECT id, tranid, externalid FROM transaction WHERE type = 'SalesOrd'"
                + " AND externalid IN ('TTS-A', 'TTS-MISSING')", bearer).body());
        HttpResponse<String> other = suiteQl("SELECT * FROM employee", bearer);

        assertThat(page.path("count").asInt()).isEqualTo(1);
        assertThat(page.path("hasMore").asBoolean()).isFalse();
        assertThat(page.path("items").get(0).path("externalid").asString()).isEqualTo("TTS-A");
        assertThat(page.path("items").get(0).path("tranid").asString()).startsWith("SO");
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(other.body()).path("o:errorDetails").get(0).path("o:errorCode").asString())
                .isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void overTheAccountLimitIsA429() throws Exception {
        String bearer = token(TestAssertions.valid(netsuite)).path("access_token").asString();
        netsuite.faults().inject(FaultRule.once("rest.record.put", FaultKind.REQUEST_BLOCKED));

        HttpResponse<String> blocked = put("salesOrder/eid:TTS-B", ORDER, bearer);

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(JSON.readTree(blocked.body()).path("title").asString()).isEqualTo("Too Many Requests");
        assertThat(netsuite.account().records(SalesOrder.class)).isEmpty();
    }

    private JsonNode token(String assertion) throws Exception {
        HttpResponse<String> response = tokenResponse(assertion);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> tokenResponse(String assertion) throws Exception {
        String form = "grant_type=client_credentials&client_assertion_type="
                + URLEncoder.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&client_assertion=" + URLEncoder.encode(assertion, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(netsuite.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String body, String bearer) throws Exception {
        return send(HttpRequest.newBuilder(record(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)), bearer);
    }

    private HttpResponse<String> suiteQl(String q, String bearer) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(netsuite.restEndpoint() + "/query/v1/suiteql"))
                .header("Prefer", "transient").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("q", q)))), bearer);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String bearer) throws Exception {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI record(String path) {
        return URI.create(netsuite.restEndpoint() + "/record/v1/" + path);
    }
}
