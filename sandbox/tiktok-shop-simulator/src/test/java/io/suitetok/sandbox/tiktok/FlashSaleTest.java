package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.sandbox.tiktok.control.SimulatorControl;
import io.suitetok.sandbox.tiktok.orders.InsufficientStockException;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.sandbox.tiktok.products.Catalog.SkuSeed;
import io.suitetok.sandbox.tiktok.products.Categories;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Concurrent buyers never get more units than the warehouse holds. */
class FlashSaleTest {

    private static final String SHOP = ShopDirectory.US_SHOP_ID;
    private static final String EAST = ShopDirectory.US_EAST_WAREHOUSE;

    @Test
    void fiveHundredConcurrentBuyersOfOneHundredUnitsBuyExactlyOneHundred() throws Exception {
        SimulatorControl control = SharedSimulator.fresh().control();
        listHoodie(control);

        List<Integer> outcomes = race(500, 500, () -> {
            try {
                control.placeOrder(OrderRequest.of(SHOP, Item.of("HOODIE-FLASH", 1)));
                return 200;
            } catch (InsufficientStockException e) {
                return 409;
            }
        });

        assertSoldExactlyOneHundred(control, outcomes);
    }

    @Test
    void buyersRetryingInTightLoopsStillGetNoMoreThanTheStock() throws Exception {
        SimulatorControl control = SharedSimulator.fresh().control();
        listHoodie(control);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> bought = new ArrayList<>();
        try {
            for (int buyer = 0; buyer < 16; buyer++) {
                bought.add(pool.submit(() -> {
                    start.await();
                    int units = 0;
                    for (int attempt = 0; attempt < 200; attempt++) {
                        try {
                            control.placeOrder(OrderRequest.of(SHOP, Item.of("HOODIE-FLASH", 1)));
                            units++;
                        } catch (InsufficientStockException e) {
                            // sold out for this attempt; keep trying like an impatient buyer
                        }
                    }
                    return units;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> units : bought) {
                total += units.get(60, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(100);
        } finally {
            pool.shutdownNow();
        }
        assertThat(control.sku(SHOP, "HOODIE-FLASH").stockIn(EAST)).isZero();
    }

    @Test
    void theSameHoldsForBuyersComingThroughTheHttpControlApi() throws Exception {
        RunningSimulator simulator = SharedSimulator.fresh();
        listHoodie(simulator.control());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String order = "{\"shop_id\":\"" + SHOP + "\",\"items\":[{\"sku\":\"HOODIE-FLASH\",\"quantity\":1}]}";

        List<Integer> outcomes = race(500, 50, () -> http.send(HttpRequest.newBuilder(
                URI.create(simulator.baseUrl() + "/sandbox/orders")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(order)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());

        assertSoldExactlyOneHundred(simulator.control(), outcomes);
    }

    private static void listHoodie(SimulatorControl control) {
        control.seedProduct(SHOP, "Flash Sale Hoodie", Categories.T_SHIRTS, List.of(new SkuSeed("HOODIE-FLASH", "M",
                new BigDecimal("39.00"), Map.of(EAST, 100), false)));
    }

    /** Starts every buyer on one signal, so that they really compete. */
    private static List<Integer> race(int buyers, int threads, Callable<Integer> buy) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < buyers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return buy.call();
                }));
            }
            start.countDown();
            List<Integer> outcomes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                outcomes.add(answer.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertSoldExactlyOneHundred(SimulatorControl control, List<Integer> outcomes) {
        assertThat(outcomes).filteredOn(s -> s == 200).hasSize(100);
        assertThat(outcomes).filteredOn(s -> s == 409).hasSize(400);
        assertThat(control.sku(SHOP, "HOODIE-FLASH").stockIn(EAST)).isZero();
        assertThat(control.orderIds(SHOP)).hasSize(100);
    }
}
