package io.suitetok.sandbox.tiktok.webhooks;

import java.time.Duration;
import java.util.List;

/**
 * How webhooks are delivered, at least once. TikTok's own behaviour is the default: a receiver
 * must answer 200 within 3 s, otherwise the notification is retried at about 2 min, 30 min, 3 h
 * and 12 h. Tests shorten the schedule and turn on duplicates, reordering and delay.
 *
 * @param ackTimeout            how long the receiver has to answer 200
 * @param retrySchedule         the waits before each retry; its size is the number of retries
 * @param duplicateProbability  chance (0 to 1) that a notification is sent more than once
 * @param duplicateCount        extra copies sent when it is (same body, same tts_notification_id)
 * @param delay                 fixed wait before the first attempt
 * @param reorderWindow         each copy waits a further random time below this, so that
 *                              notifications close together may arrive out of order
 * @param includeNotificationId whether the envelope carries tts_notification_id (older ones did not)
 * @param randomSeed            seed of the choices above, for reproducible runs
 */
public record DeliveryPolicy(Duration ackTimeout, List<Duration> retrySchedule, double duplicateProbability,
        int duplicateCount, Duration delay, Duration reorderWindow, boolean includeNotificationId, long randomSeed) {

    public static final List<Duration> TIKTOK_RETRIES = List.of(Duration.ofMinutes(2), Duration.ofMinutes(30),
            Duration.ofHours(3), Duration.ofHours(12));

    public DeliveryPolicy {
        ackTimeout = ackTimeout == null ? Duration.ofSeconds(3) : ackTimeout;
        retrySchedule = List.copyOf(retrySchedule == null ? TIKTOK_RETRIES : retrySchedule);
        delay = delay == null ? Duration.ZERO : delay;
        reorderWindow = reorderWindow == null ? Duration.ZERO : reorderWindow;
        if (duplicateProbability < 0 || duplicateProbability > 1) {
            throw new IllegalArgumentException("duplicateProbability must be within [0, 1]");
        }
        if (duplicateCount < 0) {
            throw new IllegalArgumentException("duplicateCount must not be negative");
        }
    }

    public static DeliveryPolicy defaults() {
        return new DeliveryPolicy(Duration.ofSeconds(3), TIKTOK_RETRIES, 0, 1, Duration.ZERO, Duration.ZERO, true, 42);
    }

    public DeliveryPolicy withRetries(Duration ackWithin, List<Duration> schedule) {
        return new DeliveryPolicy(ackWithin, schedule, duplicateProbability, duplicateCount, delay, reorderWindow,
                includeNotificationId, randomSeed);
    }

    public DeliveryPolicy withDuplicates(double probability, int extraCopies) {
        return new DeliveryPolicy(ackTimeout, retrySchedule, probability, extraCopies, delay, reorderWindow,
                includeNotificationId, randomSeed);
    }

    public DeliveryPolicy withTiming(Duration fixedDelay, Duration reorderWithin) {
        return new DeliveryPolicy(ackTimeout, retrySchedule, duplicateProbability, duplicateCount, fixedDelay,
                reorderWithin, includeNotificationId, randomSeed);
    }

    public DeliveryPolicy withNotificationId(boolean include) {
        return new DeliveryPolicy(ackTimeout, retrySchedule, duplicateProbability, duplicateCount, delay,
                reorderWindow, include, randomSeed);
    }
}
