package io.suitetok.sandbox.netsuite;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.rest.RestNetSuiteGateway;

/** The write contract over SuiteTalk REST (OAuth 2.0 client credentials). */
class RestWriteContractTest extends WriteContract {

    @Override
    protected NetSuiteGateway newGateway() {
        return RestNetSuiteGateway.create(SimulatorTestKit.restConfig(netsuite), new SimpleMeterRegistry());
    }

    @Override
    protected String createOperation() {
        return "rest.record.post";
    }
}
