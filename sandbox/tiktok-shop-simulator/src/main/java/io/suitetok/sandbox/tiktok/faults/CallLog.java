package io.suitetok.sandbox.tiktok.faults;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Every call that reached the TikTok side of the simulator, accepted or refused, newest last.
 * Tests use it to assert what the hub sent (or that it sent nothing).
 */
@Component
public class CallLog {

    private static final int CAPACITY = 20_000;

    private final Deque<CallRecord> calls = new ArrayDeque<>();

    public synchronized void record(CallRecord call) {
        if (calls.size() == CAPACITY) {
            calls.pollFirst();
        }
        calls.addLast(call);
    }

    public synchronized List<CallRecord> all() {
        return List.copyOf(calls);
    }

    public synchronized List<CallRecord> forEndpoint(String endpoint) {
        return calls.stream().filter(call -> endpoint.equals(call.endpoint())).toList();
    }

    public synchronized long count(String endpoint) {
        return calls.stream().filter(call -> endpoint.equals(call.endpoint())).count();
    }

    public synchronized void clear() {
        calls.clear();
    }

    /**
     * @param endpoint the endpoint name from the client's table, or null when the path is unknown
     * @param code     TikTok's code in the answer (0 on success)
     */
    public record CallRecord(long atMillis, String method, String path, String endpoint, String shopId,
            int httpStatus, long code, String message, String requestId) {
    }
}
