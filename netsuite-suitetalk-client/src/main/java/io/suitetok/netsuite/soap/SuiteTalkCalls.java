package io.suitetok.netsuite.soap;

import com.netsuite.webservices.platform_2025_2.NetSuitePortType;
import io.micrometer.observation.ObservationRegistry;
import io.suitetok.netsuite.auth.TokenPassportSigner;
import io.suitetok.netsuite.config.SuiteTalkConfig;
import io.suitetok.netsuite.fault.FaultClassifier;
import io.suitetok.netsuite.governance.AdaptiveConcurrencyLimit;
import io.suitetok.netsuite.governance.GovernedCalls;
import io.suitetok.netsuite.governance.GovernedCalls.Decision;
import io.suitetok.netsuite.governance.GovernedCalls.FailedAttempt;
import io.suitetok.netsuite.metrics.SuiteTalkMetrics;

/**
 * Runs one SuiteTalk operation through the adapters' shared {@link GovernedCalls} (a slot of the share,
 * fault classes, jittered retries, meters): each try borrows a port, signs a fresh passport and calls it.
 * A write whose outcome is unknown (the answer was lost) is not sent again blind unless it is
 * {@link Replay#SAFE}: the caller reads back what landed instead.
 */
final class SuiteTalkCalls {

    private final PortPool ports;
    private final TokenPassportSigner signer;
    private final FaultClassifier classifier;
    private final GovernedCalls governed;

    SuiteTalkCalls(SuiteTalkConfig config, PortPool ports, TokenPassportSigner signer, AdaptiveConcurrencyLimit limit,
                   FaultClassifier classifier, SuiteTalkMetrics metrics, ObservationRegistry observations) {
        this.ports = ports;
        this.signer = signer;
        this.classifier = classifier;
        this.governed = new GovernedCalls(limit, config.retry(), config.concurrency().permitTimeout(), metrics,
                observations, "check the token, its role and the account id");
    }

    /** One observation per operation, retries and permit waits included: a span {@code netsuite <operation>}. */
    <T> T call(String operation, Replay replay, PortCall<T> call) {
        return governed.call(operation, () -> {
            NetSuitePortType port = ports.borrow();
            try {
                return call.invoke(port, signer.newPassport());
            } catch (Exception e) {
                throw new FailedAttempt(classifier.classify(e), e);
            } finally {
                ports.giveBack(port);
            }
        }, result -> true, failed -> failed.fault().outcomeUnknown() && replay == Replay.UNSAFE ? Decision.STOP
                : Decision.BY_FAULT_CLASS);
    }
}
