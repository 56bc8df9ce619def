package io.suitetok.inventory.it;

import static io.suitetok.inventory.it.InventoryFixtures.EAST;
import static io.suitetok.inventory.it.InventoryFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.suitetok.inventory.InventorySyncApplication;
import io.suitetok.inventory.store.LevelStore;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.account.StockLevel;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.sandbox.tiktok.orders.InsufficientStockException;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.products.StockChange;
import io.suitetok.testkit.EmbeddedHubTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A flash sale: 100 units in NetSuite, 500 buyers ordering through the TikTok simulator at once, while
 * every rhythm of the service runs on a short schedule (NetSuite poll, full recalculation, movement
 * reads, pushes).
 *
 * <p>order-sync-service is not part of this module, so the test plays it, faithfully and in its order:
 * each order TikTok accepts is put on orders.v1 by the buyer's thread right away (order-sync does it
 * from the webhook, only slower), and a separate thread writes the Sales Orders to NetSuite in small
 * batches (committing the stock), reports the movement as NetSuite's user event script would, and only
 * then publishes SalesOrderWritten. So NetSuite counts an order as committed a moment before the hub
 * hears it was written, and TikTok sells units a moment before the hub hears of them: the two races
 * the inventory flow must survive without handing sold units back to TikTok.
 *
 * <p>The yardstick is what NetSuite can still deliver to TikTok buyers at each moment, 100 less the
 * units TikTok sold so far. The hub's own computed number is not used as the yardstick: while an order
 * is both committed in NetSuite and still in flight for the hub it is counted twice, so the hub's
 * number may briefly sit below TikTok's (on the safe side), which is why such a dip is never pushed.
 */
@EmbeddedHubTest
@SpringBootTest(classes = InventorySyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FlashSaleIntegrationTest {

    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());
    static final String ITEM = "4201";
    static final String SKU = "FLASH-1";
    static final int UNITS = 100;
    static final int BUYERS = 500;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        InventoryFixtures.register(registry, TIKTOK, NETSUITE, "inventory_flash_test_tokens.shop_token");
        registry.add("hub.inventory.poll-interval", () -> "200ms");
        registry.add("hub.inventory.watermark-overlap", () -> "1s");
        registry.add("hub.inventory.full-recalculation-interval", () -> "2s");
        registry.add("hub.inventory.movement-interval", () -> "50ms");
        registry.add("hub.inventory.push-interval", () -> "50ms");
    }

    @BeforeAll
    static void seed() {
        InventoryFixtures.seedReferenceData(NETSUITE);
        InventoryFixtures.seedItem(NETSUITE, ITEM, SKU, Map.of("101", UNITS));
    }

    @AfterAll
    static void stop() {
        TIKTOK.close();
        NETSUITE.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    @Autowired
    EventCodec codec;
    @Autowired
    NetSuiteGateway netsuite;
    @Autowired
    LevelStore levels;

    @Test
    void fiveHundredBuyersOfOneHundredUnitsNeverGetAUnitNetSuiteDidNotHave() throws Exception {
        ProductState product = InventoryFixtures.listOnTikTok(TIKTOK, "Flash Sale Hoodie", SKU);
        InventoryFixtures.publishMapping(publisher, codec, product, SKU, ITEM);
        await().atMost(Duration.ofSeconds(30)).until(() -> TIKTOK.control().sku(US_SHOP, SKU).stockIn(EAST) == UNITS);

        BlockingQueue<String> toWrite = new LinkedBlockingQueue<>();
        AtomicBoolean selling = new AtomicBoolean(true);
        ExecutorService orderSync = Executors.newSingleThreadExecutor();
        Future<Integer> written = orderSync.submit(() -> playOrderSync(toWrite, selling));
        List<Boolean> bought = race(product, toWrite);
        selling.set(false);
        int salesOrders = written.get(60, TimeUnit.SECONDS);
        orderSync.shutdown();

        long sold = bought.stream().filter(Boolean::booleanValue).count();
        assertThat(sold).isEqualTo(UNITS);
        assertThat(salesOrders).isEqualTo(UNITS);
        await().atMost(Duration.ofSeconds(30)).until(() -> levels.find(US_SHOP, SKU, EAST)
                .filter(level -> level.sellable() == 0 && !level.pushDue()).isPresent());

        StockLevel chicago = NETSUITE.account().stock(ITEM, "101").orElseThrow();
        assertThat(chicago.onHand()).isEqualByComparingTo("100");
        assertThat(chicago.committed()).isEqualByComparingTo("100");
        assertThat(chicago.backOrdered()).isEqualByComparingTo(BigDecimal.ZERO);
        assertTikTokNeverShowedMoreThanNetSuiteCouldDeliver();
        assertThat(TIKTOK.control().sku(US_SHOP, SKU).stockIn(EAST)).isZero();
    }

    /** Buyers start on one signal; each order TikTok accepts goes onto orders.v1 at once. */
    private List<Boolean> race(ProductState product, BlockingQueue<String> toWrite) throws Exception {
        ExecutorService buyers = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < BUYERS; i++) {
                answers.add(buyers.submit(() -> {
                    start.await();
                    String orderId;
                    try {
                        orderId = TIKTOK.control().placeOrder(OrderRequest.of(US_SHOP, OrderRequest.Item.of(SKU, 1)))
                                .orderId();
                    } catch (InsufficientStockException soldOut) {
                        return false;
                    }
                    InventoryFixtures.publishOrder(publisher, codec, InventoryFixtures.order(US_SHOP, orderId, SKU,
                            product.sku(SKU).skuId(), product.productId(), 1, EAST, OrderStatus.AWAITING_SHIPMENT));
                    toWrite.add(orderId);
                    return true;
                }));
            }
            start.countDown();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> answer : answers) {
                outcomes.add(answer.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            buyers.shutdownNow();
        }
    }

    /** order-sync's part: Sales Orders into NetSuite, the script's movement call, then the results. */
    private int playOrderSync(BlockingQueue<String> toWrite, AtomicBoolean selling) throws Exception {
        int writtenCount = 0;
        while (selling.get() || !toWrite.isEmpty()) {
            List<String> batch = new ArrayList<>();
            String first = toWrite.poll(100, TimeUnit.MILLISECONDS);
            if (first == null) {
                continue;
            }
            batch.add(first);
            toWrite.drainTo(batch, 9);
            for (String orderId : batch) {
                InventoryFixtures.writeSalesOrder(netsuite, orderId, ITEM, 1, "101");
            }
            assertThat(InventoryFixtures.reportMovement(port, ITEM).statusCode()).isEqualTo(202);
            Thread.sleep(30); // the result leaves order-sync through its outbox a little later
            for (String orderId : batch) {
                InventoryFixtures.publishWritten(publisher, codec, US_SHOP, orderId, Map.of(SKU, 1));
            }
            writtenCount += batch.size();
        }
        return writtenCount;
    }

    /**
     * Walks everything TikTok showed for the SKU since the hub first set it to 100: at no point may it
     * offer more than NetSuite's 100 less the units TikTok had sold by then.
     */
    private void assertTikTokNeverShowedMoreThanNetSuiteCouldDeliver() {
        List<StockChange> east = TIKTOK.control().stockHistory(US_SHOP, SKU).stream()
                .filter(change -> change.warehouseId().equals(EAST)).toList();
        int firstFull = east.stream().filter(c -> c.cause().equals("SET") && c.quantity() == UNITS).findFirst()
                .map(east::indexOf).orElseThrow();
        int soldSoFar = 0;
        int previous = UNITS;
        for (StockChange change : east.subList(firstFull, east.size())) {
            if (change.cause().equals("ORDER")) {
                soldSoFar += previous - change.quantity();
            }
            assertThat(change.quantity()).as("TikTok showed %s after %s units sold (%s)", change.quantity(), soldSoFar,
                    change).isLessThanOrEqualTo(UNITS - soldSoFar);
            previous = change.quantity();
        }
        assertThat(soldSoFar).isEqualTo(UNITS);
    }
}
