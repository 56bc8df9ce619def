package io.suitetok.sandbox.tiktok.products;

import io.suitetok.sandbox.tiktok.SimulatorSettings;
import io.suitetok.sandbox.tiktok.StateLock;
import io.suitetok.sandbox.tiktok.webhooks.WebhookEvents;
import io.suitetok.sandbox.tiktok.webhooks.WebhookTypes;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * TikTok audits every create, edit and activation asynchronously: the product is PENDING until
 * the audit passes (ACTIVATE) or fails (FAILED, with reasons). Here the audit runs at once, after
 * a delay, or when the control API decides it (manual mode). Products carrying a seller SKU marked
 * to fail are refused. The outcome goes out as webhook type 5.
 */
@Component
public class ProductAudit implements DisposableBean {

    static final String FIRST_PASS = "PRODUCT_FIRST_PASS_REVIEW";
    static final String STATUS_CHANGED = "PRODUCT_STATUS_CHANGED";
    static final String AUDIT_FAILURE = "PRODUCT_AUDIT_FAILURE";

    private final SimulatorSettings settings;
    private final StateLock lock;
    private final WebhookEvents events;
    private final Clock clock;
    private final Set<String> failingSellerSkus = new HashSet<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tiktok-sim-audit");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean manual;

    public ProductAudit(SimulatorSettings settings, StateLock lock, WebhookEvents events, Clock clock) {
        this.settings = settings;
        this.lock = lock;
        this.events = events;
        this.clock = clock;
        this.manual = settings.manualAudit();
    }

    /** Puts the product in PENDING and starts its audit. Called under the state lock. */
    void submit(SimProduct product) {
        product.status = ProductStatus.PENDING;
        product.auditFailureReasons = List.of();
        int revision = ++product.auditRevision;
        if (manual) {
            return;
        }
        if (settings.auditDelay().isZero()) {
            decide(product, null, null);
            return;
        }
        scheduler.schedule(() -> lock.run(() -> {
            if (product.status == ProductStatus.PENDING && product.auditRevision == revision) {
                decide(product, null, null);
            }
        }), settings.auditDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Ends the audit of a PENDING product. Called under the state lock.
     *
     * @param pass   the control API's verdict, or null to apply the failure rules
     * @param reason why it failed, or null for the rule's reason
     */
    void decide(SimProduct product, Boolean pass, String reason) {
        boolean fails = pass != null ? !pass : product.skus.stream().anyMatch(sku -> failsAudit(sku.sellerSku));
        long now = clock.instant().getEpochSecond();
        String outcome;
        if (fails) {
            product.status = ProductStatus.FAILED;
            product.auditFailureReasons = List.of(reason != null ? reason
                    : "The product information violates the listing policy (simulated audit failure)");
            outcome = AUDIT_FAILURE;
        } else {
            product.status = ProductStatus.ACTIVATE;
            outcome = product.everActivated ? STATUS_CHANGED : FIRST_PASS;
            product.everActivated = true;
        }
        product.touch(now);
        announceStatus(product, outcome);
    }

    void announceStatus(SimProduct product, String outcome) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("product_id", product.id);
        data.put("status", outcome);
        data.put("suspended_reason", "");
        data.put("update_time", product.updateTime);
        events.publish(product.shopId, WebhookTypes.PRODUCT_STATUS_CHANGE, data);
    }

    private boolean failsAudit(String sellerSku) {
        synchronized (failingSellerSkus) {
            return sellerSku != null && failingSellerSkus.contains(sellerSku);
        }
    }

    public void failProductsWithSellerSku(String sellerSku) {
        synchronized (failingSellerSkus) {
            failingSellerSkus.add(sellerSku);
        }
    }

    public void setManual(boolean manualAudit) {
        this.manual = manualAudit;
    }

    public boolean isManual() {
        return manual;
    }

    public void reset() {
        synchronized (failingSellerSkus) {
            failingSellerSkus.clear();
        }
        manual = settings.manualAudit();
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
