package io.suitetok.sandbox.tiktok.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One copy of one notification and every attempt to deliver it (the inspection log). */
public final class WebhookDelivery {

    public enum State { PENDING, RETRYING, DELIVERED, GAVE_UP, NO_TARGET }

    private final long sequence;
    private final String notificationId;
    private final int type;
    private final String shopId;
    private final int copy;
    private final byte[] body;
    private final String signature;
    private final long createdAtMillis;
    private final List<Attempt> attempts = new ArrayList<>();
    private State state = State.PENDING;

    WebhookDelivery(long sequence, String notificationId, int type, String shopId, int copy, byte[] body,
            String signature, long createdAtMillis) {
        this.sequence = sequence;
        this.notificationId = notificationId;
        this.type = type;
        this.shopId = shopId;
        this.copy = copy;
        this.body = body;
        this.signature = signature;
        this.createdAtMillis = createdAtMillis;
    }

    byte[] body() {
        return body;
    }

    String signature() {
        return signature;
    }

    String shopId() {
        return shopId;
    }

    int type() {
        return type;
    }

    synchronized int record(Attempt attempt, State next) {
        attempts.add(attempt);
        state = next;
        return attempts.size();
    }

    synchronized void mark(State next) {
        state = next;
    }

    synchronized int attemptCount() {
        return attempts.size();
    }

    public synchronized View view() {
        return new View(sequence, notificationId, type, EventTypes.name(type), shopId, copy,
                new String(body, StandardCharsets.UTF_8), signature, state.name(), createdAtMillis,
                List.copyOf(attempts));
    }

    /**
     * @param copy 1 for the original, 2 and up for duplicates of the same notification
     */
    public record View(long sequence, String notificationId, int type, String eventType, String shopId, int copy,
            String body, String signature, String state, long createdAtMillis, List<Attempt> attempts) {
    }

    /** @param httpStatus the receiver's status, or 0 when it did not answer in time or at all */
    public record Attempt(int number, long atMillis, String url, int httpStatus, String error, long durationMillis) {
    }
}
