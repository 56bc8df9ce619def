package io.suitetok.inventory.it;

import static io.suitetok.inventory.it.InventoryFixtures.EAST;
import static io.suitetok.inventory.it.InventoryFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.suitetok.inventory.InventorySyncApplication;
import io.suitetok.model.event.EventCodec;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.seed.StockAdjustment;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.testkit.EmbeddedHubApplication;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Kubernetes stops a pod with SIGTERM and kills it 30 s later. The service, with every schedule running,
 * must stop well inside that, its schedulers before the executors they feed, and a push in flight must
 * either finish or stay due for the next replica: nothing is lost.
 */
@ExtendWith(OutputCaptureExtension.class)
class InventoryShutdownIntegrationTest {

    private static final RunningSimulator TIKTOK = TikTokShopSimulator.start(
            io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());
    private static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());

    @Test
    void stopsWithinTheGracePeriodAndAPushInFlightFinishes(CapturedOutput output) {
        InventoryFixtures.seedReferenceData(NETSUITE);
        InventoryFixtures.seedItem(NETSUITE, "4140", "STOP-1", Map.of("101", 9));
        ProductState product = InventoryFixtures.listOnTikTok(TIKTOK, "Stop Tee", "STOP-1");
        ConfigurableApplicationContext service = start();
        InventoryFixtures.publishMapping(service.getBean(EventPublisher.class), service.getBean(EventCodec.class),
                product, "STOP-1", "4140");
        await().atMost(Duration.ofSeconds(30)).until(() -> tiktokStock() == 9);

        // TikTok takes 2 s over the next update; the service is stopped while it is on the wire.
        TIKTOK.control().setLatency("update_inventory", Duration.ofSeconds(2));
        long updates = TIKTOK.control().callCount("update_inventory");
        NETSUITE.account().adjustStock(new StockAdjustment("4140", "101", BigDecimal.valueOf(4), null));
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> claimed(jdbc));
        long stopping = System.nanoTime();
        service.close();
        Duration stopTook = Duration.ofNanos(System.nanoTime() - stopping);
        TIKTOK.control().setLatency("update_inventory", Duration.ZERO);

        assertThat(stopTook).isLessThan(Duration.ofSeconds(15));
        assertThat(output).doesNotContain("RejectedExecutionException");
        assertThat(TIKTOK.control().callCount("update_inventory")).isEqualTo(updates + 1);
        assertThat(tiktokStock()).as("the update on the wire was waited for").isEqualTo(4);

        ConfigurableApplicationContext restarted = start();
        try {
            JdbcTemplate again = restarted.getBean(JdbcTemplate.class);
            assertThat(again.queryForObject("select accepted_quantity from inventory_level where seller_sku = 'STOP-1'",
                    Integer.class)).isEqualTo(4);
        } finally {
            restarted.close();
        }
    }

    private static boolean claimed(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.query("select claimed_version is not null from inventory_level "
                + "where seller_sku = 'STOP-1' and sellable = 4", rs -> rs.next() && rs.getBoolean(1)));
    }

    private static int tiktokStock() {
        return TIKTOK.control().sku(US_SHOP, "STOP-1").stockIn(EAST);
    }

    private static ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>();
        InventoryFixtures.register((name, value) -> args.add("--" + name + "=" + value.get()), TIKTOK, NETSUITE,
                "inventory_shutdown_test_tokens.shop_token");
        args.addAll(List.of("--hub.inventory.poll-interval=200ms", "--hub.inventory.watermark-overlap=1s",
                "--hub.inventory.push-interval=50ms", "--hub.inventory.movement-interval=100ms",
                "--hub.inventory.push-call-deadline=5s", "--hub.inventory.push-claim-timeout=10s"));
        return EmbeddedHubApplication.start(InventorySyncApplication.class, "inventory_shutdown_test",
                args.toArray(String[]::new));
    }
}
