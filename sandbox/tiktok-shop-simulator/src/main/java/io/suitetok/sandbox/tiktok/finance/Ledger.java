package io.suitetok.sandbox.tiktok.finance;

import io.suitetok.sandbox.tiktok.AmountText;
import io.suitetok.sandbox.tiktok.IdSequence;
import io.suitetok.sandbox.tiktok.SandboxRefusal;
import io.suitetok.sandbox.tiktok.StateLock;
import io.suitetok.sandbox.tiktok.orders.ReturnOrder;
import io.suitetok.sandbox.tiktok.orders.SettlementSink;
import io.suitetok.sandbox.tiktok.orders.SimLine;
import io.suitetok.sandbox.tiktok.orders.SimOrder;
import io.suitetok.sandbox.tiktok.shops.Shop;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Daily statements per shop (one per UTC day, {@code statement_time} at 00:00 UTC), their
 * transactions, and the payment of each statement. Transactions come from settled orders, refunds
 * after settlement and adjustments; a statement's amounts are the sums of its transactions, so
 * {@code settlement = revenue + fee + adjustment} holds for it as for each transaction.
 */
@Component
public class Ledger implements SettlementSink {

    /** Statement header fields that are sums of their transactions; all other fields are per line only. */
    private static final Set<String> TOTAL_FIELDS = Set.of("settlement_amount", "revenue_amount",
            "fee_amount", "adjustment_amount");
    /** A bulk statement is for benchmarks; beyond this the totalling pass takes too long to be useful. */
    static final int MAX_BULK_LINES = 5_000_000;

    private final Map<String, DailyStatement> statements = new LinkedHashMap<>();
    private final AtomicInteger bulkStatementsCreated =
            new AtomicInteger();
    private final StateLock lock;
    private final IdSequence ids;
    private final ShopDirectory shops;
    private final Clock clock;

    public Ledger(StateLock lock, IdSequence ids, ShopDirectory shops, Clock clock) {
        this.lock = lock;
        this.ids = ids;
        this.shops = shops;
        this.clock = clock;
    }

    @Override
    public void settle(SimOrder order, LocalDate day) {
        lock.run(() -> {
            Shop shop = shops.require(order.shopId());
            DailyStatement statement = statementFor(shop, day);
            boolean us = shop.region().equals("US");
            Map<String, BigDecimal> amounts = OrderSettlement.amounts(order, FeeSchedule.forRegion(shop.region()), us);
            statement.transactions.add(new StatementTx(ids.next("transaction"), "ORDER", statement.id,
                    statement.statementTime(), order.id(), order.createTime(), null, null, order.currency(),
                    amounts, OrderSettlement.skuLines(order, order.activeLines(), amounts)));
        });
    }

    @Override
    public void refundAfterSettlement(SimOrder order, ReturnOrder refund, LocalDate day) {
        lock.run(() -> {
            Shop shop = shops.require(order.shopId());
            DailyStatement statement = statementFor(shop, day);
            List<SimLine> lines = order.lines().stream().filter(l -> refund.lineIds().contains(l.id())).toList();
            Map<String, BigDecimal> amounts = OrderSettlement.refundAmounts(order, lines,
                    FeeSchedule.forRegion(shop.region()), shop.region().equals("US"));
            statement.transactions.add(new StatementTx(ids.next("transaction"), "ORDER", statement.id,
                    statement.statementTime(), order.id(), order.createTime(), null, null, order.currency(),
                    amounts, OrderSettlement.skuLines(order, lines, amounts)));
        });
    }

    /**
     * An adjustment transaction (for example SHIPPING_FEE_ADJUSTMENT or PLATFORM_COMPENSATION):
     * settlement equals the adjustment amount, positive in the seller's favour.
     */
    public String addAdjustment(String shopId, LocalDate day, String type, BigDecimal amount, String orderId) {
        if (type == null || type.isBlank() || type.equals("ORDER")) {
            throw SandboxRefusal.badRequest("an adjustment needs a type other than ORDER");
        }
        Shop shop = shops.byId(shopId).orElseThrow(() -> SandboxRefusal.badRequest("no shop " + shopId));
        BigDecimal rounded = cents(amount);
        return lock.apply(() -> {
            DailyStatement statement = statementFor(shop, day);
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            amounts.put("revenue_amount", BigDecimal.ZERO.setScale(2));
            amounts.put("fee_amount", BigDecimal.ZERO.setScale(2));
            amounts.put("adjustment_amount", rounded);
            StatementTx tx = new StatementTx(ids.next("transaction"), type, statement.id, statement.statementTime(),
                    null, null, ids.next("adjustment"), orderId, shop.currency(), amounts, List.of());
            statement.transactions.add(tx);
            return tx.id;
        });
    }

    /**
     * A fee TikTok may add that the hub does not know, booked under {@code fieldName} (for example
     * {@code eco_packaging_fee_amount}) and included in {@code fee_amount} and {@code settlement_amount}.
     * It goes onto the order's transaction in the day's statement when there is one, otherwise onto a new
     * ORDER transaction of that order id (which need not be an order the shop has) with no revenue.
     */
    public String addUnknownFee(String shopId, LocalDate day, String fieldName, BigDecimal amount, String orderId) {
        if (fieldName == null || !fieldName.matches("[a-z][a-z0-9_]*_amount") || TOTAL_FIELDS.contains(fieldName)) {
            throw SandboxRefusal.badRequest("fieldName must be a snake_case *_amount field other than the totals, was "
                    + fieldName);
        }
        if (orderId == null || orderId.isBlank()) {
            throw SandboxRefusal.badRequest("an unknown fee needs the order id it is charged on");
        }
        Shop shop = shops.byId(shopId).orElseThrow(() -> SandboxRefusal.badRequest("no shop " + shopId));
        BigDecimal rounded = cents(amount);
        return lock.apply(() -> {
            DailyStatement statement = statementFor(shop, day);
            StatementTx tx = statement.transactions.stream()
                    .filter(t -> t.type.equals("ORDER") && orderId.equals(t.orderId)).findFirst()
                    .orElseGet(() -> {
                        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
                        amounts.put("revenue_amount", BigDecimal.ZERO.setScale(2));
                        amounts.put("fee_amount", BigDecimal.ZERO.setScale(2));
                        amounts.put("adjustment_amount", BigDecimal.ZERO.setScale(2));
                        StatementTx created = new StatementTx(ids.next("transaction"), "ORDER", statement.id,
                                statement.statementTime(), orderId, null, null, null, shop.currency(), amounts,
                                List.of());
                        statement.transactions.add(created);
                        return created;
                    });
            tx.addFee(fieldName, rounded);
            return tx.id;
        });
    }

    /**
     * Pays the shop's statements of the day now (normally they are paid the day after): status PAID,
     * the payment's paid_time and create_time now, reserve 0. Returns the payment ids.
     */
    public List<String> payStatements(String shopId, LocalDate day) {
        long now = clock.instant().getEpochSecond();
        return lock.apply(() -> {
            List<DailyStatement> ofDay = statements.values().stream()
                    .filter(s -> s.shopId.equals(shopId) && s.day.equals(day)).toList();
            if (ofDay.isEmpty()) {
                throw SandboxRefusal.notFound("shop " + shopId + " has no statement on " + day);
            }
            ofDay.forEach(s -> s.paidTime = s.paidTime == null ? now : s.paidTime);
            return ofDay.stream().map(s -> s.paymentId).toList();
        });
    }

    /**
     * A statement of {@code lineCount} generated ORDER transactions (see {@link BulkStatementLines}),
     * beside the shop's ordinary statement of that day. The lines are derived on demand from
     * {@code (seed, index)}; only the totals are kept. Returns the statement id.
     */
    public String bulkStatement(String shopId, LocalDate day, int lineCount, long seed) {
        if (lineCount < 1 || lineCount > MAX_BULK_LINES) {
            throw SandboxRefusal.badRequest("lineCount must be 1.." + MAX_BULK_LINES + ", was " + lineCount);
        }
        Shop shop = shops.byId(shopId).orElseThrow(() -> SandboxRefusal.badRequest("no shop " + shopId));
        int ordinal = bulkStatementsCreated.incrementAndGet();
        long statementTime = day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        // Totalled outside the lock: a million lines take a moment and nothing else is touched.
        BulkStatementLines lines = new BulkStatementLines(ordinal, seed, lineCount, shop.region(), shop.currency(),
                statementTime);
        return lock.apply(() -> {
            DailyStatement statement = new DailyStatement(ids.next("statement"), ids.next("payment"), shop.id(), day,
                    shop.currency());
            statement.bulk = lines;
            statements.put(shop.id() + "|" + day + "|bulk-" + ordinal, statement);
            return statement.id;
        });
    }

    List<DailyStatement> statements(String shopId) {
        return lock.apply(() -> statements.values().stream().filter(s -> s.shopId.equals(shopId)).toList());
    }

    Optional<DailyStatement> statement(String statementId) {
        return lock.apply(() -> statements.values().stream().filter(s -> s.id.equals(statementId)).findFirst());
    }

    List<StatementTx> transactionsOfOrder(String orderId) {
        return lock.apply(() -> statements.values().stream().flatMap(s -> s.transactions.stream())
                .filter(tx -> orderId.equals(tx.orderId)).toList());
    }

    /**
     * A statement's transactions as Get Statement Transactions shows them, all at once: for tests and the
     * local stack's invariants, which check the hub's copy against TikTok's own (a bulk statement's lines are
     * generated, not stored, and are not listed).
     */
    public List<Map<String, Object>> statementTransactions(String statementId) {
        return lock.apply(() -> statement(statementId).map(s -> s.transactions.stream()
                .map(Ledger::statementTransactionView).toList()).orElse(List.of()));
    }

    /** Every statement of a shop as the control API shows it: totals and transaction count. */
    public List<Map<String, Object>> statementSummaries(String shopId) {
        return lock.apply(() -> statements(shopId).stream().map(s -> statementView(s)).toList());
    }

    public void reset() {
        lock.run(statements::clear);
    }

    Map<String, Object> statementView(DailyStatement s) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", s.id);
        view.put("statement_time", s.statementTime());
        view.put("currency", s.currency);
        view.put("settlement_amount", text(s.total("settlement_amount"), s.currency));
        view.put("revenue_amount", text(s.total("revenue_amount"), s.currency));
        view.put("fee_amount", text(s.total("fee_amount"), s.currency));
        view.put("adjustment_amount", text(s.total("adjustment_amount"), s.currency));
        view.put("net_sales_amount", text(s.total("net_sales_amount"), s.currency));
        view.put("shipping_cost_amount", text(s.total("shipping_cost_amount"), s.currency));
        view.put("payment_status", paymentStatus(s));
        view.put("payment_id", s.paymentId);
        return view;
    }

    Map<String, Object> paymentView(DailyStatement s) {
        BigDecimal settlement = s.total("settlement_amount");
        BigDecimal paid = settlement.signum() > 0 ? settlement : BigDecimal.ZERO.setScale(2);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", s.paymentId);
        view.put("create_time", s.paymentTime());
        if (paymentStatus(s).equals("PAID")) {
            view.put("paid_time", s.paymentTime());
        }
        view.put("status", paymentStatus(s));
        view.put("amount", money(paid, s.currency));
        view.put("settlement_amount", money(settlement, s.currency));
        view.put("reserve_amount", money(BigDecimal.ZERO, s.currency));
        view.put("payment_amount_before_exchange", money(paid, s.currency));
        view.put("exchange_rate", "1.000000");
        view.put("bank_account", "****6789");
        return view;
    }

    /**
     * A row of Get Statement Transactions: the transaction's type and what it is about (order or
     * adjustment); the statement is the one asked for, so no status or statement id.
     */
    static Map<String, Object> statementTransactionView(StatementTx tx) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", tx.id);
        view.put("type", tx.type);
        if (tx.orderId != null) {
            view.put("order_id", tx.orderId);
            view.put("order_create_time", tx.orderCreateTime);
        }
        if (tx.adjustmentId != null) {
            view.put("adjustment_id", tx.adjustmentId);
            if (tx.adjustmentOrderId != null) {
                view.put("adjustment_order_id", tx.adjustmentOrderId);
            }
        }
        view.put("currency", tx.currency);
        tx.amounts.forEach((field, amount) -> view.put(field, text(amount, tx.currency)));
        return view;
    }

    /**
     * A row of Get Order Statement Transactions: its status and statement, the amounts and the SKU rows;
     * the order is the one asked for, so no type or order id.
     */
    static Map<String, Object> orderTransactionView(StatementTx tx) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", tx.id);
        view.put("status", "SETTLED");
        view.put("statement_id", tx.statementId);
        view.put("statement_time", tx.statementTime);
        view.put("currency", tx.currency);
        tx.amounts.forEach((field, amount) -> view.put(field, text(amount, tx.currency)));
        view.put("sku_statement_transactions", tx.skuLines);
        return view;
    }

    private String paymentStatus(DailyStatement s) {
        return s.paidTime != null || clock.instant().getEpochSecond() >= s.paymentTime() ? "PAID" : "PROCESSING";
    }

    private DailyStatement statementFor(Shop shop, LocalDate day) {
        return statements.computeIfAbsent(shop.id() + "|" + day, key -> new DailyStatement(ids.next("statement"),
                ids.next("payment"), shop.id(), day, shop.currency()));
    }

    private static BigDecimal cents(BigDecimal amount) {
        if (amount == null) {
            throw SandboxRefusal.badRequest("amount is required");
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw SandboxRefusal.badRequest(amount + " has more than 2 decimals");
        }
    }

    private static Map<String, String> money(BigDecimal amount, String currency) {
        return Map.of("value", text(amount, currency), "currency", currency);
    }

    private static String text(BigDecimal amount, String currency) {
        return AmountText.of(amount, currency);
    }

    /** One shop's statement of one UTC day. */
    static final class DailyStatement {
        final String id;
        final String paymentId;
        final String shopId;
        final LocalDate day;
        final String currency;
        final List<StatementTx> transactions = new ArrayList<>();
        /** When paid through the control API, ahead of the usual day after. */
        Long paidTime;
        /** Set for a bulk statement, whose lines are generated rather than stored. */
        BulkStatementLines bulk;

        DailyStatement(String id, String paymentId, String shopId, LocalDate day, String currency) {
            this.id = id;
            this.paymentId = paymentId;
            this.shopId = shopId;
            this.day = day;
            this.currency = currency;
        }

        long statementTime() {
            return day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        }

        /** Paid out the day after the statement day, unless paid earlier through the control API. */
        long paymentTime() {
            return paidTime != null ? paidTime : statementTime() + 86_400;
        }

        BigDecimal total(String field) {
            BigDecimal stored = transactions.stream().map(tx -> tx.amount(field)).reduce(BigDecimal.ZERO.setScale(2),
                    BigDecimal::add);
            return bulk == null ? stored : stored.add(bulk.total(field));
        }
    }
}
