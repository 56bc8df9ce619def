package io.suitetok.model.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HubTopicTest {

    @Test
    void everyTopicFollowsTheNamingConventionAndIsUnique() {
        assertThat(Arrays.stream(HubTopic.values()).map(HubTopic::topicName))
                .allMatch(name -> name.matches("[a-z]+(\\.[a-z-]+)*\\.v[0-9]+"))
                .doesNotHaveDuplicates();
    }

    @Test
    void stateTopicsAreCompactedAndTheirDeadLettersFollowSpringKafkasConvention() {
        assertThat(HubTopic.CATALOG_SKU_MAPPINGS.cleanupPolicy()).isEqualTo(CleanupPolicy.COMPACT);
        assertThat(HubTopic.INVENTORY_LEVELS.cleanupPolicy()).isEqualTo(CleanupPolicy.COMPACT);
        assertThat(HubTopic.PRICING_PRICES.cleanupPolicy()).isEqualTo(CleanupPolicy.COMPACT);
        assertThat(HubTopic.ORDERS.cleanupPolicy()).isEqualTo(CleanupPolicy.DELETE);
        assertThat(HubTopic.ORDERS.deadLetterName()).isEqualTo("orders.v1.DLT");
    }
}
