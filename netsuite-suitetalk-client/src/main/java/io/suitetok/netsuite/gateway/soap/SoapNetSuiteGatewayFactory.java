package io.suitetok.netsuite.gateway.soap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
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
        return create(config, registry, priceScheduleTypeId, ObservationRegistry.NOOP);
    }

    /** @param observations spans {@code netsuite <operation>} around each SuiteTalk operation when traced */
    public static NetSuiteGateway create(SuiteTalkConfig config, MeterRegistry registry, String priceScheduleTypeId,
            ObservationRegistry observations) {
        return new SoapNetSuiteGateway(SuiteTalkClient.create(config, registry,
                new io.suitetok.netsuite.auth.TokenPassportSigner(config.credentials()), observations),
                priceScheduleTypeId);
    }
}
