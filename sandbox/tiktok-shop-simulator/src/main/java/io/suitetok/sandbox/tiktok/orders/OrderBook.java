package io.suitetok.sandbox.tiktok.orders;

import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.AmountText;
import io.suitetok.sandbox.tiktok.IdSequence;
import io.suitetok.sandbox.tiktok.SandboxRefusal;
import io.suitetok.sandbox.tiktok.SimulatorSettings;
import io.suitetok.sandbox.tiktok.StateLock;
import io.suitetok.sandbox.tiktok.logistics.DeliveryOptions;
import io.suitetok.sandbox.tiktok.logistics.SimDeliveryOption;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Buyer;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.sandbox.tiktok.products.Catalog;
import io.suitetok.sandbox.tiktok.products.SimProduct;
import io.suitetok.sandbox.tiktok.products.SimSku;
import io.suitetok.sandbox.tiktok.promotions.Promotions;
import io.suitetok.sandbox.tiktok.shops.Shop;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.sandbox.tiktok.webhooks.WebhookEvents;
import io.suitetok.sandbox.tiktok.webhooks.WebhookTypes;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The shops' orders and everything that happens to them: placing (which takes stock from the
 * warehouse, and refuses when it is short unless told to oversell), status changes along TikTok's
 * lifecycle, partial and full cancellations (which give stock back), returns and refunds, address
 * changes, and settlement. A paid order gets a package holding its lines; moving an order past
 * shipping through the control API ships its packages with TikTok's label (Ship Package calls go
 * through {@link PackageShipping}). Each change moves update_time, and order-level changes go out
 * as webhooks. All of it runs under the {@link StateLock}.
 */
@Component
public class OrderBook {

    /** The statuses an order walks through when nothing goes wrong. */
    private static final List<OrderStatus> HAPPY_PATH = List.of(OrderStatus.UNPAID, OrderStatus.AWAITING_SHIPMENT,
            OrderStatus.AWAITING_COLLECTION, OrderStatus.IN_TRANSIT, OrderStatus.DELIVERED, OrderStatus.COMPLETED);
    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
            OrderStatus.UNPAID, EnumSet.of(OrderStatus.ON_HOLD, OrderStatus.AWAITING_SHIPMENT),
            OrderStatus.ON_HOLD, EnumSet.of(OrderStatus.AWAITING_SHIPMENT),
            OrderStatus.AWAITING_SHIPMENT, EnumSet.of(OrderStatus.PARTIALLY_SHIPPING, OrderStatus.AWAITING_COLLECTION,
                    OrderStatus.IN_TRANSIT),
            OrderStatus.PARTIALLY_SHIPPING, EnumSet.of(OrderStatus.AWAITING_COLLECTION, OrderStatus.IN_TRANSIT),
            OrderStatus.AWAITING_COLLECTION, EnumSet.of(OrderStatus.IN_TRANSIT),
            OrderStatus.IN_TRANSIT, EnumSet.of(OrderStatus.DELIVERED),
            OrderStatus.DELIVERED, EnumSet.of(OrderStatus.COMPLETED));
    private static final Set<OrderStatus> CANCELLABLE = EnumSet.of(OrderStatus.UNPAID, OrderStatus.ON_HOLD,
            OrderStatus.AWAITING_SHIPMENT, OrderStatus.AWAITING_COLLECTION);
    private static final Set<OrderStatus> RETURNABLE = EnumSet.of(OrderStatus.IN_TRANSIT, OrderStatus.DELIVERED,
            OrderStatus.COMPLETED);

    private final Map<String, SimOrder> orders = new LinkedHashMap<>();
    private final List<Cancellation> cancellations = new ArrayList<>();
    private final Map<String, ReturnOrder> returns = new LinkedHashMap<>();
    private final StateLock lock;
    private final IdSequence ids;
    private final Catalog catalog;
    private final ShopDirectory shops;
    private final WebhookEvents events;
    private final SettlementSink settlements;
    private final SimulatorSettings settings;
    private final DeliveryOptions deliveryOptions;
    private final CarrierLabels labels;
    private final Clock clock;
    private final Promotions promotions;

    public OrderBook(StateLock lock, IdSequence ids, Catalog catalog, ShopDirectory shops, WebhookEvents events,
            SettlementSink settlements, SimulatorSettings settings, DeliveryOptions deliveryOptions,
            CarrierLabels labels, Clock clock, Promotions promotions) {
        this.lock = lock;
        this.ids = ids;
        this.catalog = catalog;
        this.shops = shops;
        this.events = events;
        this.settlements = settlements;
        this.settings = settings;
        this.deliveryOptions = deliveryOptions;
        this.labels = labels;
        this.clock = clock;
        this.promotions = promotions;
    }

    /** Places an order: checks and takes stock, builds one line per unit, announces it. */
    public SimOrder place(OrderRequest request) {
        Shop shop = shops.byId(request.shopId()).orElseThrow(() ->
                SandboxRefusal.badRequest("no shop " + request.shopId()));
        if (request.items().isEmpty()) {
            throw SandboxRefusal.badRequest("an order needs at least one item");
        }
        String warehouseId = request.warehouseId() != null ? request.warehouseId() : shop.defaultWarehouse().id();
        if (shop.warehouse(warehouseId).filter(w -> w.sellable()).isEmpty()) {
            throw SandboxRefusal.badRequest(warehouseId + " is not a sales warehouse of shop " + shop.id());
        }
        // Checked before anything moves: a refused order must leave stock untouched.
        Map<String, BigDecimal> fees = buyerFees(request);
        return lock.apply(() -> {
            Map<SimSku, Integer> wanted = new LinkedHashMap<>();
            for (Item item : request.items()) {
                if (item.quantity() < 1) {
                    throw SandboxRefusal.badRequest("quantity must be at least 1");
                }
                SimSku sku = catalog.findSku(shop.id(), item.sku()).orElseThrow(() ->
                        SandboxRefusal.badRequest("no sku " + item.sku() + " in shop " + shop.id()));
                SimProduct product = catalog.product(sku.productId()).orElseThrow();
                if (!product.status().live()) {
                    throw SandboxRefusal.conflict("product " + product.id() + " is " + product.status()
                            + ": buyers can only order live products");
                }
                wanted.merge(sku, item.quantity(), Integer::sum);
            }
            if (!request.allowOversell()) {
                wanted.forEach((sku, quantity) -> {
                    if (sku.available(warehouseId) < quantity) {
                        throw new InsufficientStockException(sku.id(), warehouseId, quantity,
                                sku.available(warehouseId));
                    }
                });
            }
            long now = request.createTime() != null ? request.createTime() : now();
            List<SimLine> lines = new ArrayList<>();
            for (Item item : request.items()) {
                SimSku sku = catalog.findSku(shop.id(), item.sku()).orElseThrow();
                SimProduct product = catalog.product(sku.productId()).orElseThrow();
                for (int unit = 0; unit < item.quantity(); unit++) {
                    lines.add(line(shop, product, sku, item));
                }
            }
            wanted.forEach((sku, quantity) -> sku.adjustStock(warehouseId, -quantity));
            BigDecimal shipping = money(request.shippingFee());
            BigDecimal shippingSeller = money(request.shippingSellerDiscount());
            BigDecimal shippingPlatform = money(request.shippingPlatformDiscount());
            if (shippingSeller.add(shippingPlatform).compareTo(shipping) > 0) {
                throw SandboxRefusal.badRequest("shipping discounts exceed the shipping fee");
            }
            Buyer buyer = request.buyer();
            boolean guest = buyer != null && buyer.guest();
            String userId = buyer != null && buyer.userId() != null ? buyer.userId() : ids.next("buyer");
            SimDeliveryOption delivery = deliveryOptions.standardFor(shop);
            SimOrder order = new SimOrder(ids.next("order"), shop.id(), shop.currency(), now, warehouseId,
                    request.shippingType() == null ? "TIKTOK" : request.shippingType(), userId,
                    guest ? null : buyer != null && buyer.email() != null ? buyer.email()
                            : "v2b" + Long.toString(Long.parseLong(userId) % 1_000_000_007L, 36) + "@chat.seller.tiktok.com",
                    request.buyerMessage(), request.affiliateCommissionRate(),
                    PaymentBlock.of(shop.currency(), lines, shipping, shippingSeller, shippingPlatform, fees),
                    delivery.id(), delivery.name(), lines);
            order.recipient = recipient(shop, buyer);
            boolean paid = request.paid() == null || request.paid();
            order.status = !paid ? OrderStatus.UNPAID
                    : Boolean.TRUE.equals(request.onHold()) ? OrderStatus.ON_HOLD : OrderStatus.AWAITING_SHIPMENT;
            order.onHold = order.status == OrderStatus.ON_HOLD;
            order.paidTime = paid ? now : null;
            lines.forEach(l -> l.displayStatus = order.status.name());
            if (order.status == OrderStatus.AWAITING_SHIPMENT) {
                openPackage(order, now);
            }
            orders.put(order.id, order);
            announceStatus(order);
            return order;
        });
    }

    /**
     * Moves the order to a later status: directly when TikTok allows that step, else along the happy
     * path (UNPAID, AWAITING_SHIPMENT, AWAITING_COLLECTION, IN_TRANSIT, DELIVERED, COMPLETED), one
     * webhook per step. CANCELLED cancels every open line, as the system would.
     */
    public SimOrder advance(String orderId, OrderStatus target) {
        return lock.apply(() -> {
            SimOrder order = require(orderId);
            if (target == OrderStatus.CANCELLED) {
                cancel(orderId, List.of(), "SYSTEM", "Cancelled by the system");
                return order;
            }
            if (order.status == target) {
                return order;
            }
            if (NEXT.getOrDefault(order.status, Set.of()).contains(target)) {
                step(order, target);
                return order;
            }
            int from = HAPPY_PATH.indexOf(order.status == OrderStatus.ON_HOLD || order.status
                    == OrderStatus.PARTIALLY_SHIPPING ? OrderStatus.AWAITING_SHIPMENT : order.status);
            int to = HAPPY_PATH.indexOf(target);
            if (from < 0 || to <= from) {
                throw SandboxRefusal.conflict("order " + orderId + " can't go from " + order.status + " to " + target);
            }
            if (order.status == OrderStatus.ON_HOLD) {
                step(order, OrderStatus.AWAITING_SHIPMENT);
            }
            for (int next = from + 1; next <= to; next++) {
                step(order, HAPPY_PATH.get(next));
            }
            return order;
        });
    }

    /** One status step with its package effects, update_time and webhook; {@link PackageShipping} uses it too. */
    void step(SimOrder order, OrderStatus next) {
        long now = now();
        order.status = next;
        order.onHold = false;
        switch (next) {
            case AWAITING_SHIPMENT -> {
                order.paidTime = order.paidTime == null ? now : order.paidTime;
                openPackage(order, now);
            }
            case AWAITING_COLLECTION -> labelUnshipped(order, SimPackage.PROCESSING, now);
            case IN_TRANSIT -> {
                labelUnshipped(order, SimPackage.FULFILLING, now);
                movePackages(order, SimPackage.FULFILLING, now);
            }
            case DELIVERED -> {
                order.deliveredTime = now;
                movePackages(order, SimPackage.COMPLETED, now);
            }
            default -> {
            }
        }
        order.activeLines().forEach(l -> l.displayStatus = next.name());
        order.touch(now);
        announceStatus(order);
        if (next == OrderStatus.COMPLETED && settings.settleOnCompletion()) {
            settleIfEligible(order, today());
        }
    }

    /**
     * Cancels unit lines (all open ones when {@code lineIds} is empty). Stock goes back to the
     * warehouse; the order becomes CANCELLED when no line is left.
     *
     * @param role BUYER, SELLER or SYSTEM
     * @return the cancel id
     */
    public String cancel(String orderId, List<String> lineIds, String role, String reason) {
        return lock.apply(() -> {
            SimOrder order = require(orderId);
            if (!CANCELLABLE.contains(order.status)) {
                throw SandboxRefusal.conflict("order " + orderId + " is " + order.status
                        + " and can no longer be cancelled");
            }
            List<SimLine> targets = pickLines(order, lineIds);
            boolean wasPaid = order.paidTime != null;
            long now = now();
            for (SimLine line : targets) {
                line.cancelled = true;
                line.displayStatus = OrderStatus.CANCELLED.name();
                line.cancelReason = reason;
                line.cancelUser = role;
                catalog.findSku(order.shopId, line.skuId).ifPresent(sku -> sku.adjustStock(order.warehouseId, 1));
            }
            cancelEmptyPackages(order, now);
            boolean whole = order.activeLines().isEmpty();
            BigDecimal subtotal = wasPaid ? sum(targets, SimLine::salePrice) : BigDecimal.ZERO;
            BigDecimal tax = wasPaid ? sum(targets, SimLine::tax) : BigDecimal.ZERO;
            BigDecimal shipping = wasPaid && whole ? order.payment.shippingFee() : BigDecimal.ZERO;
            Cancellation cancellation = new Cancellation(ids.next("cancel"), order.id, order.shopId, role,
                    reason == null ? "Buyer changed mind" : reason, now, targets.stream().map(l -> l.id).toList(),
                    subtotal, shipping, tax);
            cancellations.add(cancellation);
            order.touch(now);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("order_id", order.id);
            data.put("cancellations_role", role);
            data.put("cancel_status", "CANCELLATION_REQUEST_COMPLETE");
            data.put("cancel_id", cancellation.cancelId());
            data.put("create_time", now);
            events.publish(order.shopId, WebhookTypes.CANCELLATION_STATUS_CHANGE, data);
            if (whole) {
                order.status = OrderStatus.CANCELLED;
                order.onHold = false;
                order.cancelTime = now;
                order.cancelReason = cancellation.reason();
                order.cancellationInitiator = role;
                announceStatus(order);
            }
            return cancellation.cancelId();
        });
    }

    /** Opens a return (RETURN_AND_REFUND) or refund-only request (REFUND) for unit lines. */
    public String createReturn(String orderId, List<String> lineIds, String returnType, String reason) {
        String type = returnType == null ? "RETURN_AND_REFUND" : returnType;
        if (!type.equals("RETURN_AND_REFUND") && !type.equals("REFUND")) {
            throw SandboxRefusal.badRequest("return_type must be RETURN_AND_REFUND or REFUND");
        }
        return lock.apply(() -> {
            SimOrder order = require(orderId);
            if (!RETURNABLE.contains(order.status)) {
                throw SandboxRefusal.conflict("order " + orderId + " is " + order.status
                        + "; returns start once it has shipped");
            }
            List<SimLine> targets = pickLines(order, lineIds);
            for (SimLine line : targets) {
                if (line.openReturnId != null || line.refunded) {
                    throw SandboxRefusal.conflict("line " + line.id + " is already being returned or was refunded");
                }
            }
            ReturnOrder ret = new ReturnOrder(ids.next("return"), order.id, order.shopId, type,
                    reason == null ? "Item not as described" : reason, now(), targets.stream().map(l -> l.id).toList());
            targets.forEach(l -> l.openReturnId = ret.returnId);
            ret.record(ReturnOrder.PENDING, "BUYER", ret.reason, ret.createTime);
            returns.put(ret.returnId, ret);
            order.touch(now());
            announceReturn(order, ret);
            return ret.returnId;
        });
    }

    /** Moves a return to the target status, stepping through the usual ones on the way to COMPLETE. */
    public void advanceReturn(String returnId, String target) {
        lock.run(() -> {
            ReturnOrder ret = returns.get(returnId);
            if (ret == null) {
                throw SandboxRefusal.notFound("no return " + returnId);
            }
            SimOrder order = require(ret.orderId);
            if (ret.status.equals(target)) {
                return;
            }
            if (!ret.canMoveTo(target) && !target.equals(ReturnOrder.COMPLETE)) {
                throw SandboxRefusal.conflict("return " + returnId + " can't go from " + ret.status + " to " + target);
            }
            while (!ret.status.equals(target)) {
                String next = ret.canMoveTo(target) ? target : ret.nextTowardsCompletion();
                if (next == null) {
                    throw SandboxRefusal.conflict("return " + returnId + " can't go from " + ret.status + " to "
                            + target);
                }
                moveReturn(order, ret, next);
            }
        });
    }

    /** The buyer handed the goods to a carrier: AWAITING_BUYER_SHIP becomes BUYER_SHIPPED_ITEM with its tracking. */
    public void markReturnShipped(String returnId, String trackingNumber, String providerName) {
        if (trackingNumber == null || trackingNumber.isBlank() || providerName == null || providerName.isBlank()) {
            throw SandboxRefusal.badRequest("a shipped return needs a tracking number and a provider name");
        }
        lock.run(() -> {
            ReturnOrder ret = requireReturn(returnId);
            if (!ret.status.equals(ReturnOrder.AWAITING_BUYER_SHIP)) {
                throw SandboxRefusal.conflict("return " + returnId + " is " + ret.status
                        + "; only an approved return awaiting the buyer's shipment can be shipped");
            }
            ret.trackingNumber = trackingNumber;
            ret.providerName = providerName;
            moveReturn(require(ret.orderId), ret, ReturnOrder.BUYER_SHIPPED_ITEM);
        });
    }

    /** The seller's warehouse received the goods; the status stays BUYER_SHIPPED_ITEM until the refund completes. */
    public void markReturnReceived(String returnId) {
        lock.run(() -> {
            ReturnOrder ret = requireReturn(returnId);
            if (!ret.status.equals(ReturnOrder.BUYER_SHIPPED_ITEM)) {
                throw SandboxRefusal.conflict("return " + returnId + " is " + ret.status
                        + "; goods can only be received after the buyer shipped them");
            }
            SimOrder order = require(ret.orderId);
            long now = now();
            ret.receivedTime = now;
            ret.updateTime = Math.max(now, ret.updateTime + 1);
            ret.record("SELLER_RECEIVED_PACKAGE", "SELLER", "Seller received the returned package", ret.updateTime);
            order.touch(now);
            announceReturn(order, ret);
        });
    }

    private ReturnOrder requireReturn(String returnId) {
        ReturnOrder ret = returns.get(returnId);
        if (ret == null) {
            throw SandboxRefusal.notFound("no return " + returnId);
        }
        return ret;
    }

    private void moveReturn(SimOrder order, ReturnOrder ret, String next) {
        long now = now();
        ret.status = next;
        ret.updateTime = Math.max(now, ret.updateTime + 1);
        boolean buyerStep = next.equals(ReturnOrder.BUYER_SHIPPED_ITEM) || next.equals(ReturnOrder.CANCELLED);
        ret.record(next, buyerStep ? "BUYER" : "SELLER", next.equals(ReturnOrder.BUYER_SHIPPED_ITEM)
                ? "Buyer shipped the item" + (ret.trackingNumber == null ? "" : " with " + ret.providerName + " "
                        + ret.trackingNumber) : "Return moved to " + next, ret.updateTime);
        List<SimLine> lines = order.lines.stream().filter(l -> ret.lineIds.contains(l.id)).toList();
        if (!ret.open()) {
            lines.forEach(l -> l.openReturnId = null);
        }
        if (next.equals(ReturnOrder.COMPLETE)) {
            lines.forEach(l -> l.refunded = true);
            if (order.settled) {
                settlements.refundAfterSettlement(order, ret, today());
            }
        }
        order.touch(now);
        announceReturn(order, ret);
        if (!ret.open() && settings.settleOnCompletion() && order.status == OrderStatus.COMPLETED) {
            settleIfEligible(order, today());
        }
    }

    /** The buyer changed the delivery address (webhook type 3). */
    public void updateAddress(String orderId, Buyer buyer) {
        lock.run(() -> {
            SimOrder order = require(orderId);
            order.recipient = recipient(shops.require(order.shopId), buyer);
            order.recipientUpdated = true;
            order.touch(now());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("order_id", order.id);
            data.put("update_time", order.updateTime);
            events.publish(order.shopId, WebhookTypes.RECIPIENT_ADDRESS_UPDATE, data);
        });
    }

    /**
     * Settles, into the statement of {@code day}, every delivered or completed order of the shop
     * that is not settled yet and has no return in progress (TikTok's settlement rule).
     *
     * @return the ids of the orders settled
     */
    public List<String> settleDay(String shopId, LocalDate day) {
        return lock.apply(() -> {
            List<String> settled = new ArrayList<>();
            for (SimOrder order : orders.values()) {
                if (order.shopId.equals(shopId) && settleIfEligible(order, day)) {
                    settled.add(order.id);
                }
            }
            return settled;
        });
    }

    private boolean settleIfEligible(SimOrder order, LocalDate day) {
        boolean delivered = order.status == OrderStatus.DELIVERED || order.status == OrderStatus.COMPLETED;
        boolean returnOpen = returns.values().stream().anyMatch(r -> r.orderId.equals(order.id) && r.open());
        if (!delivered || order.settled || returnOpen) {
            return false;
        }
        settlements.settle(order, day);
        order.settled = true;
        return true;
    }

    public Optional<SimOrder> find(String orderId) {
        return lock.apply(() -> Optional.ofNullable(orders.get(orderId)));
    }

    public Map<String, Object> view(String orderId) {
        return lock.apply(() -> OrderViews.order(require(orderId)));
    }

    /** The order's returns as Search Returns shows them, oldest first. */
    public List<Map<String, Object>> returnViews(String orderId) {
        return lock.apply(() -> returns.values().stream().filter(r -> r.orderId.equals(orderId))
                .map(r -> OrderViews.returnOrder(r, require(orderId))).toList());
    }

    public List<SimOrder> inShop(String shopId) {
        return lock.apply(() -> orders.values().stream().filter(o -> o.shopId.equals(shopId)).toList());
    }

    List<SimOrder> all() {
        return List.copyOf(orders.values());
    }

    List<Cancellation> cancellations() {
        return List.copyOf(cancellations);
    }

    Optional<ReturnOrder> findReturn(String returnId) {
        return Optional.ofNullable(returns.get(returnId));
    }

    List<ReturnOrder> returns() {
        return List.copyOf(returns.values());
    }

    public void reset() {
        lock.run(() -> {
            orders.clear();
            cancellations.clear();
            returns.clear();
        });
    }

    SimOrder require(String orderId) {
        SimOrder order = orders.get(orderId);
        if (order == null) {
            throw SandboxRefusal.notFound("no order " + orderId);
        }
        return order;
    }

    /**
     * A unit inside a running promotion activity keeps the SKU's price as {@code original_price} and
     * carries the activity's reduction in {@code seller_discount} (on top of any the request adds), which
     * is how TikTok's orders show promotional prices (reference §5).
     */
    private SimLine line(Shop shop, SimProduct product, SimSku sku, Item item) {
        BigDecimal original = item.gift() ? BigDecimal.ZERO.setScale(2) : AmountText.round(sku.price(), shop.currency());
        BigDecimal activityDiscount = item.gift() ? BigDecimal.ZERO : promotions.buyerPrice(sku).activityDiscount();
        BigDecimal seller = item.gift() ? BigDecimal.ZERO.setScale(2) : money(item.sellerDiscount()).add(activityDiscount);
        BigDecimal platform = item.gift() ? BigDecimal.ZERO.setScale(2) : money(item.platformDiscount());
        if (seller.add(platform).compareTo(original) > 0) {
            throw SandboxRefusal.badRequest("discounts on " + sku.id() + " exceed its price " + original);
        }
        BigDecimal sale = original.subtract(seller).subtract(platform);
        BigDecimal tax = AmountText.round(sale.multiply(shop.salesTaxRate()), shop.currency());
        return new SimLine(ids.next("line"), sku.id(), product.id(), product.title(), sku.displayName(),
                sku.sellerSku(), shop.currency(), original, seller, platform, tax, shop.salesTaxRate(), item.gift(),
                AmountText.round(sku.price(), shop.currency()), sku.skuType());
    }

    private List<SimLine> pickLines(SimOrder order, List<String> lineIds) {
        if (lineIds == null || lineIds.isEmpty()) {
            List<SimLine> open = order.activeLines();
            if (open.isEmpty()) {
                throw SandboxRefusal.conflict("order " + order.id + " has no open lines");
            }
            return open;
        }
        List<SimLine> picked = new ArrayList<>();
        for (String lineId : new LinkedHashSet<>(lineIds)) {
            SimLine line = order.lines.stream().filter(l -> l.id.equals(lineId)).findFirst().orElseThrow(() ->
                    SandboxRefusal.badRequest("line " + lineId + " is not a line of order " + order.id));
            if (line.cancelled) {
                throw SandboxRefusal.conflict("line " + lineId + " is already cancelled");
            }
            picked.add(line);
        }
        return picked;
    }

    /** TikTok packs a released order: one package with every open line, until the seller splits it. */
    private void openPackage(SimOrder order, long now) {
        if (!order.packages.isEmpty()) {
            return;
        }
        SimPackage pkg = new SimPackage(ids.next("package"), order.id, now,
                order.activeLines().stream().map(l -> l.id).toList());
        order.activeLines().forEach(l -> l.packageId = pkg.id);
        order.packages.add(pkg);
    }

    /** Packages not shipped yet leave with TikTok's label (the control API skipping Ship Package). */
    private void labelUnshipped(SimOrder order, String status, long now) {
        order.livePackages().stream().filter(p -> !p.shipped()).forEach(p -> labels.print(order, p, status, now));
    }

    private static void movePackages(SimOrder order, String status, long now) {
        order.livePackages().forEach(p -> {
            p.status = status;
            p.touch(now);
        });
    }

    private static void cancelEmptyPackages(SimOrder order, long now) {
        for (SimPackage pkg : order.livePackages()) {
            if (pkg.lineIds.stream().allMatch(id -> order.line(id).cancelled)) {
                pkg.status = SimPackage.CANCELLED;
                pkg.touch(now);
            }
        }
    }

    private void announceStatus(SimOrder order) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("is_on_hold_order", order.onHold);
        data.put("order_id", order.id);
        data.put("order_status", order.status.name());
        data.put("update_time", order.updateTime);
        events.publish(order.shopId, WebhookTypes.ORDER_STATUS_CHANGE, data);
    }

    private void announceReturn(SimOrder order, ReturnOrder ret) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("order_id", order.id);
        data.put("return_role", "BUYER");
        data.put("return_type", ret.returnType);
        data.put("return_status", ret.status);
        data.put("return_id", ret.returnId);
        data.put("create_time", ret.createTime);
        data.put("update_time", ret.updateTime);
        events.publish(order.shopId, WebhookTypes.RETURN_STATUS_CHANGE, data);
    }

    /** Only TikTok's documented charges, in the shop's currency with two decimals. */
    private static Map<String, BigDecimal> buyerFees(OrderRequest request) {
        for (Map.Entry<String, BigDecimal> fee : request.buyerFees().entrySet()) {
            if (!OrderRequest.BUYER_FEE_FIELDS.contains(fee.getKey())) {
                throw SandboxRefusal.badRequest(fee.getKey() + " is not a buyer-paid charge TikTok itemises; one of "
                        + new java.util.TreeSet<>(OrderRequest.BUYER_FEE_FIELDS));
            }
            if (fee.getValue() == null || fee.getValue().signum() < 0 || fee.getValue().scale() > 2) {
                throw SandboxRefusal.badRequest(fee.getKey() + " must be a non-negative amount with at most 2 decimals");
            }
        }
        Map<String, BigDecimal> fees = new java.util.LinkedHashMap<>();
        request.buyerFees().forEach((field, amount) -> fees.put(field, amount.setScale(2)));
        return fees;
    }

    private static SimOrder.Recipient recipient(Shop shop, Buyer buyer) {
        boolean us = shop.region().equals("US");
        String name = buyer != null && buyer.name() != null ? buyer.name() : us ? "Jane Doe" : "John Smith";
        return new SimOrder.Recipient(name,
                buyer != null && buyer.phone() != null ? buyer.phone() : us ? "(+1)2135550123" : "(+44)7700900123",
                buyer != null && buyer.addressLine1() != null ? buyer.addressLine1()
                        : us ? "123 Sandbox Ave" : "1 Sandbox Lane",
                us ? "Apt 4" : "",
                buyer != null && buyer.city() != null ? buyer.city() : us ? "Austin" : "London",
                buyer != null && buyer.state() != null ? buyer.state() : us ? "Texas" : "England",
                buyer != null && buyer.postalCode() != null ? buyer.postalCode() : us ? "78701" : "SW1A 1AA",
                us ? "US" : "GB", us ? "United States" : "United Kingdom");
    }

    /** Control amounts must already be whole cents (pence): the simulator never rounds a buyer's money. */
    private static BigDecimal money(BigDecimal amount) {
        if (amount == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (amount.signum() < 0) {
            throw SandboxRefusal.badRequest("amounts must not be negative: " + amount);
        }
        try {
            return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw SandboxRefusal.badRequest(amount + " has more than 2 decimals");
        }
    }

    private static BigDecimal sum(List<SimLine> lines, java.util.function.Function<SimLine, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
