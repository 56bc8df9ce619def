package io.suitetok.localstack;

import io.suitetok.sandbox.tiktok.webhooks.WebhookDelivery;
import java.time.Duration;
import java.util.List;

/**
 * {@code webhooks}: from the catalogue on, TikTok sends every notification three times (same body, same
 * {@code tts_notification_id}) and each copy waits a random time up to three seconds first, so that the copies
 * of nearby orders and of one order's successive changes arrive shuffled: a cancellation may come before the
 * order's creation, and the third copy of a change after the next change.
 */
final class WebhooksTripled implements DayFault {

    static final Duration SHUFFLE_WINDOW = Duration.ofSeconds(3);

    private long notifications;
    private long copies;

    @Override
    public String name() {
        return "webhooks x3, shuffled";
    }

    @Override
    public void onPhase(DayPhase phase, Simulators simulators, RunningHub hub) {
        var control = simulators.tiktok.control();
        if (phase == DayPhase.CATALOGUE) {
            control.setDeliveryPolicy(control.deliveryPolicy().withDuplicates(1.0, 2)
                    .withTiming(Duration.ZERO, SHUFFLE_WINDOW));
        } else if (phase == DayPhase.OVER) {
            List<WebhookDelivery.View> sent = control.webhooks();
            copies = sent.size();
            notifications = sent.stream().map(WebhookDelivery.View::notificationId).distinct().count();
        }
    }

    @Override
    public String injected() {
        return notifications + " notifications sent as " + copies + " copies";
    }
}
