package io.suitetok.inventory.it;

import io.suitetok.inventory.netsuite.MovementSignature;
import io.suitetok.model.catalog.ListingStatus;
import io.suitetok.model.catalog.SkuMapping;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventType;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokOrderId;
import io.suitetok.model.id.TikTokProductId;
import io.suitetok.model.id.TikTokSkuId;
import io.suitetok.model.id.TikTokWarehouseId;
import io.suitetok.model.money.Money;
import io.suitetok.model.order.Delivery;
import io.suitetok.model.order.Order;
import io.suitetok.model.order.OrderLine;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.model.order.SalesOrderResult;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import io.suitetok.netsuite.gateway.SalesOrderLine;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.sandbox.tiktok.products.Catalog.SkuSeed;
import io.suitetok.sandbox.tiktok.products.Categories;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A US shop whose East warehouse is fed by two NetSuite locations (Chicago 101 and Dallas 102), a
 * location that sells nowhere on TikTok (returns cage 103), and a UK shop fed by Midlands 201.
 */
final class InventoryFixtures {

    static final String US_SHOP = ShopDirectory.US_SHOP_ID;
    static final String EAST = ShopDirectory.US_EAST_WAREHOUSE;
    static final String UK_SHOP = ShopDirectory.UK_SHOP_ID;
    static final String MOVEMENT_SECRET = "suitetok-test-movement-secret";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private InventoryFixtures() {
    }

    static void seedReferenceData(NetSuiteSimulator netsuite) {
        netsuite.account().seed(new SeedRequest(
                List.of(new SeedRequest.Currency("1", "USD"), new SeedRequest.Currency("2", "GBP")),
                List.of(new SeedRequest.Subsidiary("10", "Acme US", "1"), new SeedRequest.Subsidiary("20", "Acme UK", "2")),
                List.of(new SeedRequest.Location("101", "Chicago DC", "10"), new SeedRequest.Location("102", "Dallas DC", "10"),
                        new SeedRequest.Location("103", "Chicago returns cage", "10"),
                        new SeedRequest.Location("201", "Midlands DC", "20")),
                List.of(), List.of(new SeedRequest.Customer("501", "TTS-DEFAULT-US", "TikTok Shop US buyers", null, null,
                        null, "10", "1", null)),
                List.of(), List.of()));
    }

    /** An inventory item with on-hand stock per location. */
    static void seedItem(NetSuiteSimulator netsuite, String internalId, String itemId, Map<String, Integer> onHand) {
        List<SeedRequest.Stock> stock = new ArrayList<>();
        onHand.forEach((location, units) -> stock.add(new SeedRequest.Stock(location, BigDecimal.valueOf(units),
                BigDecimal.ZERO)));
        netsuite.account().seed(new SeedRequest(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new SeedRequest.Item(internalId, null, itemId, itemId, null, null, null, null, false, List.of(),
                        List.of(), stock)), List.of()));
    }

    /** A live US product with these seller SKUs and no stock yet. */
    static ProductState listOnTikTok(RunningSimulator tiktok, String title, String... sellerSkus) {
        List<SkuSeed> skus = IntStream.range(0, sellerSkus.length).mapToObj(i -> new SkuSeed(sellerSkus[i],
                List.of("S", "M", "L", "XL").get(i), new BigDecimal("19.99"), Map.of(EAST, 0), false)).toList();
        return tiktok.control().seedProduct(US_SHOP, title, Categories.T_SHIRTS, skus);
    }

    static void register(DynamicPropertyRegistry registry, RunningSimulator tiktok, NetSuiteSimulator netsuite,
            String tokenTable) {
        registry.add("hub.inventory.movement-secret", () -> MOVEMENT_SECRET);
        registry.add("hub.inventory.shops[0].shop-id", () -> US_SHOP);
        registry.add("hub.inventory.shops[0].locations[101]", () -> EAST);
        registry.add("hub.inventory.shops[0].locations[102]", () -> EAST);
        registry.add("hub.inventory.shops[0].safety-stock[OPS-1]", () -> "20%");
        registry.add("hub.inventory.shops[0].safety-stock[DRIFT-1]", () -> "2");
        registry.add("hub.inventory.shops[1].shop-id", () -> UK_SHOP);
        registry.add("hub.inventory.shops[1].locations[201]", () -> ShopDirectory.UK_WAREHOUSE);
        tiktok.hubProperties(tokenTable).forEach((key, value) -> registry.add(key, () -> value));
        registry.add("hub.tiktok.default-qps", () -> "50");
        registry.add("hub.tiktok.retry-base-delay", () -> "50ms");
        netsuite.hubProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("hub.netsuite.concurrency-share", () -> "3");
    }

    static EventType eventType(String name) {
        return new EventType() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int schemaVersion() {
                return 1;
            }
        };
    }

    /** What catalog-sync publishes once a SKU is live on TikTok. */
    static void publishMapping(EventPublisher publisher, EventCodec codec, ProductState product, String sellerSku,
            String netsuiteItem) {
        SkuMapping mapping = new SkuMapping(new ShopId(product.shopId()), new SellerSku(sellerSku),
                new NetSuiteInternalId(netsuiteItem), new TikTokProductId(product.productId()),
                new TikTokSkuId(product.sku(sellerSku).skuId()), ListingStatus.LIVE);
        publisher.publishAndWait(HubTopic.CATALOG_SKU_MAPPINGS, codec.envelope(eventType("SkuMappingChanged"),
                "catalog-sync-service", sellerSku, sellerSku, mapping.shopId(), mapping), Duration.ofSeconds(10));
    }

    /** The canonical order order-sync publishes on orders.v1: one SKU, {@code units} unit lines. */
    static Order order(String shopId, String orderId, String sellerSku, String skuId, String productId, int units,
            String warehouseId, OrderStatus status) {
        return order(shopId, orderId, List.of(line(orderId, sellerSku, skuId, productId, units, false, "")), warehouseId,
                status, Instant.now());
    }

    /** An order with these lines, created at {@code createTime} in TikTok's clock. */
    static Order order(String shopId, String orderId, List<OrderLine> lines, String warehouseId, OrderStatus status,
            Instant createTime) {
        return new Order(new ShopId(shopId), new TikTokOrderId(orderId), status, null, createTime, Instant.now(), "USD",
                null, new Delivery(new TikTokWarehouseId(warehouseId), "Standard shipping", null,
                        Delivery.ShippingType.TIKTOK), lines, null);
    }

    /** One order line of {@code units} unit lines; {@code unitTag} keeps unit line ids of several lines apart. */
    static OrderLine line(String orderId, String sellerSku, String skuId, String productId, int units, boolean preOrder,
            String unitTag) {
        List<String> unitLines = IntStream.range(0, units).mapToObj(i -> orderId + unitTag + "-" + i).toList();
        Money price = Money.of("19.99", "USD");
        Money zero = Money.zero("USD");
        return new OrderLine(new TikTokSkuId(skuId), new TikTokProductId(productId), new SellerSku(sellerSku), sellerSku,
                price, zero, zero, zero, false, preOrder, unitLines, List.of());
    }

    /** The same line with every unit cancelled, as TikTok shows it after the buyer cancelled. */
    static OrderLine cancelled(OrderLine line) {
        return new OrderLine(line.skuId(), line.productId(), line.sellerSku(), line.productName(), line.unitPrice(),
                line.sellerDiscount(), line.platformDiscount(), line.tax(), line.gift(), line.preOrder(),
                line.unitLineIds(), line.unitLineIds());
    }

    static void publishOrder(EventPublisher publisher, EventCodec codec, Order order) {
        publisher.publishAndWait(HubTopic.ORDERS, codec.envelope(eventType("OrderSnapshotReceived"), "order-sync-service",
                order.orderId().value(), order.orderId().value(), order.shopId(), order), Duration.ofSeconds(10));
    }

    static void publishWritten(EventPublisher publisher, EventCodec codec, String shopId, String orderId,
            Map<String, Integer> units) {
        SalesOrderResult result = new SalesOrderResult(shopId, orderId, "WRITTEN", "so-" + orderId, "SO-" + orderId,
                List.of(), units);
        publisher.publishAndWait(HubTopic.ORDER_NETSUITE_RESULTS, codec.envelope(eventType("SalesOrderWritten"),
                "order-sync-service", orderId, orderId, new ShopId(shopId), result), Duration.ofSeconds(10));
    }

    /** What order-sync does in NetSuite: a Sales Order whose lines commit the units at the location. */
    static void writeSalesOrder(NetSuiteGateway netsuite, String orderId, String item, int units, String location) {
        writeSalesOrders(netsuite, List.of(orderId), item, units, location);
    }

    /** Several orders' Sales Orders in one upsert, as order-sync batches them. */
    static void writeSalesOrders(NetSuiteGateway netsuite, List<String> orderIds, String item, int units, String location) {
        List<SalesOrderDraft> drafts = orderIds.stream().map(orderId -> new SalesOrderDraft("TTS-" + US_SHOP + "-" + orderId,
                new NetSuiteInternalId("501"), new NetSuiteInternalId("10"), new NetSuiteInternalId("1"),
                new NetSuiteInternalId(location), null, null, LocalDate.now(), orderId, null, null, null, null,
                List.of(SalesOrderLine.of(new NetSuiteInternalId(item), BigDecimal.valueOf(units),
                        new BigDecimal("19.99"))), Map.<String, String>of())).toList();
        List<WriteOutcome> outcomes = netsuite.upsertSalesOrders(drafts);
        for (WriteOutcome outcome : outcomes) {
            if (!(outcome instanceof WriteOutcome.Written)) {
                throw new IllegalStateException("NetSuite did not take the Sales Order: " + outcome);
            }
        }
    }

    /** What NetSuite's user event script sends; {@code signature} null sends none. */
    static HttpResponse<String> postMovement(int port, String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/inventory/movements"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header(MovementSignature.HEADER, signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> reportMovement(int port, String... items) throws Exception {
        String body = "{\"items\":[" + String.join(",", List.of(items).stream().map(i -> "\"" + i + "\"").toList())
                + "],\"record\":\"inventoryadjustment:77\"}";
        return postMovement(port, body, new MovementSignature(MOVEMENT_SECRET).sign(body.getBytes(StandardCharsets.UTF_8)));
    }
}
