package io.suitetok.sandbox.tiktok.webhooks;

import io.suitetok.sandbox.tiktok.IdSequence;
import io.suitetok.sandbox.tiktok.SimulatorSettings;
import io.suitetok.sandbox.tiktok.webhooks.WebhookDelivery.Attempt;
import io.suitetok.sandbox.tiktok.webhooks.WebhookDelivery.State;
import io.suitetok.sandbox.tiktok.protocol.WireJson;
import io.suitetok.sandbox.tiktok.protocol.RequestSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends webhooks the way TikTok does: a POST of the envelope
 * {@code {type, tts_notification_id, shop_id, timestamp, data}} with {@code Authorization} set to the
 * HMAC of app key + raw body (computed by the simulator's own {@link RequestSignature#ofWebhook}), at least
 * once: a receiver that does not answer 200 within the acknowledgement time is tried again on the
 * retry schedule, and the policy can add duplicates, delay and reordering. Every attempt is kept
 * for inspection.
 */
@Component
public class WebhookDispatcher implements WebhookEvents, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final SimulatorSettings settings;
    private final WebhookSubscriptions subscriptions;
    private final IdSequence ids;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService scheduler;
    private final List<WebhookDelivery> deliveries = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    /** Deliveries scheduled before a reset belong to an older generation and are dropped. */
    private final AtomicInteger generation = new AtomicInteger();
    private volatile DeliveryPolicy policy;
    private volatile String targetUrl;
    private Random random;

    public WebhookDispatcher(SimulatorSettings settings, WebhookSubscriptions subscriptions, IdSequence ids,
            Clock clock) {
        this.settings = settings;
        this.subscriptions = subscriptions;
        this.ids = ids;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.scheduler = Executors.newScheduledThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "tiktok-sim-webhook-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        reset();
    }

    @Override
    public void publish(String shopId, int type, Map<String, Object> data) {
        DeliveryPolicy current = policy;
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("type", type);
        if (current.includeNotificationId()) {
            envelope.put("tts_notification_id", ids.next("notification"));
        }
        envelope.put("shop_id", shopId);
        envelope.put("timestamp", clock.instant().getEpochSecond());
        envelope.put("data", data);
        byte[] body = WireJson.mapper().writeValueAsBytes(envelope);
        String signature = RequestSignature.ofWebhook(settings.appKey(), settings.appSecret(), body);
        int copies;
        long[] waits;
        synchronized (this) {
            copies = 1 + (random.nextDouble() < current.duplicateProbability() ? current.duplicateCount() : 0);
            waits = new long[copies];
            for (int copy = 0; copy < copies; copy++) {
                long window = current.reorderWindow().toMillis();
                waits[copy] = current.delay().toMillis() + (window > 0 ? (long) (random.nextDouble() * window) : 0);
            }
        }
        int scheduledIn = generation.get();
        for (int copy = 0; copy < copies; copy++) {
            WebhookDelivery delivery = new WebhookDelivery(sequence.incrementAndGet(),
                    (String) envelope.get("tts_notification_id"), type, shopId, copy + 1, body, signature,
                    clock.millis());
            synchronized (deliveries) {
                deliveries.add(delivery);
            }
            scheduler.schedule(() -> attempt(delivery, scheduledIn), waits[copy], TimeUnit.MILLISECONDS);
        }
    }

    private void attempt(WebhookDelivery delivery, int scheduledIn) {
        if (scheduledIn != generation.get()) {
            return;
        }
        DeliveryPolicy current = policy;
        String url = subscriptions.addressFor(delivery.shopId(), EventTypes.name(delivery.type())).orElse(targetUrl);
        if (url == null) {
            delivery.mark(State.NO_TARGET);
            return;
        }
        long started = System.nanoTime();
        int status = 0;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(current.ackTimeout())
                    .header("Content-Type", "application/json")
                    .header("Authorization", delivery.signature())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body())).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                error = "answered HTTP " + status;
            }
        } catch (HttpTimeoutException e) {
            error = "no answer within " + current.ackTimeout().toMillis() + " ms";
        } catch (IOException | IllegalArgumentException e) {
            error = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long took = (System.nanoTime() - started) / 1_000_000;
        int done = delivery.attemptCount();
        boolean delivered = status == 200;
        boolean retry = !delivered && done < current.retrySchedule().size();
        delivery.record(new Attempt(done + 1, clock.millis(), url, status, error, took),
                delivered ? State.DELIVERED : retry ? State.RETRYING : State.GAVE_UP);
        if (retry) {
            scheduler.schedule(() -> attempt(delivery, scheduledIn), current.retrySchedule().get(done).toMillis(),
                    TimeUnit.MILLISECONDS);
        } else if (!delivered) {
            log.info("webhook {} to {} given up after {} attempts", delivery.view().notificationId(), url, done + 1);
        }
    }

    public void setTarget(String url) {
        this.targetUrl = url;
    }

    public String target() {
        return targetUrl;
    }

    public synchronized void setPolicy(DeliveryPolicy newPolicy) {
        this.policy = newPolicy;
        this.random = new Random(newPolicy.randomSeed());
    }

    public DeliveryPolicy policy() {
        return policy;
    }

    public List<WebhookDelivery.View> deliveries() {
        synchronized (deliveries) {
            return deliveries.stream().map(WebhookDelivery::view).toList();
        }
    }

    /** Back to the configured target and policy, with an empty log and nothing in flight. */
    public void reset() {
        generation.incrementAndGet();
        synchronized (deliveries) {
            deliveries.clear();
        }
        setPolicy(settings.webhooks());
        targetUrl = settings.webhookUrl();
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
