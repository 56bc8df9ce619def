package io.suitetok.netsuite.soap;

import com.netsuite.webservices.platform_2025_2.NetSuitePortType;
import io.suitetok.netsuite.auth.TokenPassportSigner;
import io.suitetok.netsuite.config.SuiteTalkConfig;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.fault.FaultClassifier;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.fault.SuiteTalkFault;
import io.suitetok.netsuite.governance.AdaptiveConcurrencyLimit;
import io.suitetok.netsuite.governance.JitteredBackoff;
import io.suitetok.netsuite.governance.Permit;
import io.suitetok.netsuite.governance.PermitTimeoutException;
import io.suitetok.netsuite.metrics.SuiteTalkMetrics;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one SuiteTalk operation: takes a slot of the concurrency share, signs a fresh passport, calls
 * the port, classifies a failure, and retries with jittered backoff while the fault allows it. A
 * concurrency fault also lowers the share's limit. The slot is released before the backoff wait, so
 * a waiting retry never holds one of the account's slots.
 */
final class SuiteTalkCalls {

    private static final Logger log = LoggerFactory.getLogger(SuiteTalkCalls.class);

    private final PortPool ports;
    private final TokenPassportSigner signer;
    private final AdaptiveConcurrencyLimit limit;
    private final FaultClassifier classifier;
    private final JitteredBackoff backoff;
    private final SuiteTalkMetrics metrics;
    private final int maxAttempts;
    private final Duration permitTimeout;
    private final ObservationRegistry observations;

    SuiteTalkCalls(SuiteTalkConfig config, PortPool ports, TokenPassportSigner signer, AdaptiveConcurrencyLimit limit,
                   FaultClassifier classifier, SuiteTalkMetrics metrics, ObservationRegistry observations) {
        this.observations = observations;
        this.ports = ports;
        this.signer = signer;
        this.limit = limit;
        this.classifier = classifier;
        this.backoff = new JitteredBackoff(config.retry());
        this.metrics = metrics;
        this.maxAttempts = config.retry().maxAttempts();
        this.permitTimeout = config.concurrency().permitTimeout();
    }

    /** One observation per operation, retries and permit waits included: a span {@code netsuite <operation>}. */
    <T> T call(String operation, Replay replay, PortCall<T> call) {
        return Observation.createNotStarted("netsuite.call", observations)
                .contextualName("netsuite " + operation)
                .lowCardinalityKeyValue("operation", operation)
                .observe(() -> callWithRetries(operation, replay, call));
    }

    private <T> T callWithRetries(String operation, Replay replay, PortCall<T> call) {
        int attempt = 0;
        while (true) {
            attempt++;
            SuiteTalkFault fault;
            Exception failure;
            Permit permit = acquire(operation, attempt);
            NetSuitePortType port = ports.borrow();
            long started = System.nanoTime();
            try {
                T result = call.invoke(port, signer.newPassport());
                metrics.request(operation, System.nanoTime() - started, true);
                return result;
            } catch (Exception e) {
                failure = e;
                fault = classifier.classify(e);
                metrics.request(operation, System.nanoTime() - started, false);
                metrics.fault(operation, fault);
                if (fault.throttled()) {
                    limit.throttled(permit);
                }
            } finally {
                ports.giveBack(port);
                limit.release(permit);
            }
            boolean lostWrite = fault.outcomeUnknown() && replay == Replay.UNSAFE;
            if (fault.faultClass() == FaultClass.AUTHENTICATION) {
                log.error("NetSuite refused the integration on {}: {} {} (check the token, its role and the account id;"
                        + " records wait and are sent again on a later run)", operation, fault.code(), fault.message());
            }
            if (!fault.faultClass().retryNow() || lostWrite || attempt >= maxAttempts) {
                throw new SuiteTalkException(operation, fault, attempt, failure);
            }
            metrics.retry(operation, fault);
            log.debug("SuiteTalk {} attempt {} failed with {} ({}), retrying", operation, attempt, fault.code(),
                    fault.faultClass());
            sleep(operation, fault, attempt, failure);
        }
    }

    private Permit acquire(String operation, int attempt) {
        try {
            return limit.acquire(permitTimeout);
        } catch (PermitTimeoutException e) {
            throw new SuiteTalkException(operation,
                    new SuiteTalkFault(SuiteTalkFault.PERMIT_TIMEOUT, e.getMessage(), FaultClass.RETRY, false),
                    attempt - 1, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(operation, attempt - 1, e);
        }
    }

    private void sleep(String operation, SuiteTalkFault fault, int attempt, Exception failure) {
        try {
            Thread.sleep(backoff.delayAfter(attempt).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            SuiteTalkException interrupted = new SuiteTalkException(operation, fault, attempt, failure);
            interrupted.addSuppressed(e);
            throw interrupted;
        }
    }

    private static SuiteTalkException interrupted(String operation, int attempts, InterruptedException e) {
        return new SuiteTalkException(operation,
                new SuiteTalkFault("HUB_INTERRUPTED", "interrupted while waiting for a permit", FaultClass.RETRY,
                        false),
                attempts, e);
    }
}
