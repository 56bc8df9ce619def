package io.suitetok.sandbox.netsuite.faults;

/** The failures the simulator can be told to produce, on the next matching requests. */
public enum FaultKind {

    /** HTTP 503 with an HTML body before anything is processed (a load balancer, a maintenance window). */
    HTTP_503_BEFORE,

    /** UnexpectedErrorFault "An unexpected error occurred." before anything is processed. */
    UNEXPECTED_ERROR,

    /** ExceededConcurrentRequestLimitFault WS_REQUEST_BLOCKED although the account has room. */
    REQUEST_BLOCKED,

    /** The first record of a write is refused with RCRD_HAS_BEEN_CHANGED (someone saved it meanwhile). */
    RECORD_CHANGED,

    /** Holds the request {@code delayMillis} before processing it (slowness). */
    SLOW,

    /** Commits, then closes the connection without an answer: the response is lost. */
    LOSE_RESPONSE_AFTER_COMMIT,

    /** Commits, then answers HTTP 502 with an HTML body. */
    HTTP_502_AFTER_COMMIT,

    /** Commits, then holds the answer {@code delayMillis}, past the caller's read timeout. */
    HANG_AFTER_COMMIT
}
