package io.suitetok.sandbox.netsuite;

import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_BLACK_M;
import static org.assertj.core.api.Assertions.assertThat;

import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.gateway.soap.SoapNetSuiteGatewayFactory;
import io.suitetok.netsuite.rest.RestNetSuiteGateway;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gateway contract over SuiteTalk REST (OAuth 2.0 client credentials), plus what only REST has. */
class RestGatewayContractTest extends GatewayContract {

    @Override
    protected NetSuiteGateway newGateway() {
        return RestNetSuiteGateway.create(SimulatorTestKit.restConfig(netsuite), new SimpleMeterRegistry());
    }

    @Override
    protected String orderWriteOperation() {
        return "rest.record.put";
    }

    @Test
    void anOrderWrittenOverSoapIsUpdatedOverRestNotWrittenTwice() {
        NetSuiteGateway soap = SoapNetSuiteGatewayFactory.create(SimulatorTestKit.config(netsuite),
                new SimpleMeterRegistry());
        WriteOutcome overSoap = soap.upsertSalesOrders(List.of(order("576461413038785752", TEE_BLACK_M))).get(0);

        WriteOutcome overRest = gateway.upsertSalesOrders(List.of(order("576461413038785752", TEE_BLACK_M))).get(0);

        assertThat(overRest).isEqualTo(overSoap);
        assertThat(netsuite.account().records(SalesOrder.class)).hasSize(1);
    }

    @Test
    void anExpiredTokenIsRenewedAndTheWriteGoesThrough() {
        gateway.upsertSalesOrders(List.of(order("576461413038785752", TEE_BLACK_M)));
        netsuite.accessTokens().revokeAll();

        List<WriteOutcome> outcomes = gateway.upsertSalesOrders(List.of(order("576461413038785753", TEE_BLACK_M)));

        assertThat(outcomes).singleElement().satisfies(outcome -> assertThat(outcome.written()).isTrue());
    }

    @Test
    void anIntegrationNetSuiteDoesNotKnowIsAnAuthenticationFaultAndTheRecordWaits() {
        try (RestNetSuiteGateway stranger = RestNetSuiteGateway.create(new io.suitetok.netsuite.rest.RestConfig(
                netsuite.settings().accountId(), "unknown-client", "unknown-cert",
                io.suitetok.sandbox.netsuite.auth.OAuthClient.testPrivateKeyPem(), netsuite.restEndpoint(),
                SimulatorTestKit.restConfig(netsuite).concurrency(), SimulatorTestKit.restConfig(netsuite).retry(),
                java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(10), java.time.Duration.ofMinutes(5)),
                new SimpleMeterRegistry())) {

            WriteOutcome outcome = stranger.upsertSalesOrders(List.of(order("576461413038785752", TEE_BLACK_M)))
                    .get(0);

            assertThat(outcome).isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
                assertThat(rejected.faultClass()).isEqualTo(FaultClass.AUTHENTICATION);
                assertThat(rejected.retryable()).isTrue();
            });
        }
        assertThat(netsuite.account().records(SalesOrder.class)).isEmpty();
    }
}
