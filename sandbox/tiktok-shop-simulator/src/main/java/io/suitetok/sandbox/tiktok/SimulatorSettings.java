package io.suitetok.sandbox.tiktok;

import io.suitetok.sandbox.tiktok.webhooks.DeliveryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * How a simulator instance behaves. Defaults match TikTok where the reference knows it (7-day
 * access tokens, 365-day refresh tokens, 30-minute auth codes, 3 s webhook acknowledgement,
 * retries at 2 min, 30 min, 3 h, 12 h) and the README where it does not.
 *
 * @param port                 HTTP port; 0 picks a free one (tests)
 * @param appKey               the only app_key the simulator accepts
 * @param appSecret            its secret: signs requests and webhooks
 * @param accessTokenLifetime  how long an access token lives (absolute expiry is returned)
 * @param refreshTokenLifetime how long a refresh token lives
 * @param auditDelay           how long a product stays PENDING before its audit; zero audits at once
 * @param manualAudit          keep products PENDING until the control API decides the audit
 * @param defaultQps           calls per second per endpoint and shop before 429; 0 = unlimited
 * @param qpsPerEndpoint       per endpoint name (see {@code Endpoints}) overrides of defaultQps
 * @param seedCatalog          list a small live catalogue in each default shop at start
 * @param settleOnCompletion   settle an order into the day's statement when it reaches COMPLETED
 * @param webhookUrl           the app's callback URL (Partner Center); shop subscriptions override it
 * @param webhooks             at-least-once delivery behaviour: retries, duplicates, reordering, delay
 * @param clock                the simulator's notion of now
 */
public record SimulatorSettings(
        int port,
        String appKey,
        String appSecret,
        Duration accessTokenLifetime,
        Duration refreshTokenLifetime,
        Duration auditDelay,
        boolean manualAudit,
        int defaultQps,
        Map<String, Integer> qpsPerEndpoint,
        boolean seedCatalog,
        boolean settleOnCompletion,
        String webhookUrl,
        DeliveryPolicy webhooks,
        Clock clock) {

    public static final int DEFAULT_PORT = 18081;
    public static final String DEFAULT_APP_KEY = "sandbox-app-key";
    public static final String DEFAULT_APP_SECRET = "sandbox-app-secret";

    public SimulatorSettings {
        if (appKey == null || appKey.isBlank() || appSecret == null || appSecret.isBlank()) {
            throw new IllegalArgumentException("appKey and appSecret are required");
        }
        qpsPerEndpoint = Map.copyOf(qpsPerEndpoint == null ? Map.of() : qpsPerEndpoint);
        webhooks = webhooks == null ? DeliveryPolicy.defaults() : webhooks;
        clock = clock == null ? Clock.systemUTC() : clock;
        auditDelay = auditDelay == null ? Duration.ZERO : auditDelay;
    }

    /** What the standalone simulator runs with, on the documented port. */
    public static SimulatorSettings defaults() {
        return new SimulatorSettings(DEFAULT_PORT, DEFAULT_APP_KEY, DEFAULT_APP_SECRET, Duration.ofDays(7),
                Duration.ofDays(365), Duration.ZERO, false, 50, Map.of(), true, true, null,
                DeliveryPolicy.defaults(), Clock.systemUTC());
    }

    /** The defaults on a free port: what tests and the local stack start in-process. */
    public static SimulatorSettings forTests() {
        return defaults().withPort(0);
    }

    public SimulatorSettings withPort(int newPort) {
        return new SimulatorSettings(newPort, appKey, appSecret, accessTokenLifetime, refreshTokenLifetime,
                auditDelay, manualAudit, defaultQps, qpsPerEndpoint, seedCatalog, settleOnCompletion, webhookUrl,
                webhooks, clock);
    }

    public SimulatorSettings withCredentials(String newAppKey, String newAppSecret) {
        return new SimulatorSettings(port, newAppKey, newAppSecret, accessTokenLifetime, refreshTokenLifetime,
                auditDelay, manualAudit, defaultQps, qpsPerEndpoint, seedCatalog, settleOnCompletion, webhookUrl,
                webhooks, clock);
    }

    public SimulatorSettings withTokenLifetimes(Duration access, Duration refresh) {
        return new SimulatorSettings(port, appKey, appSecret, access, refresh, auditDelay, manualAudit, defaultQps,
                qpsPerEndpoint, seedCatalog, settleOnCompletion, webhookUrl, webhooks, clock);
    }

    public SimulatorSettings withAudit(Duration delay, boolean manual) {
        return new SimulatorSettings(port, appKey, appSecret, accessTokenLifetime, refreshTokenLifetime, delay,
                manual, defaultQps, qpsPerEndpoint, seedCatalog, settleOnCompletion, webhookUrl, webhooks, clock);
    }

    public SimulatorSettings withQps(int defaultCallsPerSecond, Map<String, Integer> perEndpoint) {
        return new SimulatorSettings(port, appKey, appSecret, accessTokenLifetime, refreshTokenLifetime,
                auditDelay, manualAudit, defaultCallsPerSecond, perEndpoint, seedCatalog, settleOnCompletion,
                webhookUrl, webhooks, clock);
    }

    public SimulatorSettings withSeedCatalog(boolean seed) {
        return new SimulatorSettings(port, appKey, appSecret, accessTokenLifetime, refreshTokenLifetime,
                auditDelay, manualAudit, defaultQps, qpsPerEndpoint, seed, settleOnCompletion, webhookUrl, webhooks,
                clock);
    }

    public SimulatorSettings withSettleOnCompletion(boolean settle) {
        return new SimulatorSettings(port, appKey, appSecret, accessTokenLifetime, refreshTokenLifetime,
                auditDelay, manualAudit, defaultQps, qpsPerEndpoint, seedCatalog, settle, webhookUrl, webhooks,
                clock);
    }

    public SimulatorSettings withWebhooks(String url, DeliveryPolicy policy) {
        return new SimulatorSettings(port, appKey, appSecret, accessTokenLifetime, refreshTokenLifetime,
                auditDelay, manualAudit, defaultQps, qpsPerEndpoint, seedCatalog, settleOnCompletion, url, policy,
                clock);
    }

    public SimulatorSettings withClock(Clock newClock) {
        return new SimulatorSettings(port, appKey, appSecret, accessTokenLifetime, refreshTokenLifetime,
                auditDelay, manualAudit, defaultQps, qpsPerEndpoint, seedCatalog, settleOnCompletion, webhookUrl,
                webhooks, newClock);
    }

    /** The secret never reaches a log line. */
    @Override
    public String toString() {
        return "SimulatorSettings[port=" + port + ", appKey=" + appKey + ", appSecret=***, accessTokenLifetime="
                + accessTokenLifetime + ", defaultQps=" + defaultQps + ", webhookUrl=" + webhookUrl + "]";
    }
}
