package io.suitetok.sandbox.netsuite;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.soap.SoapNetSuiteGatewayFactory;

/** The read contract over SuiteTalk SOAP (TBA): searches with searchMoreWithId, getCurrencyRate. */
class SoapReadContractTest extends ReadContract {

    @Override
    protected NetSuiteGateway newGateway() {
        return SoapNetSuiteGatewayFactory.create(SimulatorTestKit.config(netsuite).withSearchPageSize(PAGE_SIZE),
                new SimpleMeterRegistry(), netsuite.account().priceScheduleTypeId());
    }
}
