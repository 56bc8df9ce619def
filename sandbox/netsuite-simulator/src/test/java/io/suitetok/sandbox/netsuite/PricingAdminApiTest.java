package io.suitetok.sandbox.netsuite;

import static io.suitetok.sandbox.netsuite.SimulatorTestKit.BASE_PRICE;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.MUG;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_BLACK_M;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Changing prices "in NetSuite" over the admin API, and the rules a change is held to. */
class PricingAdminApiTest extends AgainstSeededSimulator {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void schedulesPromotionsAndRatesPostedAsJsonAreStoredAndListed() throws Exception {
        JsonNode result = call("POST", "/pricing", """
                {"schedules":[{"item":"%s","priceLevel":"%s","currency":"%s","price":"19.99",
                               "effectiveFrom":"2026-12-26T08:00:00Z","effectiveTo":"2027-01-02T08:00:00Z"}],
                 "promotions":[{"code":"MUG5","name":"$5 off mugs","kind":"AMOUNT_OFF","discount":"5.00",
                                "currency":"%s","start":"2026-12-01T08:00:00Z","items":["%s"]}],
                 "currencyRates":[{"baseCurrency":"%s","fromCurrency":"%s","rate":"1","effectiveDate":"2026-12-01"}]}
                """.formatted(TEE_BLACK_M, BASE_PRICE, USD, USD, MUG, USD, USD), 200);

        JsonNode pricing = call("GET", "/pricing", null, 200);

        String schedule = result.get("schedules").get(0).asString();
        assertThat(pricing.get("schedules").get(0).get("id").asString()).isEqualTo(schedule);
        assertThat(pricing.get("schedules").get(0).get("price").decimalValue()).isEqualByComparingTo("19.99");
        assertThat(pricing.get("promotions").get(0).get("code").asString()).isEqualTo("MUG5");
        assertThat(pricing.get("promotions").get(0).get("items").get(0).asString()).isEqualTo(MUG);
        assertThat(pricing.get("currencyRates")).hasSize(1);
        assertThat(call("GET", "/health", null, 200).get("priceScheduleRecordTypeId").asString())
                .isEqualTo(netsuite.account().priceScheduleTypeId());
    }

    @Test
    void anOverlappingActiveScheduleIsRefusedAndNothingOfTheChangeIsStored() throws Exception {
        call("POST", "/pricing", schedule("19.99", "2026-12-26T08:00:00Z", "2027-01-02T08:00:00Z"), 200);

        JsonNode refused = call("POST", "/pricing", """
                {"promotions":[{"code":"TEES15","kind":"PERCENT_OFF","discount":"15"}],
                 "schedules":[{"item":"%s","priceLevel":"%s","currency":"%s","price":"17.50",
                               "effectiveFrom":"2027-01-01T08:00:00Z"}]}""".formatted(TEE_BLACK_M, BASE_PRICE, USD),
                400);

        assertThat(refused.get("error").asString()).contains("overlaps");
        assertThat(netsuite.account().pricing().schedules()).hasSize(1);
        assertThat(netsuite.account().pricing().promotions()).isEmpty();
    }

    @Test
    void aScheduleThatEndsBeforeItStartsOrHasANegativePriceIsRefused() throws Exception {
        assertThat(call("POST", "/pricing", schedule("19.99", "2027-01-02T08:00:00Z", "2026-12-26T08:00:00Z"), 400)
                .get("error").asString()).contains("is not before");
        assertThat(call("POST", "/pricing", schedule("-1.00", "2026-12-26T08:00:00Z", null), 400)
                .get("error").asString()).contains("price");
        assertThat(netsuite.account().pricing().schedules()).isEmpty();
    }

    @Test
    void aMatrixChangeNamingAnUnknownItemOrPriceLevelIsRefused() throws Exception {
        assertThat(call("POST", "/pricing", matrix("424242", BASE_PRICE), 400).get("error").asString())
                .contains("424242");
        assertThat(call("POST", "/pricing", matrix(TEE_BLACK_M, "99"), 400).get("error").asString())
                .contains("price level 99");
    }

    @Test
    void aMatrixChangeReplacesTheMatrixAndStampsTheItemModified() throws Exception {
        OffsetDateTime before = item(TEE_BLACK_M).getLastModifiedDate();

        call("POST", "/pricing", matrix(TEE_BLACK_M, BASE_PRICE), 200);

        InventoryItem tee = item(TEE_BLACK_M);
        assertThat(tee.getLastModifiedDate()).isAfter(before);
        assertThat(tee.getPricingMatrix().getPricing()).singleElement().satisfies(row -> {
            assertThat(row.getPriceList().getPrice()).extracting(price -> price.getQuantity().intValue())
                    .containsExactly(0, 12);
            assertThat(row.getPriceList().getPrice().get(1).getValue()).isEqualByComparingTo("20.00");
        });
    }

    private static String schedule(String price, String from, String to) {
        return """
                {"schedules":[{"item":"%s","priceLevel":"%s","currency":"%s","price":"%s",
                               "effectiveFrom":"%s"%s}]}""".formatted(TEE_BLACK_M, BASE_PRICE, USD, price, from,
                to == null ? "" : ",\"effectiveTo\":\"" + to + "\"");
    }

    /** Quantity breaks posted out of order: NetSuite lists them by quantity. */
    private static String matrix(String item, String level) {
        return """
                {"priceMatrices":[{"item":"%s","prices":[
                    {"priceLevel":"%s","currency":"%s","quantity":"12","price":"20.00"},
                    {"priceLevel":"%s","currency":"%s","price":"24.99"}]}]}""".formatted(item, level, USD, level, USD);
    }

    private static InventoryItem item(String internalId) {
        return (InventoryItem) netsuite.account().record(RecordType.INVENTORY_ITEM, internalId).orElseThrow();
    }

    private static JsonNode call(String method, String path, String body, int expectedStatus)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(netsuite.adminEndpoint() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }
}
