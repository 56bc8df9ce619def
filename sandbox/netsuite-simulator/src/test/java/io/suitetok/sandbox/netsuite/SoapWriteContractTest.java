package io.suitetok.sandbox.netsuite;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.soap.SoapNetSuiteGatewayFactory;

/** The write contract over SuiteTalk SOAP (TBA). */
class SoapWriteContractTest extends WriteContract {

    @Override
    protected NetSuiteGateway newGateway() {
        return SoapNetSuiteGatewayFactory.create(SimulatorTestKit.config(netsuite), new SimpleMeterRegistry());
    }

    @Override
    protected String createOperation() {
        return "addList";
    }
}
