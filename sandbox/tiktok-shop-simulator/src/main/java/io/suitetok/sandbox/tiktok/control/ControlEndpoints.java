package io.suitetok.sandbox.tiktok.control;

import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.SandboxRefusal;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.sandbox.tiktok.control.ControlViews.ShopInfo;
import io.suitetok.sandbox.tiktok.control.ControlViews.SkuState;
import io.suitetok.sandbox.tiktok.faults.CallLog.CallRecord;
import io.suitetok.sandbox.tiktok.faults.FaultPlan;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.products.Catalog.SkuSeed;
import io.suitetok.sandbox.tiktok.promotions.ActivityView;
import io.suitetok.sandbox.tiktok.promotions.BuyerPrice;
import io.suitetok.sandbox.tiktok.webhooks.DeliveryPolicy;
import io.suitetok.sandbox.tiktok.webhooks.WebhookDelivery;
import io.suitetok.sandbox.tiktok.orders.ExternalOrder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unsigned control and inspection API under {@code /sandbox}, for the local stack and for tests
 * in other processes. JSON is snake_case like TikTok's. Refusals answer 400, 404 or 409 with
 * {@code {"error": "..."}}.
 */
@RestController
@RequestMapping("/sandbox")
public class ControlEndpoints {

    private final SimulatorControl control;

    public ControlEndpoints(SimulatorControl control) {
        this.control = control;
    }

    @PostMapping("/reset")
    public Map<String, String> reset() {
        control.reset();
        return Map.of("status", "reset");
    }

    @GetMapping("/shops")
    public List<ShopInfo> shops() {
        return control.shops();
    }

    @PostMapping("/auth-codes")
    public Map<String, String> authCode(@RequestBody ShopIds body) {
        return Map.of("auth_code", control.issueAuthCode(body.shopIds().toArray(String[]::new)));
    }

    @PostMapping("/tokens/expire")
    public Map<String, Integer> expireTokens(@RequestBody ShopRef body) {
        return Map.of("expired", control.expireAccessTokens(body.shopId()));
    }

    @PostMapping("/shops/{shopId}/deauthorize")
    public Map<String, Integer> deauthorize(@PathVariable String shopId) {
        return Map.of("withdrawn_grants", control.deauthorizeShop(shopId));
    }

    @PostMapping("/shops/{shopId}/authorization-expiry")
    public Map<String, String> warnAuthorizationExpiry(@PathVariable String shopId,
            @RequestBody AuthorizationExpiryBody body) {
        control.warnAuthorizationExpiry(shopId, java.time.Instant.ofEpochSecond(body.expirationTime()));
        return Map.of("sent", "UPCOMING_AUTHORIZATION_EXPIRATION");
    }

    @GetMapping("/products")
    public List<ProductState> products(@RequestParam("shop_id") String shopId) {
        return control.products(shopId);
    }

    @PostMapping("/products")
    public ProductState seedProduct(@RequestBody ProductSeedBody body) {
        return control.seedProduct(body.shopId(), body.title(), body.categoryId(), body.skus());
    }

    @GetMapping("/products/{productId}")
    public ProductState product(@PathVariable String productId) {
        return control.product(productId);
    }

    @PostMapping("/products/{productId}/audit")
    public Map<String, String> decideAudit(@PathVariable String productId, @RequestBody AuditVerdict body) {
        control.decideAudit(productId, Boolean.TRUE.equals(body.pass()), body.reason());
        return Map.of("status", control.product(productId).status());
    }

    @PostMapping("/audit")
    public Map<String, String> auditRules(@RequestBody AuditRules body) {
        if (body.manual() != null) {
            control.setManualAudit(body.manual());
        }
        if (body.failSellerSku() != null) {
            control.failAuditForSellerSku(body.failSellerSku());
        }
        return Map.of("status", "ok");
    }

    @GetMapping("/stock")
    public List<SkuState> stock(@RequestParam("shop_id") String shopId,
            @RequestParam(name = "sku", required = false) String sku) {
        return sku == null ? control.stock(shopId) : List.of(control.sku(shopId, sku));
    }

    @GetMapping("/clock")
    public ClockView clock() {
        return new ClockView(control.now(), control.clockOffset().toSeconds());
    }

    /** Moves the shop's time forward by {@code seconds} (activities begin and end by it). */
    @PostMapping("/clock/advance")
    public ClockView advanceClock(@RequestBody AdvanceBody body) {
        control.advanceClock(Duration.ofSeconds(body.seconds() == null ? 0 : body.seconds()));
        return clock();
    }

    @GetMapping("/promotions")
    public List<ActivityView> promotions(@RequestParam("shop_id") String shopId) {
        return control.activities(shopId);
    }

    @GetMapping("/buyer-price")
    public BuyerPrice buyerPrice(@RequestParam("shop_id") String shopId, @RequestParam("sku") String sku) {
        return control.buyerPrice(shopId, sku);
    }

    @GetMapping("/price-history")
    public List<BuyerPrice> priceHistory(@RequestParam("shop_id") String shopId, @RequestParam("sku") String sku) {
        return control.priceHistory(shopId, sku);
    }

    @PostMapping("/orders")
    public PlacedOrder placeOrder(@RequestBody OrderRequest request) {
        return control.placeOrder(request);
    }

    @PostMapping("/orders/generate")
    public Map<String, List<String>> generate(@RequestBody GenerateBody body) {
        return Map.of("order_ids", control.generateOrders(body.shopId(),
                body.seed() == null ? 0 : body.seed(), body.count() == null ? 10 : body.count()));
    }

    @GetMapping("/orders")
    public List<String> orders(@RequestParam("shop_id") String shopId) {
        return control.orderIds(shopId);
    }

    @GetMapping("/orders/{orderId}")
    public Map<String, Object> order(@PathVariable String orderId) {
        return control.order(orderId);
    }

    @GetMapping("/orders/{orderId}/packages")
    public List<Map<String, Object>> packages(@PathVariable String orderId) {
        return control.packages(orderId);
    }

    @PostMapping("/orders/{orderId}/packages/split")
    public Map<String, String> splitPackage(@PathVariable String orderId, @RequestBody LinesBody body) {
        return Map.of("package_id", control.splitPackage(orderId, body.lineItemIds()));
    }

    @GetMapping("/delivery-options")
    public List<Map<String, Object>> deliveryOptions(@RequestParam("shop_id") String shopId) {
        return control.deliveryOptions(shopId);
    }

    @PostMapping("/orders/{orderId}/status")
    public PlacedOrder advance(@PathVariable String orderId, @RequestBody StatusBody body) {
        return control.advanceOrder(orderId, OrderStatus.fromTikTok(body.status()));
    }

    @PostMapping("/orders/{orderId}/cancel")
    public Map<String, String> cancel(@PathVariable String orderId, @RequestBody LinesBody body) {
        return Map.of("cancel_id", control.cancel(orderId, body.lineItemIds(), body.role(), body.reason()));
    }

    @PostMapping("/orders/{orderId}/returns")
    public Map<String, String> createReturn(@PathVariable String orderId, @RequestBody LinesBody body) {
        return Map.of("return_id", control.createReturn(orderId, body.lineItemIds(), body.returnType(),
                body.reason()));
    }

    @PostMapping("/returns/{returnId}/status")
    public Map<String, String> advanceReturn(@PathVariable String returnId, @RequestBody StatusBody body) {
        control.advanceReturn(returnId, body.status());
        return Map.of("status", body.status());
    }

    @PostMapping("/returns/{returnId}/shipped")
    public Map<String, String> returnShipped(@PathVariable String returnId, @RequestBody ReturnShipmentBody body) {
        control.markReturnShipped(returnId, body.trackingNumber(), body.providerName());
        return Map.of("status", "BUYER_SHIPPED_ITEM");
    }

    @PostMapping("/returns/{returnId}/received")
    public Map<String, String> returnReceived(@PathVariable String returnId) {
        control.markReturnReceived(returnId);
        return Map.of("status", "received");
    }

    @PostMapping("/orders/{orderId}/address")
    public Map<String, String> address(@PathVariable String orderId, @RequestBody OrderRequest.Buyer buyer) {
        control.updateAddress(orderId, buyer);
        return Map.of("status", "updated");
    }

    @GetMapping("/external-references")
    public Map<String, List<ExternalOrder>> externalReferences(
            @RequestParam(name = "order_id", required = false) String orderId) {
        return orderId == null ? control.allExternalReferences()
                : Map.of(orderId, control.externalReferences(orderId));
    }

    @PostMapping("/finance/settle")
    public Map<String, List<String>> settle(@RequestBody SettleBody body) {
        return Map.of("settled_order_ids", control.settleDay(body.shopId(), body.day()));
    }

    @PostMapping("/finance/adjustments")
    public Map<String, String> adjustment(@RequestBody AdjustmentBody body) {
        return Map.of("transaction_id", control.addAdjustment(body.shopId(), body.day(), body.type(), body.amount(),
                body.orderId()));
    }

    @PostMapping("/finance/unknown-fees")
    public Map<String, String> unknownFee(@RequestBody UnknownFeeBody body) {
        return Map.of("transaction_id", control.addUnknownFee(body.shopId(), body.day(), body.fieldName(),
                body.amount(), body.orderId()));
    }

    @PostMapping("/finance/pay")
    public Map<String, List<String>> pay(@RequestBody SettleBody body) {
        return Map.of("payment_ids", control.payStatements(body.shopId(), body.day()));
    }

    @PostMapping("/finance/bulk-statements")
    public Map<String, String> bulkStatement(@RequestBody BulkStatementBody body) {
        if (body.lineCount() == null) {
            throw SandboxRefusal.badRequest("lineCount is required");
        }
        return Map.of("statement_id", control.bulkStatement(body.shopId(), body.day(), body.lineCount(),
                body.seed() == null ? 0L : body.seed()));
    }

    @GetMapping("/finance/statements")
    public List<Map<String, Object>> statements(@RequestParam("shop_id") String shopId) {
        return control.statements(shopId);
    }

    @GetMapping("/webhooks")
    public List<WebhookDelivery.View> webhooks() {
        return control.webhooks();
    }

    @PutMapping("/webhooks/target")
    public Map<String, String> webhookTarget(@RequestBody TargetBody body) {
        control.setWebhookTarget(body.url());
        return Map.of("status", "ok");
    }

    @GetMapping("/webhooks/policy")
    public PolicyBody webhookPolicy() {
        return PolicyBody.of(control.deliveryPolicy());
    }

    @PutMapping("/webhooks/policy")
    public PolicyBody setWebhookPolicy(@RequestBody PolicyBody body) {
        control.setDeliveryPolicy(body.toPolicy());
        return PolicyBody.of(control.deliveryPolicy());
    }

    @GetMapping("/calls")
    public List<CallRecord> calls(@RequestParam(name = "endpoint", required = false) String endpoint) {
        return endpoint == null ? control.calls() : control.calls(endpoint);
    }

    @DeleteMapping("/calls")
    public Map<String, String> clearCalls() {
        control.clearCalls();
        return Map.of("status", "cleared");
    }

    @GetMapping("/faults")
    public Map<String, Object> faults() {
        FaultPlan.FaultView view = control.faults();
        return Map.of("latency_millis", view.latency().entrySet().stream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toMillis())),
                "failures", view.failures(), "late_answers", view.lateAnswers(), "qps", control.qpsLimits());
    }

    @PutMapping("/faults/latency")
    public Map<String, String> latency(@RequestBody FaultBody body) {
        control.setLatency(body.endpoint(), Duration.ofMillis(body.millis() == null ? 0 : body.millis()));
        return Map.of("status", "ok");
    }

    @PostMapping("/faults/errors")
    public Map<String, String> errors(@RequestBody FaultBody body) {
        control.failNext(body.endpoint(), body.count() == null ? 1 : body.count(),
                body.httpStatus() == null ? 500 : body.httpStatus());
        return Map.of("status", "ok");
    }

    @PostMapping("/faults/late-answers")
    public Map<String, String> lateAnswers(@RequestBody FaultBody body) {
        control.answerLateAfterCommit(body.endpoint(), body.count() == null ? 1 : body.count(),
                Duration.ofMillis(body.millis() == null ? 0 : body.millis()));
        return Map.of("status", "ok");
    }

    @PutMapping("/faults/qps")
    public Map<String, String> qps(@RequestBody FaultBody body) {
        control.setQps(body.endpoint(), body.qps() == null ? 0 : body.qps());
        return Map.of("status", "ok");
    }

    @DeleteMapping("/faults")
    public Map<String, String> clearFaults() {
        control.clearFaults();
        return Map.of("status", "cleared");
    }

    @ExceptionHandler(SandboxRefusal.class)
    public ResponseEntity<Map<String, String>> refused(SandboxRefusal e) {
        return ResponseEntity.status(e.httpStatus()).body(Map.of("error", e.getMessage()));
    }

    /** A body that does not fit says why, instead of Spring's bare 400. */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    public ResponseEntity<Map<String, String>> unreadable(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return ResponseEntity.badRequest().body(Map.of("error", "unreadable body: " + cause.getMessage()));
    }

    @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class})
    public ResponseEntity<Map<String, String>> invalid(RuntimeException e) {
        return ResponseEntity.badRequest().body(Map.of("error", String.valueOf(e.getMessage())));
    }

    record ShopIds(List<String> shopIds) {
    }

    record AuthorizationExpiryBody(long expirationTime) {
    }

    record ShopRef(String shopId) {
    }

    record ProductSeedBody(String shopId, String title, String categoryId, List<SkuSeed> skus) {
    }

    record AuditVerdict(Boolean pass, String reason) {
    }

    record AuditRules(Boolean manual, String failSellerSku) {
    }

    record GenerateBody(String shopId, Long seed, Integer count) {
    }

    record StatusBody(String status) {
    }

    record LinesBody(List<String> lineItemIds, String role, String reason, String returnType) {
    }

    record ReturnShipmentBody(String trackingNumber, String providerName) {
    }

    record SettleBody(String shopId, LocalDate day) {
    }

    record AdjustmentBody(String shopId, LocalDate day, String type, BigDecimal amount, String orderId) {
    }

    record UnknownFeeBody(String shopId, LocalDate day, String fieldName, BigDecimal amount, String orderId) {
    }

    record BulkStatementBody(String shopId, LocalDate day, Integer lineCount, Long seed) {
    }

    record TargetBody(String url) {
    }

    record AdvanceBody(Long seconds) {
    }

    record ClockView(java.time.Instant now, long offsetSeconds) {
    }

    record FaultBody(String endpoint, Long millis, Integer count, Integer httpStatus, Integer qps) {
    }

    /** The delivery policy with durations in milliseconds, which reads well in JSON and curl. */
    record PolicyBody(long ackTimeoutMillis, List<Long> retryScheduleMillis, double duplicateProbability,
            int duplicateCount, long delayMillis, long reorderWindowMillis, boolean includeNotificationId,
            long randomSeed) {

        static PolicyBody of(DeliveryPolicy p) {
            return new PolicyBody(p.ackTimeout().toMillis(), p.retrySchedule().stream().map(Duration::toMillis)
                    .toList(), p.duplicateProbability(), p.duplicateCount(), p.delay().toMillis(),
                    p.reorderWindow().toMillis(), p.includeNotificationId(), p.randomSeed());
        }

        DeliveryPolicy toPolicy() {
            return new DeliveryPolicy(Duration.ofMillis(ackTimeoutMillis), retryScheduleMillis == null ? null
                    : retryScheduleMillis.stream().map(Duration::ofMillis).toList(), duplicateProbability,
                    duplicateCount, Duration.ofMillis(delayMillis), Duration.ofMillis(reorderWindowMillis),
                    includeNotificationId, randomSeed);
        }
    }
}
