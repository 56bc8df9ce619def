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
import io.suitetok.sandbox.netsuite.seed.StockAdjustment;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.sandbox.tiktok.orders.InsufficientStockException;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.products.StockChange;
import io.suitetok.testkit.EmbeddedHubTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The flash sale: 100 units in NetSuite, 500 buyers arriving within two seconds and ordering
 * through the TikTok simulator at once, while every rhythm of the service runs on a short schedule
 * (NetSuite poll, full recalculation, movement reads, pushes). Mid-sale, once the first 100 units are
 * sold and most buyers are still trying, NetSuite receives 40 more: a real stock change the hub must
 * push while orders are still on their way to it (the hub has heard of some of the 100 only). The SKU
 * has no safety stock: the guarantee must not depend on one.
 *
 * <p>order-sync-service is not part of this module, so the test plays it, faithfully and in its order:
 * each order TikTok accepts is put on orders.v1 by the buyer's thread right away (order-sync does it
 * from the webhook, only slower), and a separate thread writes the Sales Orders to NetSuite in small
 * batches (committing the stock), reports the movement as NetSuite's user event script would, and only
 * then publishes SalesOrderWritten. So NetSuite counts an order as committed a moment before the hub
 * hears it was written, and TikTok sells units before the hub hears of them: the two races the
 * inventory flow must survive without handing sold units back to TikTok.
 *
 * <p>The yardstick is what NetSuite can still deliver at each moment: its on-hand units (100, then 140)
 * less the units TikTok sold so far. The hub reads TikTok's count before each push and raises it by no
 * more than NetSuite gained, so no push hands back a unit TikTok sold, whether the hub has heard of the
 * order or not. The hub's own computed number is not the yardstick: while an order is both committed in
 * NetSuite and still in flight for the hub it is counted twice, so the hub's number may briefly sit
 * below TikTok's (on the safe side).
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
    static final int RECEIVED = 40;
    static final int BUYERS = 500;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        InventoryFixtures.register(registry, TIKTOK, NETSUITE, "inventory_flash_test_tokens.shop_token");
        registry.add("hub.inventory.shops[0].safety-stock[" + SKU + "]", () -> "0");
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
    void fiveHundredBuyersNeverGetAUnitNetSuiteDidNotHaveEvenWhenStockArrivesMidSale() throws Exception {
        ProductState product = InventoryFixtures.listOnTikTok(TIKTOK, "Flash Sale Hoodie", SKU);
        InventoryFixtures.publishMapping(publisher, codec, product, SKU, ITEM);
        await().atMost(Duration.ofSeconds(30)).until(() -> TIKTOK.control().sku(US_SHOP, SKU).stockIn(EAST) == UNITS);

        BlockingQueue<String> toWrite = new LinkedBlockingQueue<>();
        AtomicBoolean selling = new AtomicBoolean(true);
        AtomicInteger sold = new AtomicInteger();
        ExecutorService orderSync = Executors.newSingleThreadExecutor();
        Future<Integer> written = orderSync.submit(() -> playOrderSync(toWrite, selling));
        ExecutorService buyers = Executors.newFixedThreadPool(BUYERS);
        List<Future<Void>> buying = new ArrayList<>();
        int receiptAt;
        try {
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < BUYERS; i++) {
                buying.add(buyers.submit(() -> buyOneUnit(product, toWrite, selling, sold, start)));
            }
            start.countDown();
            // Mid-sale: every first unit is gone, 300-odd buyers are still trying. Not earlier, on purpose: a
            // raise sent while TikTok still shows units overwrites the orders TikTok takes between the
            // hub's read and its update (README failure modes); with 500 buyers and no safety stock a receipt
            // at 50 units sold hit it about once in ten runs (4 units oversold), before the hub held back what
            // TikTok may sell during the call. The later raises (units NetSuite committed before the hub heard
            // of their orders come back) may still land mid-sale: that once oversold 2 in CI, and is what the
            // hold-back now covers.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(1)).until(() -> sold.get() >= UNITS);
            receiptAt = TIKTOK.control().stockHistory(US_SHOP, SKU).size();
            NETSUITE.account().adjustStock(new StockAdjustment(ITEM, "101", BigDecimal.valueOf(UNITS + RECEIVED), null));
            assertThat(InventoryFixtures.reportMovement(port, ITEM).statusCode()).isEqualTo(202);
            // The sale is over once every unit NetSuite has is sold: the hub must get each one onto TikTok.
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> sold.get() >= UNITS + RECEIVED);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new AssertionError("not every unit was sold: " + sold.get() + " sold, TikTok shows "
                        + TIKTOK.control().sku(US_SHOP, SKU).stockIn(EAST) + ", " + toWrite.size() + " orders to write, level "
                        + levels.find(US_SHOP, SKU, EAST).orElse(null), e);
            }
        } finally {
            selling.set(false);
            buyers.shutdown();
        }
        assertThat(buyers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        for (Future<Void> buyer : buying) {
            buyer.get(); // a buyer that failed would leave units unsold for a reason of the test's own
        }
        int salesOrders = written.get(60, TimeUnit.SECONDS);
        orderSync.shutdown();

        await().atMost(Duration.ofSeconds(30)).until(() -> levels.find(US_SHOP, SKU, EAST)
                .filter(level -> level.sellable() == 0 && !level.pushDue()).isPresent()
                && TIKTOK.control().sku(US_SHOP, SKU).stockIn(EAST) == 0);
        // The walk first: when units were oversold, it says which value TikTok was given and when.
        int overshoot = maxOvershoot(receiptAt, sold.get());
        assertThat(sold.get()).isEqualTo(UNITS + RECEIVED);
        assertThat(salesOrders).isEqualTo(sold.get());
        StockLevel chicago = NETSUITE.account().stock(ITEM, "101").orElseThrow();
        assertThat(chicago.onHand()).isEqualByComparingTo(BigDecimal.valueOf(UNITS + RECEIVED));
        assertThat(chicago.committed()).isEqualByComparingTo(BigDecimal.valueOf(sold.get()));
        assertThat(chicago.backOrdered()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(overshoot).as("units TikTok ever showed beyond what NetSuite could deliver").isZero();
    }

    /**
     * One buyer: arrives within the sale's first two seconds and orders one unit, trying again every 300
     * to 600 ms while TikTok shows none, until one is theirs or the sale ends; the order goes onto
     * orders.v1 at once. 500 buyers for 140 units: most of them keep trying to the end.
     */
    private Void buyOneUnit(ProductState product, BlockingQueue<String> toWrite, AtomicBoolean selling,
            AtomicInteger sold, CountDownLatch start) throws Exception {
        start.await();
        Thread.sleep(ThreadLocalRandom.current().nextInt(2_000));
        while (selling.get()) {
            Instant created = Instant.now();
            String orderId;
            try {
                orderId = TIKTOK.control().placeOrder(OrderRequest.of(US_SHOP, OrderRequest.Item.of(SKU, 1))).orderId();
            } catch (InsufficientStockException soldOut) {
                Thread.sleep(300 + ThreadLocalRandom.current().nextInt(300));
                continue;
            }
            sold.incrementAndGet();
            InventoryFixtures.publishOrder(publisher, codec, InventoryFixtures.order(US_SHOP, orderId,
                    List.of(InventoryFixtures.line(orderId, SKU, product.sku(SKU).skuId(), product.productId(), 1, false,
                            "")), EAST, OrderStatus.AWAITING_SHIPMENT, created));
            toWrite.add(orderId);
            return null;
        }
        return null;
    }

    /** order-sync's part: Sales Orders into NetSuite (up to 10 per upsert), the script's movement call, then the results. */
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
            InventoryFixtures.writeSalesOrders(netsuite, batch, ITEM, 1, "101");
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
     * Walks everything TikTok showed for the SKU since the hub first set it, against NetSuite's on-hand
     * units at that point (100, or 140 from the receipt on) less the units TikTok had sold by then.
     *
     * @return the most TikTok ever showed beyond that (0 when it never did)
     */
    private int maxOvershoot(int receiptAt, int totalSold) {
        List<StockChange> all = TIKTOK.control().stockHistory(US_SHOP, SKU);
        int firstSet = all.stream().filter(c -> c.warehouseId().equals(EAST) && c.cause().equals("SET")
                && c.quantity() == UNITS).findFirst().map(all::indexOf).orElseThrow();
        int soldSoFar = 0;
        int previous = UNITS;
        int worst = 0;
        int sets = 0;
        for (int i = firstSet; i < all.size(); i++) {
            StockChange change = all.get(i);
            if (!change.warehouseId().equals(EAST)) {
                continue;
            }
            if (change.cause().equals("ORDER")) {
                soldSoFar += previous - change.quantity();
            } else {
                sets++;
                System.out.printf("flash sale: hub set %d after %d units sold (TikTok showed %d)%n", change.quantity(),
                        soldSoFar, previous);
            }
            int onHand = i >= receiptAt ? UNITS + RECEIVED : UNITS;
            int over = change.quantity() - (onHand - soldSoFar);
            if (over > worst) {
                System.out.printf("flash sale: TikTok showed %d after %d units sold with %d on hand (%s)%n",
                        change.quantity(), soldSoFar, onHand, change);
                worst = over;
            }
            previous = change.quantity();
        }
        System.out.printf("flash sale: %d units sold, %d values set on TikTok, most shown beyond NetSuite: %d%n",
                soldSoFar, sets, worst);
        assertThat(soldSoFar).isEqualTo(totalSold);
        return worst;
    }
}
