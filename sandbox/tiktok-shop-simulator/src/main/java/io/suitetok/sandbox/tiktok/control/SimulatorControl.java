package io.suitetok.sandbox.tiktok.control;

import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.AmountText;
import io.suitetok.sandbox.tiktok.SandboxRefusal;
import io.suitetok.sandbox.tiktok.ShopClock;
import io.suitetok.sandbox.tiktok.SimulatorSettings;
import io.suitetok.sandbox.tiktok.StateLock;
import io.suitetok.sandbox.tiktok.auth.Authorizations;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.sandbox.tiktok.control.ControlViews.ShopInfo;
import io.suitetok.sandbox.tiktok.control.ControlViews.SkuState;
import io.suitetok.sandbox.tiktok.faults.CallLog;
import io.suitetok.sandbox.tiktok.faults.CallLog.CallRecord;
import io.suitetok.sandbox.tiktok.faults.FaultPlan;
import io.suitetok.sandbox.tiktok.faults.QpsLimits;
import io.suitetok.sandbox.tiktok.finance.Ledger;
import io.suitetok.sandbox.tiktok.logistics.DeliveryOptions;
import io.suitetok.sandbox.tiktok.logistics.LogisticsRoutes;
import io.suitetok.sandbox.tiktok.orders.ExternalReferences;
import io.suitetok.sandbox.tiktok.orders.OrderBook;
import io.suitetok.sandbox.tiktok.orders.OrderGenerator;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.PackageShipping;
import io.suitetok.sandbox.tiktok.orders.SimLine;
import io.suitetok.sandbox.tiktok.orders.SimOrder;
import io.suitetok.sandbox.tiktok.products.Catalog;
import io.suitetok.sandbox.tiktok.products.Catalog.SkuSeed;
import io.suitetok.sandbox.tiktok.products.DefaultCatalog;
import io.suitetok.sandbox.tiktok.products.ProductAudit;
import io.suitetok.sandbox.tiktok.products.SimProduct;
import io.suitetok.sandbox.tiktok.products.StockChange;
import io.suitetok.sandbox.tiktok.promotions.ActivityView;
import io.suitetok.sandbox.tiktok.promotions.BuyerPrice;
import io.suitetok.sandbox.tiktok.promotions.Promotions;
import io.suitetok.sandbox.tiktok.shops.Shop;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.sandbox.tiktok.webhooks.DeliveryPolicy;
import io.suitetok.sandbox.tiktok.webhooks.WebhookDelivery;
import io.suitetok.sandbox.tiktok.webhooks.WebhookDispatcher;
import io.suitetok.sandbox.tiktok.webhooks.WebhookSubscriptions;
import io.suitetok.sandbox.tiktok.orders.ExternalOrder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Everything a test or the local stack does to the simulator besides calling TikTok's API:
 * seeding, placing and moving orders, settling days, steering webhooks and faults, and inspecting
 * what TikTok would show. The {@code /sandbox/**} HTTP API is a thin layer over this class, and
 * in-process callers get it from {@code RunningSimulator#control()}.
 */
@Component
public class SimulatorControl {

    private final SimulatorSettings settings;
    private final ShopDirectory shops;
    private final Authorizations authorizations;
    private final Catalog catalog;
    private final DefaultCatalog defaultCatalog;
    private final ProductAudit audit;
    private final OrderBook orders;
    private final OrderGenerator generator;
    private final PackageShipping packages;
    private final DeliveryOptions deliveryOptions;
    private final ExternalReferences references;
    private final Ledger ledger;
    private final WebhookDispatcher webhooks;
    private final WebhookSubscriptions subscriptions;
    private final CallLog calls;
    private final FaultPlan faults;
    private final QpsLimits qps;
    private final StateLock lock;
    private final Promotions promotions;
    private final ShopClock shopClock;

    public SimulatorControl(SimulatorSettings settings, ShopDirectory shops, Authorizations authorizations,
            Catalog catalog, DefaultCatalog defaultCatalog, ProductAudit audit, OrderBook orders,
            OrderGenerator generator, PackageShipping packages, DeliveryOptions deliveryOptions,
            ExternalReferences references, Ledger ledger, WebhookDispatcher webhooks,
            WebhookSubscriptions subscriptions, CallLog calls, FaultPlan faults, QpsLimits qps, StateLock lock,
            Promotions promotions, ShopClock shopClock) {
        this.settings = settings;
        this.shops = shops;
        this.authorizations = authorizations;
        this.catalog = catalog;
        this.defaultCatalog = defaultCatalog;
        this.audit = audit;
        this.orders = orders;
        this.generator = generator;
        this.packages = packages;
        this.deliveryOptions = deliveryOptions;
        this.references = references;
        this.ledger = ledger;
        this.webhooks = webhooks;
        this.subscriptions = subscriptions;
        this.calls = calls;
        this.faults = faults;
        this.qps = qps;
        this.lock = lock;
        this.promotions = promotions;
        this.shopClock = shopClock;
    }

    /**
     * Back to a fresh shop: no products but the default catalogue, no orders, statements, webhooks,
     * calls or faults. Tokens and auth codes survive, so clients stay authorized.
     */
    public void reset() {
        lock.run(() -> {
            orders.reset();
            references.reset();
            ledger.reset();
            catalog.reset();
            audit.reset();
            promotions.reset();
            shopClock.resetOffset();
            if (settings.seedCatalog()) {
                defaultCatalog.seed();
            }
        });
        webhooks.reset();
        subscriptions.clear();
        calls.clear();
        faults.clear();
        qps.reset();
    }

    // --- shop clock and promotions

    /** The shop's now (settings clock plus the offset tests moved it by). */
    public Instant now() {
        return shopClock.instant();
    }

    /**
     * Moves the shop's time forward (activities begin and end, orders and prices are stamped by it);
     * TikTok's request timestamp window keeps the real clock. A reset sets it back.
     */
    public Instant advanceClock(Duration by) {
        shopClock.advance(by);
        return shopClock.instant();
    }

    public Duration clockOffset() {
        return shopClock.offset();
    }

    /** What a buyer pays for one unit now: the running activity's price, else the SKU's own price. */
    public BuyerPrice buyerPrice(String shopId, String skuIdOrSellerSku) {
        requireShop(shopId);
        return promotions.buyerPrice(shopId, skuIdOrSellerSku);
    }

    /** Every price buyers were offered for the SKU, oldest first, each with the shop-clock instant it took effect. */
    public List<BuyerPrice> priceHistory(String shopId, String skuIdOrSellerSku) {
        requireShop(shopId);
        return promotions.priceHistory(shopId, skuIdOrSellerSku);
    }

    /** The shop's promotion activities with their status now and their SKUs' terms. */
    public List<ActivityView> activities(String shopId) {
        requireShop(shopId);
        return promotions.inShop(shopId);
    }

    // --- shops and authorization

    public List<ShopInfo> shops() {
        return shops.shops().stream().map(ShopInfo::of).toList();
    }

    public ShopInfo shop(String shopId) {
        return ShopInfo.of(requireShop(shopId));
    }

    /** A single-use auth code for the shops, valid 30 minutes, as after a seller's consent. */
    public String issueAuthCode(String... shopIds) {
        Arrays.stream(shopIds).forEach(this::requireShop);
        return authorizations.issueAuthCode(List.of(shopIds));
    }

    /** Expires every access token of the shop now: the next call answers 105002. */
    public int expireAccessTokens(String shopId) {
        requireShop(shopId);
        return authorizations.expireAccessTokens(shopId);
    }

    /**
     * The seller deauthorizes the app for the shop: its tokens stop acting for it and webhook 6
     * (SELLER_DEAUTHORIZATION, {@code data.message}) is sent.
     */
    public int deauthorizeShop(String shopId) {
        requireShop(shopId);
        int withdrawn = authorizations.deauthorize(shopId);
        webhooks.publish(shopId, io.suitetok.sandbox.tiktok.webhooks.WebhookTypes.SELLER_DEAUTHORIZATION,
                Map.of("message", "The seller has deauthorized your app."));
        return withdrawn;
    }

    /**
     * Webhook 7 (UPCOMING_AUTHORIZATION_EXPIRATION): {@code data.message} and {@code expiration_time},
     * epoch seconds sent as a string as in TikTok's sample. Tokens keep working until then.
     */
    public void warnAuthorizationExpiry(String shopId, java.time.Instant expiresAt) {
        requireShop(shopId);
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("message", "The authorization of your app will expire; ask the seller to authorize it again.");
        data.put("expiration_time", Long.toString(expiresAt.getEpochSecond()));
        webhooks.publish(shopId, io.suitetok.sandbox.tiktok.webhooks.WebhookTypes.UPCOMING_AUTHORIZATION_EXPIRATION,
                data);
    }

    // --- catalogue

    /** Lists a live product directly, skipping the audit (for order tests). */
    public ProductState seedProduct(String shopId, String title, String categoryId, List<SkuSeed> skus) {
        SimProduct product = catalog.seed(requireShop(shopId), title, categoryId, skus);
        return lock.apply(() -> ProductState.of(product));
    }

    public List<ProductState> products(String shopId) {
        return lock.apply(() -> catalog.inShop(shopId).stream().map(ProductState::of).toList());
    }

    public ProductState product(String productId) {
        return lock.apply(() -> ProductState.of(catalog.product(productId).orElseThrow(() ->
                SandboxRefusal.notFound("no product " + productId))));
    }

    /** Stock and price of every SKU of the shop, as TikTok shows them. */
    public List<SkuState> stock(String shopId) {
        return products(shopId).stream().flatMap(p -> p.skus().stream()).toList();
    }

    public SkuState sku(String shopId, String skuIdOrSellerSku) {
        return stock(shopId).stream().filter(s -> s.skuId().equals(skuIdOrSellerSku)
                || skuIdOrSellerSku.equals(s.sellerSku())).findFirst()
                .orElseThrow(() -> SandboxRefusal.notFound("no sku " + skuIdOrSellerSku + " in shop " + shopId));
    }

    /** Makes a listed SKU a pre-order (or normal again): its next orders carry {@code sku_type} PRE_ORDER. */
    public SkuState setPreOrder(String shopId, String skuIdOrSellerSku, boolean preOrder) {
        requireShop(shopId);
        try {
            catalog.setPreOrder(shopId, skuIdOrSellerSku, preOrder);
        } catch (IllegalArgumentException e) {
            throw SandboxRefusal.notFound(e.getMessage());
        }
        return sku(shopId, skuIdOrSellerSku);
    }

    /**
     * The merchant types a quantity into Seller Center: TikTok's count changes without any API call or
     * webhook, so an integration only finds out by reading the SKU again.
     */
    public SkuState editStockInSellerCenter(String shopId, String skuIdOrSellerSku, String warehouseId, int quantity) {
        requireShop(shopId);
        lock.run(() -> catalog.findSku(shopId, skuIdOrSellerSku)
                .orElseThrow(() -> SandboxRefusal.notFound("no sku " + skuIdOrSellerSku + " in shop " + shopId))
                .setStock(warehouseId, quantity));
        return sku(shopId, skuIdOrSellerSku);
    }

    /**
     * Every quantity the SKU showed buyers, oldest first: stock updates, units taken by orders and
     * units given back, so a test can check that the shop never offered more than it should have.
     */
    public List<StockChange> stockHistory(String shopId, String skuIdOrSellerSku) {
        return lock.apply(() -> catalog.findSku(shopId, skuIdOrSellerSku)
                .orElseThrow(() -> SandboxRefusal.notFound("no sku " + skuIdOrSellerSku + " in shop " + shopId))
                .stockHistory());
    }

    public void decideAudit(String productId, boolean pass, String reason) {
        try {
            catalog.decideAudit(productId, pass, reason);
        } catch (IllegalArgumentException e) {
            throw SandboxRefusal.notFound(e.getMessage());
        } catch (IllegalStateException e) {
            throw SandboxRefusal.conflict(e.getMessage());
        }
    }

    /** Products carrying this seller SKU fail their audit from now on. */
    public void failAuditForSellerSku(String sellerSku) {
        audit.failProductsWithSellerSku(sellerSku);
    }

    /** In manual mode products stay PENDING until {@link #decideAudit}. */
    public void setManualAudit(boolean manual) {
        audit.setManual(manual);
    }

    // --- orders

    public PlacedOrder placeOrder(OrderRequest request) {
        SimOrder order = orders.place(request);
        return lock.apply(() -> placed(order));
    }

    /** Deterministic orders from a seed, covering the edge cases; see OrderGenerator. */
    public List<String> generateOrders(String shopId, long seed, int count) {
        requireShop(shopId);
        return generator.generate(shopId, seed, count);
    }

    public PlacedOrder advanceOrder(String orderId, OrderStatus status) {
        SimOrder order = orders.advance(orderId, status);
        return lock.apply(() -> placed(order));
    }

    /** @param lineItemIds the unit lines to cancel; empty cancels the whole order */
    public String cancel(String orderId, List<String> lineItemIds, String role, String reason) {
        return orders.cancel(orderId, lineItemIds, role == null ? "BUYER" : role, reason);
    }

    /** @param returnType RETURN_AND_REFUND or REFUND */
    public String createReturn(String orderId, List<String> lineItemIds, String returnType, String reason) {
        return orders.createReturn(orderId, lineItemIds, returnType, reason);
    }

    public void advanceReturn(String returnId, String status) {
        orders.advanceReturn(returnId, status);
    }

    public void completeReturn(String returnId) {
        orders.advanceReturn(returnId, "RETURN_OR_REFUND_REQUEST_COMPLETE");
    }

    /** The seller accepts: a refund-only request is refunded at once, a return waits for the buyer to ship. */
    public void approveReturn(String returnId, boolean refundOnly) {
        orders.advanceReturn(returnId, refundOnly ? "RETURN_OR_REFUND_REQUEST_COMPLETE" : "AWAITING_BUYER_SHIP");
    }

    public void rejectReturn(String returnId) {
        orders.advanceReturn(returnId, "REFUND_OR_RETURN_REQUEST_REJECT");
    }

    public void markReturnShipped(String returnId, String trackingNumber, String providerName) {
        orders.markReturnShipped(returnId, trackingNumber, providerName);
    }

    public void markReturnReceived(String returnId) {
        orders.markReturnReceived(returnId);
    }

    public void updateAddress(String orderId, OrderRequest.Buyer buyer) {
        orders.updateAddress(orderId, buyer);
    }

    /** The order in Get Order Detail's JSON shape. */
    public Map<String, Object> order(String orderId) {
        return orders.view(orderId);
    }

    /** The order's returns as Search Returns shows them: status, refund amounts, unit lines, tracking. */
    public List<Map<String, Object>> returnsOf(String orderId) {
        return orders.returnViews(orderId);
    }

    /** The order's packages as Get Package Detail shows them: lines, status, carrier, tracking number. */
    public List<Map<String, Object>> packages(String orderId) {
        return packages.packagesOf(orderId);
    }

    /**
     * Moves unit lines of an unshipped package into a new package, as a seller splitting the order
     * before shipping does; the order then ships package by package.
     *
     * @return the new package's id
     */
    public String splitPackage(String orderId, List<String> lineItemIds) {
        return packages.split(orderId, lineItemIds);
    }

    /** The shop's delivery options with their carriers (shipping provider ids for Ship Package). */
    public List<Map<String, Object>> deliveryOptions(String shopId) {
        return deliveryOptions.ofShop(requireShop(shopId)).stream().map(LogisticsRoutes::withProviders).toList();
    }

    public List<String> orderIds(String shopId) {
        return lock.apply(() -> orders.inShop(shopId).stream().map(SimOrder::id).toList());
    }

    public List<ExternalOrder> externalReferences(String orderId) {
        return references.of(orderId);
    }

    public Map<String, List<ExternalOrder>> allExternalReferences() {
        return references.all();
    }

    // --- finance

    /** Settles the shop's delivered orders (no return in progress) into the statement of the day. */
    public List<String> settleDay(String shopId, LocalDate day) {
        requireShop(shopId);
        return orders.settleDay(shopId, day);
    }

    /**
     * An adjustment of the day (settlement = its amount, positive for the seller). {@code orderId} is
     * optional and need not be an order the shop has: TikTok adjusts orders the hub may never have seen.
     */
    public String addAdjustment(String shopId, LocalDate day, String type, BigDecimal amount, String orderId) {
        return ledger.addAdjustment(shopId, day, type, amount, orderId);
    }

    /**
     * A fee under an amount field the hub does not know (e.g. {@code eco_packaging_fee_amount}, -0.50),
     * counted in fee_amount and settlement_amount, on the order's transaction of that day (a new ORDER
     * transaction if the order has none there). Returns the transaction id.
     */
    public String addUnknownFee(String shopId, LocalDate day, String fieldName, BigDecimal amount, String orderId) {
        return ledger.addUnknownFee(shopId, day, fieldName, amount, orderId);
    }

    /** Marks the shop's statements of the day PAID now (reserve 0); returns their payment ids. */
    public List<String> payStatements(String shopId, LocalDate day) {
        requireShop(shopId);
        return ledger.payStatements(shopId, day);
    }

    /**
     * A statement of {@code lineCount} ORDER transactions generated from {@code (seed, index)} and never
     * stored; served by the ordinary finance endpoints. Returns the statement id.
     */
    public String bulkStatement(String shopId, LocalDate day, int lineCount, long seed) {
        requireShop(shopId);
        return ledger.bulkStatement(shopId, day, lineCount, seed);
    }

    public List<Map<String, Object>> statements(String shopId) {
        return ledger.statementSummaries(shopId);
    }

    /** The statement's transactions (id, type, order or adjustment, amounts by TikTok's field names). */
    public List<Map<String, Object>> statementTransactions(String statementId) {
        return ledger.statementTransactions(statementId);
    }

    // --- webhooks

    public void setWebhookTarget(String url) {
        if (url != null && !WebhookSubscriptions.acceptableAddress(url)) {
            throw SandboxRefusal.badRequest("not an absolute http(s) URL: " + url);
        }
        webhooks.setTarget(url);
    }

    /**
     * What the app's owner sets in Partner Center: the address that gets one event type of one shop, as
     * Update Shop Webhook would set it. The local stack uses it so that no hub service's internals are needed.
     */
    public void subscribeWebhook(String shopId, String eventType, String address) {
        if (!WebhookSubscriptions.acceptableAddress(address)) {
            throw SandboxRefusal.badRequest("not an absolute http(s) URL: " + address);
        }
        subscriptions.put(shopId, eventType, address, now().getEpochSecond());
    }

    public void setDeliveryPolicy(DeliveryPolicy policy) {
        webhooks.setPolicy(policy);
    }

    public DeliveryPolicy deliveryPolicy() {
        return webhooks.policy();
    }

    public List<WebhookDelivery.View> webhooks() {
        return webhooks.deliveries();
    }

    // --- calls and faults

    public List<CallRecord> calls() {
        return calls.all();
    }

    public List<CallRecord> calls(String endpoint) {
        return calls.forEndpoint(endpoint);
    }

    /** How many calls reached this endpoint (name from the client's Endpoints), refused ones included. */
    public long callCount(String endpoint) {
        return calls.count(endpoint);
    }

    public void clearCalls() {
        calls.clear();
    }

    /** @param endpoint an endpoint name, or "*" for every endpoint */
    public void setLatency(String endpoint, Duration delay) {
        faults.setLatency(endpoint, delay);
    }

    /** The next {@code count} calls fail with {@code httpStatus} (5xx) and code 36009003, applying nothing. */
    public void failNext(String endpoint, int count, int httpStatus) {
        faults.failNext(endpoint, count, httpStatus);
    }

    /** The next {@code count} calls are applied, then answered only after {@code delay}. */
    public void answerLateAfterCommit(String endpoint, int count, Duration delay) {
        faults.answerLateAfterCommit(endpoint, count, delay);
    }

    /** The next {@code count} stock updates refuse this SKU inside a code-0 answer, applying the others. */
    public void refuseStockUpdates(String skuId, int count) {
        faults.refuseStockUpdates(skuId, count);
    }

    /** The next {@code count} stock updates refuse this SKU with an error naming no SKU, applying the others. */
    public void refuseStockUpdatesWithoutSkuId(String skuId, int count) {
        faults.refuseStockUpdatesWithoutSkuId(skuId, count);
    }

    /** @param qps calls per second per shop before 429; 0 = unlimited; endpoint "*" sets the default */
    public void setQps(String endpoint, int qps) {
        this.qps.setLimit(endpoint, qps);
    }

    public Map<String, Integer> qpsLimits() {
        return qps.limits();
    }

    public FaultPlan.FaultView faults() {
        return faults.view();
    }

    public void clearFaults() {
        faults.clear();
        qps.reset();
    }

    private Shop requireShop(String shopId) {
        return shops.byId(shopId).orElseThrow(() -> SandboxRefusal.notFound("no shop " + shopId));
    }

    private static PlacedOrder placed(SimOrder order) {
        return new PlacedOrder(order.id(), order.shopId(), order.status().name(),
                order.lines().stream().map(SimLine::id).toList(),
                AmountText.of(order.payment().totalAmount(), order.currency()), order.currency());
    }
}
