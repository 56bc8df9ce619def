package io.suitetok.sandbox.netsuite;

import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_BLACK_M;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_PARENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.sandbox.netsuite.faults.FaultKind;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulator's REST answers to the hub's reads, on the wire: record GETs and the read SuiteQL shapes. */
class RestReadApiTest extends AgainstSeededSimulator {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private String bearer;

    @BeforeEach
    void signIn() throws Exception {
        String form = "grant_type=client_credentials&client_assertion_type="
                + URLEncoder.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&client_assertion=" + URLEncoder.encode(TestAssertions.valid(netsuite), StandardCharsets.UTF_8);
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(netsuite.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        bearer = JSON.readTree(token.body()).path("access_token").asString();
    }

    @Test
    void anItemsSublistsComeOnlyWithExpandSubResources() throws Exception {
        JsonNode bodyOnly = JSON.readTree(get("inventoryItem/" + TEE_BLACK_M).body());
        JsonNode expanded = JSON.readTree(get("inventoryItem/" + TEE_BLACK_M + "?expandSubResources=true").body());

        assertThat(bodyOnly.path("itemId").asString()).isEqualTo("TEE-BLK-M");
        assertThat(bodyOnly.path("parent").path("id").asString()).isEqualTo(TEE_PARENT);
        assertThat(bodyOnly.path("matrixType").path("id").asString()).isEqualTo("CHILD");
        assertThat(bodyOnly.has("price")).isFalse();
        assertThat(bodyOnly.has("matrixOption")).isFalse();
        assertThat(expanded.path("price").path("items")).hasSize(2);
        assertThat(expanded.path("price").path("items").get(0).path("priceLevel").path("id").asString()).isEqualTo("1");
        assertThat(expanded.path("matrixOption").path("items")).hasSize(2);
    }

    @Test
    void anUnknownRecordIsA404AndAReadOnlyTypeRefusesWrites() throws Exception {
        HttpResponse<String> missing = get("inventoryItem/999999");
        HttpResponse<String> notAnId = get("itemFulfillment/eid:IF-1");
        HttpResponse<String> put = send(HttpRequest.newBuilder(record("inventoryItem/" + TEE_BLACK_M))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).path("o:errorDetails").get(0).path("o:errorCode").asString())
                .isEqualTo("NONEXISTENT_ID");
        assertThat(notAnId.statusCode()).isEqualTo(404);
        assertThat(put.statusCode()).isEqualTo(405);
    }

    @Test
    void readQueriesAreRecognisedByShapeAndATimestampInAnotherFormatIsRefused() throws Exception {
        String format = "'YYYY-MM-DD\"T\"HH24:MI:SS.FF3\"Z\"'";
        JsonNode changed = JSON.readTree(suiteQl("SELECT id FROM item WHERE itemtype = 'InvtPart' AND"
                + " lastmodifieddate >= TO_TIMESTAMP_TZ('2000-01-01T00:00:00.000Z', " + format + ") ORDER BY id", 2)
                .body());
        HttpResponse<String> noMillis = suiteQl("SELECT id FROM item WHERE itemtype = 'InvtPart' AND"
                + " lastmodifieddate >= TO_TIMESTAMP_TZ('2000-01-01T00:00:00Z', " + format + ") ORDER BY id", 2);
        HttpResponse<String> otherTable = suiteQl("SELECT id FROM item WHERE itemtype = 'Kit' AND id IN (5120)"
                + " ORDER BY id", 2);

        assertThat(changed.path("items")).hasSize(2);
        assertThat(changed.path("totalResults").asInt()).isEqualTo(4);
        assertThat(changed.path("hasMore").asBoolean()).isTrue();
        assertThat(changed.path("items").get(0).path("id").asString()).isEqualTo(TEE_PARENT);
        assertThat(noMillis.statusCode()).isEqualTo(400);
        assertThat(otherTable.statusCode()).isEqualTo(400);
    }

    @Test
    void aRecordGetTakesASlotOfTheAccountLimit() throws Exception {
        netsuite.faults().inject(FaultRule.once("rest.record.get", FaultKind.REQUEST_BLOCKED));

        HttpResponse<String> blocked = get("inventoryItem/" + TEE_BLACK_M);

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(get("inventoryItem/" + TEE_BLACK_M).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(record(path)).GET());
    }

    private HttpResponse<String> suiteQl(String q, int limit) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(netsuite.restEndpoint() + "/query/v1/suiteql?limit=" + limit))
                .header("Prefer", "transient").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("q", q)))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + bearer).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI record(String path) {
        return URI.create(netsuite.restEndpoint() + "/record/v1/" + path);
    }
}
