package io.suitetok.sandbox.netsuite;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.DepositDraft;
import io.suitetok.netsuite.gateway.JournalEntryDraft;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.ReturnAuthorizationDraft;
import io.suitetok.netsuite.gateway.ReturnedItem;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import io.suitetok.netsuite.gateway.SalesOrderLine;
import io.suitetok.netsuite.gateway.soap.SoapNetSuiteGateway;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API the local stack and tests use to seed, inspect and misbehave the account. */
class AdminApiTest extends AgainstSimulator {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void seedingOverHttpCreatesReferenceDataItemsAndStock() throws Exception {
        String seed = """
                {"currencies":[{"internalId":"1","isoCode":"USD"}],
                 "subsidiaries":[{"internalId":"3","name":"SuiteTok US","currency":"1"}],
                 "locations":[{"name":"Reno DC","subsidiary":"3"}],
                 "priceLevels":[{"internalId":"1","name":"Base Price"}],
                 "customers":[{"externalId":"TTS-SHOP-7495021","companyName":"TikTok Shop US","subsidiary":"3"}],
                 "items":[{"itemId":"BOTTLE-STEEL-750","displayName":"Steel Bottle 750ml",
                           "prices":[{"priceLevel":"1","currency":"1","price":"29.00"}]}]}""";

        JsonNode ids = call("POST", "/seed", seed, 200).get("internalIds");
        String location = ids.get("locations").get("Reno DC").asString();
        String item = ids.get("items").get("BOTTLE-STEEL-750").asString();
        call("PUT", "/stock", """
                {"item":"%s","location":"%s","onHand":"36","onOrder":"12"}""".formatted(item, location), 204);

        JsonNode stock = call("GET", "/stock?item=" + item, null, 200);
        JsonNode items = call("GET", "/records/inventoryItem", null, 200);
        String xml = HTTP.send(get("/records/inventoryItem/" + item), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(stock.get(0).get("onHand").decimalValue()).isEqualByComparingTo("36");
        assertThat(stock.get(0).get("location").asString()).isEqualTo(location);
        assertThat(items).anySatisfy(node -> assertThat(node.get("name").asString()).isEqualTo("BOTTLE-STEEL-750"));
        assertThat(xml).contains("BOTTLE-STEEL-750").contains("urn:accounting_2025_2.lists.webservices.netsuite.com")
                .contains("Reno DC");
    }

    @Test
    void aChartOfAccountsSeededOverHttpTakesJournalEntriesAndDepositsShownOverHttp() throws Exception {
        netsuite.account().reset();
        call("POST", "/seed", """
                {"currencies":[{"internalId":"1","isoCode":"USD"}],
                 "subsidiaries":[{"internalId":"3","name":"SuiteTok US","currency":"1"}],
                 "accounts":[{"internalId":"110","number":"1010","name":"Operating Bank","type":"_bank","subsidiaries":["3"]},
                             {"internalId":"130","number":"1300","name":"TikTok Clearing","type":"_otherCurrentAsset"},
                             {"internalId":"610","number":"6100","name":"TikTok Commission","type":"_expense"}]}""", 200);
        NetSuiteGateway gateway = new SoapNetSuiteGateway(SimulatorTestKit.client(netsuite));
        LocalDate day = LocalDate.of(2026, 12, 3);
        gateway.upsertJournalEntries(List.of(new JournalEntryDraft("TTS-STMT-1-S1", new NetSuiteInternalId("3"),
                new NetSuiteInternalId("1"), day, "statement", List.of(
                JournalEntryDraft.Line.debit(new NetSuiteInternalId("610"), new BigDecimal("3.00"), "commission"),
                JournalEntryDraft.Line.debit(new NetSuiteInternalId("130"), new BigDecimal("7.00"), "net"),
                JournalEntryDraft.Line.credit(new NetSuiteInternalId("130"), new BigDecimal("10.00"), "sales")),
                Map.of())));
        gateway.upsertDeposits(List.of(new DepositDraft("TTS-PAY-1-P1", new NetSuiteInternalId("3"),
                new NetSuiteInternalId("1"), new NetSuiteInternalId("110"), day, "payout",
                List.of(new DepositDraft.Line(new NetSuiteInternalId("130"), new BigDecimal("7.00"), null)), Map.of())));

        JsonNode entries = call("GET", "/journal-entries", null, 200);
        JsonNode deposits = call("GET", "/deposits", null, 200);

        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("externalId").asString()).isEqualTo("TTS-STMT-1-S1");
        assertThat(entries.get(0).get("tranDate").asString()).isEqualTo("2026-12-03");
        assertThat(entries.get(0).get("total").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(entries.get(0).get("lines").get(0).get("debit").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(deposits).hasSize(1);
        assertThat(deposits.get(0).get("bankAccount").asString()).isEqualTo("110");
        assertThat(deposits.get(0).get("currency").asString()).isEqualTo("1");
        assertThat(deposits.get(0).get("total").decimalValue()).isEqualByComparingTo("7.00");
    }

    @Test
    void faultsLatencyAndGovernanceAreSetOverHttp() throws Exception {
        call("POST", "/faults", """
                {"operation":"upsertList","kind":"LOSE_RESPONSE_AFTER_COMMIT","times":2}""", 201);
        JsonNode pending = call("GET", "/faults", null, 200);
        JsonNode latency = call("PUT", "/latency", """
                {"scale":0.5,"operations":{"getServerTime":{"fixedMillis":20,"perRecordMillis":0}}}""", 200);
        JsonNode governance = call("PUT", "/governance", """
                {"accountLimit":15,"resetStats":true}""", 200);
        call("DELETE", "/faults", null, 204);

        assertThat(pending.get(0).get("kind").asString()).isEqualTo("LOSE_RESPONSE_AFTER_COMMIT");
        assertThat(pending.get(0).get("times").asInt()).isEqualTo(2);
        assertThat(latency.get("scale").asDouble()).isEqualTo(0.5);
        assertThat(netsuite.latency().of("getServerTime", 0).toMillis()).isEqualTo(10);
        assertThat(governance.get("accountLimit").asInt()).isEqualTo(15);
        assertThat(netsuite.faults().pending()).isEmpty();
    }

    @Test
    void theLoginAuditTrailAndRequestCountsAreInspectable() throws Exception {
        SimulatorTestKit.client(netsuite).getServerTime();

        JsonNode audit = call("GET", "/login-audit", null, 200);
        JsonNode requests = call("GET", "/requests", null, 200);

        assertThat(audit.get(0).get("success").asBoolean()).isTrue();
        assertThat(audit.get(0).get("account").asString()).isEqualTo("1234567_SB1");
        assertThat(requests.get("getServerTime").asLong()).isPositive();
    }

    @Test
    void returnDocumentsAreListedWithTheirLinesAndStatus() throws Exception {
        netsuite.account().reset();
        netsuite.account().seed(SimulatorTestKit.seed());
        NetSuiteGateway gateway = new SoapNetSuiteGateway(SimulatorTestKit.client(netsuite));
        NetSuiteInternalId tee = new NetSuiteInternalId(SimulatorTestKit.TEE_BLACK_M);
        gateway.upsertSalesOrders(List.of(new SalesOrderDraft("TTS-7495021-8001",
                new NetSuiteInternalId(SimulatorTestKit.SHOP_CUSTOMER), new NetSuiteInternalId(SimulatorTestKit.SUBSIDIARY),
                new NetSuiteInternalId(SimulatorTestKit.USD), new NetSuiteInternalId(SimulatorTestKit.RENO), null, null,
                LocalDate.of(2026, 12, 1), "8001", null, null, null, null,
                List.of(SalesOrderLine.of(tee, new BigDecimal("2"), new BigDecimal("21.50"))), Map.of())));
        gateway.upsertReturnAuthorizations(List.of(new ReturnAuthorizationDraft("TTS-RA-7495021-R1",
                "TTS-7495021-8001", LocalDate.of(2026, 12, 3), null,
                List.of(new ReturnedItem(tee, BigDecimal.ONE, new BigDecimal("21.50"), null)), false,
                Map.of("custbody_tts_return_id", "R1"))));

        JsonNode returns = call("GET", "/returns", null, 200);

        assertThat(returns).singleElement().satisfies(rma -> {
            assertThat(rma.get("type").asString()).isEqualTo("returnAuthorization");
            assertThat(rma.get("externalId").asString()).isEqualTo("TTS-RA-7495021-R1");
            assertThat(rma.get("status").asString()).isEqualTo("Pending Receipt");
            assertThat(rma.get("lines").get(0).get("quantity").decimalValue()).isEqualByComparingTo("1");
            assertThat(rma.get("customFields").get("custbody_tts_return_id").asString()).isEqualTo("R1");
        });
    }

    @Test
    void unknownRoutesAndBadBodiesAreClientErrors() throws Exception {
        assertThat(call("GET", "/nothing-here", null, 404).get("error").asString()).contains("no route");
        assertThat(call("POST", "/faults", "{\"kind\":\"NOT_A_FAULT\"}", 400).get("error").asString()).isNotBlank();
    }

    private static JsonNode call(String method, String path, String body, int expectedStatus)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(netsuite.adminEndpoint() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(netsuite.adminEndpoint() + path)).GET().build();
    }
}
