package io.suitetok.sandbox.netsuite;

import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItem;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItemList;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.netsuite.config.ConcurrencyPolicy;
import io.suitetok.netsuite.config.RetryPolicy;
import io.suitetok.netsuite.config.SuiteTalkConfig;
import io.suitetok.netsuite.soap.SuiteTalkClient;
import io.suitetok.netsuite.wire.RecordRefs;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import io.suitetok.sandbox.netsuite.seed.SeedRequest.Currency;
import io.suitetok.sandbox.netsuite.seed.SeedRequest.Customer;
import io.suitetok.sandbox.netsuite.seed.SeedRequest.Item;
import io.suitetok.sandbox.netsuite.seed.SeedRequest.Location;
import io.suitetok.sandbox.netsuite.seed.SeedRequest.Price;
import io.suitetok.sandbox.netsuite.seed.SeedRequest.PriceLevel;
import io.suitetok.sandbox.netsuite.seed.SeedRequest.Stock;
import io.suitetok.sandbox.netsuite.seed.SeedRequest.Subsidiary;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** A seeded account and clients pointed at the simulator, shared by the simulator's tests. */
public final class SimulatorTestKit {

    public static final String USD = "1";
    public static final String SUBSIDIARY = "3";
    public static final String RENO = "2";
    public static final String COLUMBUS = "5";
    public static final String BASE_PRICE = "1";
    public static final String SHOP_CUSTOMER = "4471";
    public static final String TEE_PARENT = "5100";
    public static final String TEE_BLACK_M = "5120";
    public static final String TEE_BLACK_L = "5121";
    public static final String MUG = "5200";

    private SimulatorTestKit() {
    }

    /** One subsidiary, two locations, a matrix tee with two children, a mug; October 2026 is closed. */
    public static SeedRequest seed() {
        return new SeedRequest(
                List.of(new Currency(USD, "USD")),
                List.of(new Subsidiary(SUBSIDIARY, "SuiteTok US", USD)),
                List.of(new Location(RENO, "Reno DC", SUBSIDIARY), new Location(COLUMBUS, "Columbus DC", SUBSIDIARY)),
                List.of(new PriceLevel(BASE_PRICE, "Base Price"), new PriceLevel("7", "TikTok Shop")),
                List.of(new Customer(SHOP_CUSTOMER, "TTS-SHOP-7495021", "TikTok Shop US", null, null,
                        "orders-us@suitetok.example", SUBSIDIARY, USD, null)),
                List.of(new Item(TEE_PARENT, null, "TEE", "Organic Cotton Tee", null, "parent", null, Map.of(), false,
                                List.of(SUBSIDIARY), List.of(), List.of()),
                        new Item(TEE_BLACK_M, "SKU-TEE-BLK-M", "TEE-BLK-M", "Organic Cotton Tee - Black / M",
                                "0840012345671", "child", TEE_PARENT,
                                Map.of("custitem_color", "Black", "custitem_size", "M"), false, List.of(SUBSIDIARY),
                                List.of(new Price(BASE_PRICE, USD, new BigDecimal("24.99")),
                                        new Price("7", USD, new BigDecimal("21.50"))),
                                List.of(new Stock(RENO, new BigDecimal("10"), new BigDecimal("60")),
                                        new Stock(COLUMBUS, new BigDecimal("4"), BigDecimal.ZERO))),
                        new Item(TEE_BLACK_L, "SKU-TEE-BLK-L", "TEE-BLK-L", "Organic Cotton Tee - Black / L", null,
                                "child", TEE_PARENT, Map.of("custitem_color", "Black", "custitem_size", "L"), false,
                                List.of(SUBSIDIARY), List.of(new Price(BASE_PRICE, USD, new BigDecimal("24.99"))),
                                List.of(new Stock(RENO, new BigDecimal("3"), BigDecimal.ZERO))),
                        new Item(MUG, "SKU-MUG-CER-11", "MUG-CER-11", "Ceramic Mug 11oz", null, null, null, Map.of(),
                                false, List.of(SUBSIDIARY), List.of(new Price(BASE_PRICE, USD, new BigDecimal("14.00"))),
                                List.of(new Stock(RENO, new BigDecimal("400"), BigDecimal.ZERO)))),
                List.of(new SeedRequest.ClosedPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))));
    }

    public static SuiteTalkConfig config(NetSuiteSimulator simulator) {
        return SuiteTalkConfig.of(simulator.credentials())
                .withEndpoint(simulator.soapEndpoint())
                .withRetry(new RetryPolicy(6, Duration.ofMillis(5), Duration.ofMillis(50)))
                .withConcurrency(new ConcurrencyPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(30)))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    /** The REST adapter's settings for this simulator: its test integration, the same share and retries. */
    public static io.suitetok.netsuite.rest.RestConfig restConfig(NetSuiteSimulator simulator) {
        io.suitetok.sandbox.netsuite.auth.OAuthClient client = simulator.oauthClient();
        return io.suitetok.netsuite.rest.RestConfig.of(simulator.settings().accountId(), client.clientId(),
                        client.certificateId(), io.suitetok.sandbox.netsuite.auth.OAuthClient.testPrivateKeyPem())
                .withBase(simulator.restEndpoint())
                .withRetry(new RetryPolicy(6, Duration.ofMillis(5), Duration.ofMillis(50)))
                .withConcurrency(new ConcurrencyPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(30)));
    }

    public static SuiteTalkClient client(NetSuiteSimulator simulator) {
        return SuiteTalkClient.create(config(simulator), new SimpleMeterRegistry());
    }


    /** A TikTok order as a Sales Order: one line per SKU, shipped from Reno. */
    public static SalesOrder salesOrder(String externalId, Line... lines) {
        SalesOrder order = new SalesOrder();
        order.setExternalId(externalId);
        order.setEntity(RecordRefs.internal(SHOP_CUSTOMER));
        order.setSubsidiary(RecordRefs.internal(SUBSIDIARY));
        order.setCurrency(RecordRefs.internal(USD));
        order.setLocation(RecordRefs.internal(RENO));
        order.setTranDate(OffsetDateTime.of(2026, 11, 26, 12, 0, 0, 0, ZoneOffset.UTC));
        order.setOtherRefNum(externalId.substring(externalId.lastIndexOf('-') + 1));
        SalesOrderItemList items = new SalesOrderItemList();
        for (Line line : lines) {
            SalesOrderItem item = new SalesOrderItem();
            item.setItem(RecordRefs.internal(line.item()));
            item.setQuantity(new BigDecimal(line.quantity()));
            item.setPrice(RecordRefs.internal("-1"));
            item.setRate(line.rate());
            item.setLocation(line.location() == null ? null : RecordRefs.internal(line.location()));
            items.getItem().add(item);
        }
        order.setItemList(items);
        return order;
    }

    public static Line line(String item, String quantity, String rate) {
        return new Line(item, quantity, rate, null);
    }

    public record Line(String item, String quantity, String rate, String location) {

        public Line at(String newLocation) {
            return new Line(item, quantity, rate, newLocation);
        }
    }
}
