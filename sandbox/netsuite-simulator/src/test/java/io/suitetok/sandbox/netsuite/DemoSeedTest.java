package io.suitetok.sandbox.netsuite;

import static org.assertj.core.api.Assertions.assertThat;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import io.suitetok.sandbox.netsuite.seed.PricingChange;
import io.suitetok.sandbox.netsuite.seed.PricingResult;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import io.suitetok.sandbox.netsuite.seed.SeedResult;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The demo data the standalone simulator starts with. */
class DemoSeedTest {

    @Test
    void theBundledDemoSeedLoadsIntoAnAccount() throws Exception {
        try (NetSuiteSimulator netsuite = NetSuiteSimulator.start(SimulatorSettings.forTests());
             InputStream demo = DemoSeedTest.class.getResourceAsStream("/demo-seed.json")) {
            SeedResult result = netsuite.account().seed(JsonMapper.builder().build().readValue(demo, SeedRequest.class));

            assertThat(result.id("items", "TEE-BLK-M")).isEqualTo("5120");
            // settlement-service's demo configuration (docker/config/settlement-service.yml) posts to these.
            assertThat(result.id("accounts", "1010")).isEqualTo("1010");
            assertThat(result.id("accounts", "1191")).isEqualTo("1191");
            assertThat(netsuite.account().records(InventoryItem.class)).hasSize(4);
            assertThat(netsuite.account().stock("5120", "2")).hasValueSatisfying(
                    level -> assertThat(level.available()).isEqualByComparingTo("140"));
            assertThat(SimulatorTestKit.client(netsuite).getServerTime()).isNotNull();
        }
    }

    @Test
    void theDemoPricingLoadsOnTopWithoutChangingTheSeededPrices() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        try (NetSuiteSimulator netsuite = NetSuiteSimulator.start(SimulatorSettings.forTests());
             InputStream demo = DemoSeedTest.class.getResourceAsStream("/demo-seed.json");
             InputStream pricing = DemoSeedTest.class.getResourceAsStream("/demo-pricing.json")) {
            netsuite.account().seed(json.readValue(demo, SeedRequest.class));
            String teeBefore = netsuite.account().xml(netsuite.account().records(InventoryItem.class).get(1));

            PricingResult result = netsuite.account().changePricing(json.readValue(pricing, PricingChange.class));

            assertThat(result.schedules()).hasSize(1);
            assertThat(result.promotions()).hasSize(2);
            assertThat(netsuite.account().pricing().currencyRates()).hasSize(2);
            assertThat(netsuite.account().xml(netsuite.account().records(InventoryItem.class).get(1)))
                    .isEqualTo(teeBefore);
        }
    }
}
