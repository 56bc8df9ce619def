package io.suitetok.runtime.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CatalogMappingsSwitchTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CatalogMappingsAutoConfiguration.class));

    @Test
    void aServiceThatDoesNotAskForTheReplicaHasNoListenerAndNoStore() {
        contexts.run(context -> assertThat(context).doesNotHaveBean(SkuMappingReplicaListener.class)
                .doesNotHaveBean(SkuMappingReplica.class));
        contexts.withPropertyValues("hub.catalog-mappings.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(SkuMappingReplicaListener.class));
    }
}
