package io.suitetok.sandbox.netsuite;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.rest.RestNetSuiteGateway;
import org.junit.jupiter.api.Test;

/** The read contract over SuiteTalk REST: SuiteQL for what changed and flat tables, record GETs for the rest. */
class RestReadContractTest extends ReadContract {

    @Override
    protected NetSuiteGateway newGateway() {
        return RestNetSuiteGateway.create(SimulatorTestKit.restConfig(netsuite).withReadPageSize(PAGE_SIZE),
                new SimpleMeterRegistry());
    }

    @Test
    void aCursorOfTheSoapAdapterIsRefusedNotReadAsAnotherPage() {
        assertThatThrownBy(() -> gateway.moreItems("2:WEBSERVICES_1234567_SB1_7"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REST page cursor");
    }
}
