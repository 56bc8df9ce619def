package io.suitetok.sandbox.tiktok;

import io.suitetok.sandbox.tiktok.webhooks.DeliveryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The standalone simulator's configuration keys ({@code simulator.*}), turned into
 * {@link SimulatorSettings}. In-process starts hand over a settings object instead.
 */
@ConfigurationProperties("simulator")
public class SimulatorProperties {

    private String appKey = SimulatorSettings.DEFAULT_APP_KEY;
    private String appSecret = SimulatorSettings.DEFAULT_APP_SECRET;
    private Duration accessTokenLifetime = Duration.ofDays(7);
    private Duration refreshTokenLifetime = Duration.ofDays(365);
    private Duration auditDelay = Duration.ZERO;
    private boolean manualAudit;
    private int defaultQps = 50;
    private Map<String, Integer> qps = new LinkedHashMap<>();
    private boolean seedCatalog = true;
    private boolean settleOnCompletion = true;
    private final Webhook webhook = new Webhook();

    public SimulatorSettings toSettings(int port) {
        DeliveryPolicy policy = new DeliveryPolicy(webhook.ackTimeout, List.copyOf(webhook.retrySchedule),
                webhook.duplicateProbability, webhook.duplicateCount, webhook.delay, webhook.reorderWindow,
                webhook.includeNotificationId, webhook.randomSeed);
        return new SimulatorSettings(port, appKey, appSecret, accessTokenLifetime, refreshTokenLifetime, auditDelay,
                manualAudit, defaultQps, qps, seedCatalog, settleOnCompletion, blankToNull(webhook.url), policy,
                Clock.systemUTC());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** {@code simulator.webhook.*}: where and how notifications are delivered. */
    public static class Webhook {
        private String url;
        private Duration ackTimeout = Duration.ofSeconds(3);
        private List<Duration> retrySchedule = new ArrayList<>(DeliveryPolicy.TIKTOK_RETRIES);
        private double duplicateProbability;
        private int duplicateCount = 1;
        private Duration delay = Duration.ZERO;
        private Duration reorderWindow = Duration.ZERO;
        private boolean includeNotificationId = true;
        private long randomSeed = 42;

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public Duration getAckTimeout() {
            return ackTimeout;
        }

        public void setAckTimeout(Duration ackTimeout) {
            this.ackTimeout = ackTimeout;
        }

        public List<Duration> getRetrySchedule() {
            return retrySchedule;
        }

        public void setRetrySchedule(List<Duration> retrySchedule) {
            this.retrySchedule = retrySchedule;
        }

        public double getDuplicateProbability() {
            return duplicateProbability;
        }

        public void setDuplicateProbability(double duplicateProbability) {
            this.duplicateProbability = duplicateProbability;
        }

        public int getDuplicateCount() {
            return duplicateCount;
        }

        public void setDuplicateCount(int duplicateCount) {
            this.duplicateCount = duplicateCount;
        }

        public Duration getDelay() {
            return delay;
        }

        public void setDelay(Duration delay) {
            this.delay = delay;
        }

        public Duration getReorderWindow() {
            return reorderWindow;
        }

        public void setReorderWindow(Duration reorderWindow) {
            this.reorderWindow = reorderWindow;
        }

        public boolean isIncludeNotificationId() {
            return includeNotificationId;
        }

        public void setIncludeNotificationId(boolean includeNotificationId) {
            this.includeNotificationId = includeNotificationId;
        }

        public long getRandomSeed() {
            return randomSeed;
        }

        public void setRandomSeed(long randomSeed) {
            this.randomSeed = randomSeed;
        }
    }

    public Webhook getWebhook() {
        return webhook;
    }

    public String getAppKey() {
        return appKey;
    }

    public void setAppKey(String appKey) {
        this.appKey = appKey;
    }

    public String getAppSecret() {
        return appSecret;
    }

    public void setAppSecret(String appSecret) {
        this.appSecret = appSecret;
    }

    public Duration getAccessTokenLifetime() {
        return accessTokenLifetime;
    }

    public void setAccessTokenLifetime(Duration accessTokenLifetime) {
        this.accessTokenLifetime = accessTokenLifetime;
    }

    public Duration getRefreshTokenLifetime() {
        return refreshTokenLifetime;
    }

    public void setRefreshTokenLifetime(Duration refreshTokenLifetime) {
        this.refreshTokenLifetime = refreshTokenLifetime;
    }

    public Duration getAuditDelay() {
        return auditDelay;
    }

    public void setAuditDelay(Duration auditDelay) {
        this.auditDelay = auditDelay;
    }

    public boolean isManualAudit() {
        return manualAudit;
    }

    public void setManualAudit(boolean manualAudit) {
        this.manualAudit = manualAudit;
    }

    public int getDefaultQps() {
        return defaultQps;
    }

    public void setDefaultQps(int defaultQps) {
        this.defaultQps = defaultQps;
    }

    public Map<String, Integer> getQps() {
        return qps;
    }

    public void setQps(Map<String, Integer> qps) {
        this.qps = qps;
    }

    public boolean isSeedCatalog() {
        return seedCatalog;
    }

    public void setSeedCatalog(boolean seedCatalog) {
        this.seedCatalog = seedCatalog;
    }

    public boolean isSettleOnCompletion() {
        return settleOnCompletion;
    }

    public void setSettleOnCompletion(boolean settleOnCompletion) {
        this.settleOnCompletion = settleOnCompletion;
    }
}
