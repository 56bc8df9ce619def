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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Daily statements per shop (one per UTC day, {@code statement_time} at 00:00 UTC), their
 * transactions, and the payment of each statement. Transactions come from settled orders, refunds
 * after settlement and adjustments; a statement's amounts are the sums of its transactions, so
 * {@code settlement = revenue + fee + adjustment} holds for it as for each transaction.
 */
@Component
public class Ledger implements SettlementSink {

    private final Map<String, DailyStatement> statements = new LinkedHashMap<>();
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
        BigDecimal rounded;
        try {
            rounded = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw SandboxRefusal.badRequest(amount + " has more than 2 decimals");
        }
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
        return clock.instant().getEpochSecond() >= s.paymentTime() ? "PAID" : "PROCESSING";
    }

    private DailyStatement statementFor(Shop shop, LocalDate day) {
        return statements.computeIfAbsent(shop.id() + "|" + day, key -> new DailyStatement(ids.next("statement"),
                ids.next("payment"), shop.id(), day, shop.currency()));
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

        /** Paid out the day after the statement day. */
        long paymentTime() {
            return statementTime() + 86_400;
        }

        BigDecimal total(String field) {
            return transactions.stream().map(tx -> tx.amount(field)).reduce(BigDecimal.ZERO.setScale(2),
                    BigDecimal::add);
        }
    }
}
