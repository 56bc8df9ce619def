package io.suitetok.netsuite.gateway.soap;

import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.netsuite.config.SuiteTalkConfig;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.soap.SuiteTalkClient;

/** Builds the SOAP gateway for one account: what a service's configuration class calls. */
public final class SoapNetSuiteGatewayFactory {

    private SoapNetSuiteGatewayFactory() {
    }

    public static NetSuiteGateway create(SuiteTalkConfig config, MeterRegistry registry) {
        return create(config, registry, null);
    }

    /** @param priceScheduleTypeId the account's internal id of customrecord_suitetok_price_schedule */
    public static NetSuiteGateway create(SuiteTalkConfig config, MeterRegistry registry, String priceScheduleTypeId) {
        return new SoapNetSuiteGateway(SuiteTalkClient.create(config, registry), priceScheduleTypeId);
    }
}
