package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.json.TikTokJson;
import io.suitetok.tiktok.model.product.Price;
import io.suitetok.tiktok.model.promotion.ActivityProduct;
import io.suitetok.tiktok.model.promotion.ActivitySku;
import io.suitetok.tiktok.model.promotion.ActivityType;
import io.suitetok.tiktok.model.promotion.NewActivity;
import io.suitetok.tiktok.model.promotion.ProductLevel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The unsigned /sandbox API, as the local stack and other processes use it. */
class ControlApiHttpTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private RunningSimulator simulator;

    @BeforeEach
    void fresh() {
        simulator = SharedSimulator.fresh();
    }

    @Test
    void shopsListTheirCiphersAuthCodesAndWarehouses() throws Exception {
        JsonNode shops = get("/sandbox/shops");

        assertThat(shops).hasSize(2);
        assertThat(shops.get(0).get("cipher").asString()).isEqualTo(ShopDirectory.US_CIPHER);
        assertThat(shops.get(0).get("auth_code").asString()).isEqualTo(ShopDirectory.US_AUTH_CODE);
        assertThat(shops.get(1).get("currency").asString()).isEqualTo("GBP");
        assertThat(shops.get(0).get("warehouses")).hasSize(3);
    }

    @Test
    void ordersArePlacedMovedAndInspectedAndShortStockIsA409() throws Exception {
        String shop = ShopDirectory.US_SHOP_ID;
        HttpResponse<String> placed = send("POST", "/sandbox/orders", "{\"shop_id\":\"" + shop
                + "\",\"items\":[{\"sku\":\"MUG-WHT-11\",\"quantity\":2}],\"shipping_fee\":\"4.99\"}");
        String orderId = json(placed.body()).get("order_id").asString();
        HttpResponse<String> moved = send("POST", "/sandbox/orders/" + orderId + "/status",
                "{\"status\":\"IN_TRANSIT\"}");
        HttpResponse<String> tooMany = send("POST", "/sandbox/orders", "{\"shop_id\":\"" + shop
                + "\",\"items\":[{\"sku\":\"MUG-WHT-11\",\"quantity\":1000}]}");
        JsonNode stock = get("/sandbox/stock?shop_id=" + shop + "&sku=MUG-WHT-11");

        assertThat(placed.statusCode()).isEqualTo(200);
        assertThat(json(placed.body()).get("line_item_ids")).hasSize(2);
        assertThat(json(moved.body()).get("status").asString()).isEqualTo("IN_TRANSIT");
        assertThat(get("/sandbox/orders/" + orderId).at("/payment/shipping_fee").asString()).isEqualTo("4.99");
        assertThat(tooMany.statusCode()).isEqualTo(409);
        assertThat(json(tooMany.body()).get("error").asString()).contains("insufficient stock");
        assertThat(stock.get(0).at("/stock/" + ShopDirectory.US_EAST_WAREHOUSE).asInt()).isEqualTo(98);
        assertThat(stock.get(0).get("price").asString()).isEqualTo("12.50");
    }

    @Test
    void aReturnIsShippedBackAndReceivedOverHttpAndOutOfOrderStepsAreA409() throws Exception {
        HttpResponse<String> placed = send("POST", "/sandbox/orders", "{\"shop_id\":\"" + ShopDirectory.US_SHOP_ID
                + "\",\"items\":[{\"sku\":\"MUG-WHT-11\",\"quantity\":3}]}");
        String orderId = json(placed.body()).get("order_id").asString();
        String lineId = json(placed.body()).get("line_item_ids").get(0).asString();
        send("POST", "/sandbox/orders/" + orderId + "/status", "{\"status\":\"DELIVERED\"}");
        String returnId = json(send("POST", "/sandbox/orders/" + orderId + "/returns", "{\"line_item_ids\":[\""
                + lineId + "\"],\"return_type\":\"RETURN_AND_REFUND\"}").body()).get("return_id").asString();

        HttpResponse<String> tooEarly = send("POST", "/sandbox/returns/" + returnId + "/received", "{}");
        send("POST", "/sandbox/returns/" + returnId + "/status", "{\"status\":\"AWAITING_BUYER_SHIP\"}");
        HttpResponse<String> shipped = send("POST", "/sandbox/returns/" + returnId + "/shipped",
                "{\"tracking_number\":\"9400111899223\",\"provider_name\":\"USPS\"}");
        HttpResponse<String> received = send("POST", "/sandbox/returns/" + returnId + "/received", "{}");

        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(shipped.statusCode()).isEqualTo(200);
        assertThat(json(shipped.body()).get("status").asString()).isEqualTo("BUYER_SHIPPED_ITEM");
        assertThat(received.statusCode()).isEqualTo(200);
        assertThat(simulator.control().orderIds(ShopDirectory.US_SHOP_ID)).contains(orderId);
    }

    @Test
    void faultsAndWebhookPolicyAreSetOverHttp() throws Exception {
        assertThat(send("POST", "/sandbox/faults/errors",
                "{\"endpoint\":\"warehouses\",\"count\":2,\"http_status\":502}").statusCode()).isEqualTo(200);
        assertThat(send("PUT", "/sandbox/faults/qps", "{\"endpoint\":\"statements\",\"qps\":3}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> policy = send("PUT", "/sandbox/webhooks/policy", "{\"ack_timeout_millis\":800,"
                + "\"retry_schedule_millis\":[100,200],\"duplicate_probability\":0.5,\"duplicate_count\":1,"
                + "\"delay_millis\":0,\"reorder_window_millis\":50,\"include_notification_id\":true,\"random_seed\":7}");

        JsonNode faults = get("/sandbox/faults");
        assertThat(faults.at("/failures/warehouses/remaining").asInt()).isEqualTo(2);
        assertThat(faults.at("/qps/statements").asInt()).isEqualTo(3);
        assertThat(json(policy.body()).get("retry_schedule_millis")).hasSize(2);
        assertThat(simulator.control().deliveryPolicy().ackTimeout().toMillis()).isEqualTo(800);
        assertThat(send("POST", "/sandbox/reset", "{}").statusCode()).isEqualTo(200);
        assertThat(get("/sandbox/faults").at("/failures").size()).isZero();
    }

    @Test
    void packagesAreSplitAndInspectedAndDeliveryOptionsListedOverHttp() throws Exception {
        String shop = ShopDirectory.US_SHOP_ID;
        JsonNode placed = json(send("POST", "/sandbox/orders", "{\"shop_id\":\"" + shop
                + "\",\"items\":[{\"sku\":\"MUG-WHT-11\",\"quantity\":2}],\"shipping_type\":\"SELLER\"}").body());
        String orderId = placed.get("order_id").asString();
        String secondLine = placed.get("line_item_ids").get(1).asString();

        HttpResponse<String> split = send("POST", "/sandbox/orders/" + orderId + "/packages/split",
                "{\"line_item_ids\":[\"" + secondLine + "\"]}");
        HttpResponse<String> splitAll = send("POST", "/sandbox/orders/" + orderId + "/packages/split",
                "{\"line_item_ids\":[\"" + placed.get("line_item_ids").get(0).asString() + "\"]}");
        JsonNode packages = get("/sandbox/orders/" + orderId + "/packages");
        JsonNode options = get("/sandbox/delivery-options?shop_id=" + shop);

        assertThat(split.statusCode()).isEqualTo(200);
        assertThat(splitAll.statusCode()).as("a package keeps at least one line").isEqualTo(400);
        assertThat(packages).hasSize(2);
        assertThat(packages.get(1).get("package_id").asString()).isEqualTo(json(split.body()).get("package_id")
                .asString());
        assertThat(packages.get(1).get("order_line_item_ids").get(0).asString()).isEqualTo(secondLine);
        assertThat(packages.get(0).get("package_status").asString()).isEqualTo("TO_FULFILL");
        assertThat(packages.get(0).has("tracking_number")).isFalse();
        assertThat(options.get(0).get("shipping_providers").get(1).get("name").asString()).isEqualTo("UPS");
        assertThat(send("GET", "/sandbox/orders/1/packages", "").statusCode()).isEqualTo(404);
    }

    @Test
    void theShopClockMovesForwardAndBuyerPricesHistoryAndActivitiesAreReadable() throws Exception {
        String shop = ShopDirectory.US_SHOP_ID;
        var connected = ConnectedClient.to(simulator);
        var tee = simulator.control().sku(shop, "TEE-BLK-S");
        Instant begin = simulator.control().now().plusSeconds(600).truncatedTo(
                ChronoUnit.SECONDS);
        String id = connected.client.promotions().createActivity(connected.us,
                new NewActivity("Clock test",
                        ActivityType.FIXED_PRICE, begin, begin.plusSeconds(3600),
                        ProductLevel.VARIATION));
        connected.client.promotions().updateActivityProducts(connected.us, id, List.of(
                new ActivityProduct(tee.productId(), List.of(
                        ActivitySku.atPrice(tee.skuId(),
                                new Price("17.25", "USD"))))));

        HttpResponse<String> advanced = send("POST", "/sandbox/clock/advance", "{\"seconds\":600}");
        HttpResponse<String> backwards = send("POST", "/sandbox/clock/advance", "{\"seconds\":-1}");
        JsonNode price = get("/sandbox/buyer-price?shop_id=" + shop + "&sku=TEE-BLK-S");
        JsonNode history = get("/sandbox/price-history?shop_id=" + shop + "&sku=" + tee.skuId());
        JsonNode activities = get("/sandbox/promotions?shop_id=" + shop);

        assertThat(json(advanced.body()).get("offset_seconds").asLong()).isEqualTo(600);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(price.get("amount").asString()).isEqualTo("17.25");
        assertThat(price.get("sku_price").asString()).isEqualTo("19.99");
        assertThat(price.get("activity_id").asString()).isEqualTo(id);
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("since").asString()).isEqualTo(begin.toString());
        assertThat(activities.get(0).get("status").asString()).isEqualTo("ONGOING");
        assertThat(activities.get(0).at("/skus/0/sku_id").asString()).isEqualTo(tee.skuId());
        assertThat(get("/sandbox/clock").get("offset_seconds").asLong()).isEqualTo(600);
        send("POST", "/sandbox/reset", "");
        assertThat(get("/sandbox/clock").get("offset_seconds").asLong()).isZero();
        assertThat(get("/sandbox/promotions?shop_id=" + shop)).isEmpty();
    }

    @Test
    void settlementControlsBuildABulkStatementBookAnUnknownFeeAndPay() throws Exception {
        String shop = ShopDirectory.UK_SHOP_ID;
        String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();

        HttpResponse<String> bulk = send("POST", "/sandbox/finance/bulk-statements", "{\"shop_id\":\"" + shop
                + "\",\"day\":\"" + day + "\",\"line_count\":300,\"seed\":5}");
        HttpResponse<String> fee = send("POST", "/sandbox/finance/unknown-fees", "{\"shop_id\":\"" + shop
                + "\",\"day\":\"" + day + "\",\"field_name\":\"eco_packaging_fee_amount\",\"amount\":-0.50,"
                + "\"order_id\":\"576999999999999999\"}");
        HttpResponse<String> paid = send("POST", "/sandbox/finance/pay", "{\"shop_id\":\"" + shop
                + "\",\"day\":\"" + day + "\"}");
        HttpResponse<String> tooBig = send("POST", "/sandbox/finance/bulk-statements", "{\"shop_id\":\"" + shop
                + "\",\"day\":\"" + day + "\",\"line_count\":999999999}");

        assertThat(bulk.statusCode()).isEqualTo(200);
        assertThat(json(bulk.body()).get("statement_id").asString()).isNotBlank();
        assertThat(fee.statusCode()).isEqualTo(200);
        assertThat(json(fee.body()).get("transaction_id").asString()).isNotBlank();
        assertThat(paid.statusCode()).isEqualTo(200);
        assertThat(json(paid.body()).get("payment_ids")).hasSize(2);
        assertThat(tooBig.statusCode()).isEqualTo(400);
        JsonNode statements = get("/sandbox/finance/statements?shop_id=" + shop);
        assertThat(statements).hasSize(2).allSatisfy(s ->
                assertThat(s.get("payment_status").asString()).isEqualTo("PAID"));
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return json(http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String text) {
        return TikTokJson.mapper().readTree(text);
    }
}
