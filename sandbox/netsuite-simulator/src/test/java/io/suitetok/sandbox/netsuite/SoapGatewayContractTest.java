package io.suitetok.sandbox.netsuite;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.soap.SoapNetSuiteGatewayFactory;

/** The gateway contract over SuiteTalk SOAP (TBA). */
class SoapGatewayContractTest extends GatewayContract {

    @Override
    protected NetSuiteGateway newGateway() {
        return SoapNetSuiteGatewayFactory.create(SimulatorTestKit.config(netsuite), new SimpleMeterRegistry());
    }

    @Override
    protected String orderWriteOperation() {
        return "upsertList";
    }
}
