package io.suitetok.inventory.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration that would oversell is refused at start-up. */
class InventoryPropertiesTest {

    private static ShopInventorySettings shop(String shopId, Map<String, String> locations) {
        return new ShopInventorySettings(shopId, locations, null, Map.of(), "0", 99_999, 0, false);
    }

    private static InventoryProperties properties(List<ShopInventorySettings> shops, Duration deadline, Duration claim) {
        return new InventoryProperties(shops, true, Duration.ofMinutes(1), Duration.ofMinutes(2), true,
                Duration.ofHours(6), true, Duration.ofSeconds(1), true, Duration.ofMillis(500), 4, 2000,
                Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofMinutes(5), 1000, "secret", deadline, claim,
                Duration.ofSeconds(5), Duration.ofHours(1));
    }

    @Test
    void oneLocationFeedingTwoShopsIsRefused() {
        List<ShopInventorySettings> shops = List.of(shop("US", Map.of("101", "EAST")), shop("UK", Map.of("101", "MID")));

        assertThatThrownBy(() -> properties(shops, Duration.ofSeconds(60), Duration.ofMinutes(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101").hasMessageContaining("US")
                .hasMessageContaining("UK");
    }

    @Test
    void severalLocationsMayFeedOneShop() {
        List<ShopInventorySettings> shops = List.of(shop("US", Map.of("101", "EAST", "102", "EAST")),
                shop("UK", Map.of("201", "MID")));

        assertThat(properties(shops, Duration.ofSeconds(60), Duration.ofMinutes(2)).mappedLocations())
                .containsExactly("101", "102", "201");
    }

    @Test
    void aCallDeadlineThatCouldOutliveItsClaimIsRefused() {
        assertThatThrownBy(() -> properties(List.of(), Duration.ofSeconds(90), Duration.ofMinutes(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("push-call-deadline");
    }

    @Test
    void anOrderNamingAWarehouseTheShopDoesNotListCountsAgainstTheDefault() {
        Map<String, String> locations = new java.util.LinkedHashMap<>();
        locations.put("101", "EAST");
        locations.put("102", "WEST");
        ShopInventorySettings us = shop("US", locations);

        assertThat(us.orderWarehouse("WEST")).isEqualTo("WEST");
        assertThat(us.orderWarehouse("SOMEWHERE")).isEqualTo("EAST");
        assertThat(us.isUnknownWarehouse("SOMEWHERE")).isTrue();
        assertThat(us.orderWarehouse(null)).isEqualTo("EAST");
        assertThat(us.isUnknownWarehouse(null)).isFalse();
    }
}
