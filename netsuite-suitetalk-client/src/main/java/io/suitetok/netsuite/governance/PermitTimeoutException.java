package io.suitetok.netsuite.governance;

import java.time.Duration;

/** No slot of the concurrency share came free in time. */
public class PermitTimeoutException extends RuntimeException {

    public PermitTimeoutException(Duration waited, int limit) {
        super("no SuiteTalk concurrency permit within " + waited + " (limit " + limit + ")");
    }
}
