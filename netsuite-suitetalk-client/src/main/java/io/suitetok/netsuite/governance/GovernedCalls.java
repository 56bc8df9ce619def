package io.suitetok.netsuite.governance;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.suitetok.netsuite.config.RetryPolicy;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.fault.SuiteTalkFault;
import io.suitetok.netsuite.metrics.SuiteTalkMetrics;
import java.time.Duration;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One NetSuite call as both adapters (SOAP and REST) run it: each try takes a slot of the process's
 * concurrency share, a failed try brings its fault class, a concurrency refusal lowers the share while
 * its slot is still held (once released, a quiet-period raise could move the limit's generation on and
 * the refusal would be ignored), the slot is released before the backoff so a waiting retry never holds
 * one of the account's slots, and retries follow the fault class with jittered backoff. Meters per try
 * and an observation per call (a span {@code netsuite <operation>}, retries and waits included).
 *
 * <p>What differs between the adapters stays with them: how one try is made and classified
 * ({@link Attempt}), and what a fault means beyond its class ({@link AfterFault}: SOAP gives up on a
 * write whose outcome is unknown, REST renews its token once on a 401).
 */
public final class GovernedCalls {

    private static final Logger log = LoggerFactory.getLogger(GovernedCalls.class);

    /** One try, made while a slot of the share is held. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws FailedAttempt;
    }

    /** A try that failed, its fault already classified by the adapter; {@code cause} may be null. */
    public static final class FailedAttempt extends Exception {

        private final transient SuiteTalkFault fault;

        public FailedAttempt(SuiteTalkFault fault, Exception cause) {
            super(fault.code(), cause, false, false);
            this.fault = fault;
        }

        public SuiteTalkFault fault() {
            return fault;
        }

        /** The exception behind the fault, or null when it came from an answer. */
        public Exception failure() {
            return getCause() instanceof Exception e ? e : null;
        }
    }

    /** The adapter's word on a failed try, before the fault class decides. */
    public enum Decision {
        /** The fault class decides: retry after a backoff while it allows and attempts remain. */
        BY_FAULT_CLASS,
        /** Send again at once, not counted as an attempt (a renewed token). */
        AGAIN_NOW,
        /** Stop now whatever the class says (a write whose outcome is unknown must not be sent blind). */
        STOP
    }

    /** Decides after each failed try; may keep state for the one call it was made for. */
    @FunctionalInterface
    public interface AfterFault {
        Decision after(FailedAttempt failed);

        AfterFault BY_FAULT_CLASS = failed -> Decision.BY_FAULT_CLASS;
    }

    private final AdaptiveConcurrencyLimit limit;
    private final JitteredBackoff backoff;
    private final int maxAttempts;
    private final Duration permitTimeout;
    private final SuiteTalkMetrics metrics;
    private final ObservationRegistry observations;
    private final String authenticationHint;

    /**
     * @param authenticationHint what to check when NetSuite refuses the integration, in the adapter's terms
     */
    public GovernedCalls(AdaptiveConcurrencyLimit limit, RetryPolicy retry, Duration permitTimeout,
            SuiteTalkMetrics metrics, ObservationRegistry observations, String authenticationHint) {
        this.limit = limit;
        this.backoff = new JitteredBackoff(retry);
        this.maxAttempts = retry.maxAttempts();
        this.permitTimeout = permitTimeout;
        this.metrics = metrics;
        this.observations = observations;
        this.authenticationHint = authenticationHint;
    }

    /**
     * Runs {@code attempt} until it returns, or a fault ends the call with a {@link SuiteTalkException}.
     *
     * @param succeeded whether a returned value counts as a successful request in the meters (REST returns
     *                  a record's refusal as an answer)
     */
    public <T> T call(String operation, Attempt<T> attempt, Predicate<T> succeeded, AfterFault afterFault) {
        return Observation.createNotStarted("netsuite.call", observations)
                .contextualName("netsuite " + operation)
                .lowCardinalityKeyValue("operation", operation)
                .observe(() -> callWithRetries(operation, attempt, succeeded, afterFault));
    }

    private <T> T callWithRetries(String operation, Attempt<T> attempt, Predicate<T> succeeded,
            AfterFault afterFault) {
        int attempts = 0;
        while (true) {
            attempts++;
            FailedAttempt failed;
            Permit permit = acquire(operation, attempts);
            long started = System.nanoTime();
            try {
                T result = attempt.run();
                metrics.request(operation, System.nanoTime() - started, succeeded.test(result));
                return result;
            } catch (FailedAttempt e) {
                failed = e;
                if (e.fault().throttled()) {
                    limit.throttled(permit);
                }
            } finally {
                limit.release(permit);
            }
            SuiteTalkFault fault = failed.fault();
            metrics.request(operation, System.nanoTime() - started, false);
            metrics.fault(operation, fault);
            Decision decision = afterFault.after(failed);
            if (decision == Decision.AGAIN_NOW) {
                attempts--;
                continue;
            }
            if (fault.faultClass() == FaultClass.AUTHENTICATION) {
                log.error("NetSuite refused the integration on {}: {} {} ({}; records wait and are sent again on a"
                        + " later run)", operation, fault.code(), fault.message(), authenticationHint);
            }
            if (decision == Decision.STOP || !fault.faultClass().retryNow() || attempts >= maxAttempts) {
                throw new SuiteTalkException(operation, fault, attempts, failed.failure());
            }
            metrics.retry(operation, fault);
            log.debug("NetSuite {} attempt {} failed with {} ({}), retrying", operation, attempts, fault.code(),
                    fault.faultClass());
            sleep(operation, fault, attempts, failed.failure());
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
            throw new SuiteTalkException(operation, new SuiteTalkFault("HUB_INTERRUPTED",
                    "interrupted while waiting for a permit", FaultClass.RETRY, false), attempt - 1, e);
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
}
