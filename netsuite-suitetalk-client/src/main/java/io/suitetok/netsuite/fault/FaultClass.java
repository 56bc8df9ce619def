package io.suitetok.netsuite.fault;

/** What to do about a SuiteTalk fault or a failed record. */
public enum FaultClass {

    /** The account's concurrency limit was hit: wait with jittered backoff, hold fewer requests, retry. */
    THROTTLED,

    /** A transient server or network failure: wait with jittered backoff and retry. */
    RETRY,

    /** Someone changed the record meanwhile ({@code RCRD_HAS_BEEN_CHANGED}): read it again, then retry. */
    REREAD_THEN_RETRY,

    /** Bad data, a bad reference, missing permission, bad credentials: retrying cannot help. */
    DO_NOT_RETRY;

    public boolean retryable() {
        return this != DO_NOT_RETRY;
    }
}
