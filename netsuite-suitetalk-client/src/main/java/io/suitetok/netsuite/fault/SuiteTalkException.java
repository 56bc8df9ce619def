package io.suitetok.netsuite.fault;

/** A SuiteTalk call that failed for good: retries spent, or a fault that retrying cannot fix. */
public class SuiteTalkException extends RuntimeException {

    private final transient SuiteTalkFault fault;
    private final String operation;
    private final int attempts;

    public SuiteTalkException(String operation, SuiteTalkFault fault, int attempts, Throwable cause) {
        super(operation + " failed after " + attempts + " attempt(s): " + fault.code() + " " + fault.message(), cause);
        this.fault = fault;
        this.operation = operation;
        this.attempts = attempts;
    }

    public SuiteTalkFault fault() {
        return fault;
    }

    public String operation() {
        return operation;
    }

    public int attempts() {
        return attempts;
    }
}
