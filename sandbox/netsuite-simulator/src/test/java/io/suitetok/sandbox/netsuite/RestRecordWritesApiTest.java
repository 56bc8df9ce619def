package io.suitetok.sandbox.netsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator's REST record API for the return and settlement records, on the wire: what it refuses
 * and how, in NetSuite's REST error shape. The adapters' side of the same records is {@link WriteContract}.
 */
class RestRecordWritesApiTest extends AgainstSeededSimulator {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private String bearer;

    private static final String MEMO = """
            {"externalId": "TTS-CM-7495021-R1", "entity": {"id": "4471"}, "subsidiary": {"id": "3"},
             "currency": {"id": "1"}, "tranDate": "2026-12-03",
             "item": {"items": [{"item": {"id": "5200"}, "quantity": 1, "rate": 14.00, "price": {"id": "-1"}}]}}
            """;

    @BeforeEach
    void token() throws Exception {
        String form = "grant_type=client_credentials&client_assertion_type="
                + URLEncoder.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&client_assertion=" + URLEncoder.encode(TestAssertions.valid(netsuite), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(netsuite.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        bearer = JSON.readTree(response.body()).path("access_token").asString();
    }

    @Test
    void anUnbalancedJournalEntryIsRefusedAndNothingIsPosted() throws Exception {
        HttpResponse<String> refused = send("PUT", "journalEntry/eid:TTS-STMT-7495021-S1?replace=line", """
                {"subsidiary": {"id": "3"}, "currency": {"id": "1"}, "tranDate": "2026-12-03",
                 "line": {"items": [{"account": {"id": "130"}, "debit": 10.00},
                                    {"account": {"id": "120"}, "credit": 9.99}]}}
                """);

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(refused.body());
        assertThat(error.path("title").asString()).isEqualTo("Bad Request");
        assertThat(error.path("o:errorDetails").get(0).path("o:errorCode").asString()).isEqualTo("USER_ERROR");
        assertThat(error.path("o:errorDetails").get(0).path("detail").asString()).contains("out of balance");
        assertThat(netsuite.account().journalEntries()).isEmpty();
    }

    @Test
    void aFieldTheRecordDoesNotHaveIsRefused() throws Exception {
        // A deposit is in its bank account's currency: it has no currency field to send.
        HttpResponse<String> refused = send("PUT", "deposit/eid:TTS-PAY-7495021-P1", """
                {"subsidiary": {"id": "3"}, "account": {"id": "110"}, "currency": {"id": "1"},
                 "tranDate": "2026-12-03", "other": {"items": [{"account": {"id": "130"}, "amount": 10}]}}
                """);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("o:errorDetails").get(0).path("detail").asString())
                .contains("currency");
        assertThat(netsuite.account().deposits()).isEmpty();
    }

    @Test
    void aSecondCreateWithTheSameExternalIdIsADuplicate() throws Exception {
        HttpResponse<String> created = send("POST", "creditMemo", MEMO);
        HttpResponse<String> again = send("POST", "creditMemo", MEMO);

        assertThat(created.statusCode()).isEqualTo(204);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/record/v1/creditMemo/"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(again.body()).path("o:errorDetails").get(0).path("o:errorCode").asString())
                .isEqualTo("DUP_RCRD");
        assertThat(netsuite.account().returnDocuments()).hasSize(1);
    }

    @Test
    void aTransformFromARecordThatDoesNotExistOrIntoAnUnsupportedTypeIsRefused() throws Exception {
        HttpResponse<String> missing = send("POST", "returnAuthorization/99999/!transform/itemReceipt?replace=item",
                "{\"externalId\": \"TTS-IR-7495021-R9\"}");
        HttpResponse<String> unsupported = send("POST", "returnAuthorization/99999/!transform/deposit",
                "{\"externalId\": \"X\"}");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).path("o:errorDetails").get(0).path("o:errorCode").asString())
                .isEqualTo("INVALID_INITIALIZE_REF");
        assertThat(unsupported.statusCode()).isEqualTo(400);
        assertThat(netsuite.account().returnDocuments()).isEmpty();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(netsuite.restEndpoint() + "/record/v1/" + path))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
