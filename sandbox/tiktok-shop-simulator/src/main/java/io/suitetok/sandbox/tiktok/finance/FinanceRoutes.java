package io.suitetok.sandbox.tiktok.finance;

import static io.suitetok.sandbox.tiktok.protocol.Endpoints.ORDER_STATEMENT_TRANSACTIONS;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.PAYMENTS;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.STATEMENTS;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.STATEMENT_TRANSACTIONS;

import io.suitetok.sandbox.tiktok.StateLock;
import io.suitetok.sandbox.tiktok.finance.Ledger.DailyStatement;
import io.suitetok.sandbox.tiktok.orders.OrderBook;
import io.suitetok.sandbox.tiktok.orders.SimOrder;
import io.suitetok.sandbox.tiktok.protocol.EndpointRoutes;
import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.protocol.PageTokens;
import io.suitetok.sandbox.tiktok.protocol.PageTokens.Page;
import io.suitetok.sandbox.tiktok.protocol.RouteTable;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.protocol.VerifiedCall;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Statements, statement transactions, an order's transactions, and payments (202309). */
@Component
public class FinanceRoutes implements EndpointRoutes {

    private final Ledger ledger;
    private final OrderBook orders;
    private final StateLock lock;

    public FinanceRoutes(Ledger ledger, OrderBook orders, StateLock lock) {
        this.ledger = ledger;
        this.orders = orders;
        this.lock = lock;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(STATEMENTS, this::statements);
        routes.on(STATEMENT_TRANSACTIONS, this::statementTransactions);
        routes.on(ORDER_STATEMENT_TRANSACTIONS, this::orderTransactions);
        routes.on(PAYMENTS, this::payments);
    }

    private Object statements(VerifiedCall call) {
        requireSortField(call, "statement_time");
        boolean ascending = ascending(call);
        int pageSize = call.pageSize(false, 20);
        long from = call.queryLong("statement_time_ge").orElse(Long.MIN_VALUE);
        long to = call.queryLong("statement_time_lt").orElse(Long.MAX_VALUE);
        String status = call.query("payment_status").orElse(null);
        return lock.apply(() -> {
            Comparator<DailyStatement> order = Comparator.comparingLong(DailyStatement::statementTime);
            List<Map<String, Object>> found = ledger.statements(call.shop().id()).stream()
                    .filter(s -> s.statementTime() >= from && s.statementTime() < to)
                    .sorted(ascending ? order : order.reversed())
                    .map(ledger::statementView)
                    .filter(view -> status == null || status.equals(view.get("payment_status")))
                    .toList();
            return PageTokens.byOffset(found, call.query("page_token").orElse(null), pageSize).data("statements");
        });
    }

    private Object statementTransactions(VerifiedCall call) {
        requireSortField(call, "order_create_time");
        boolean ascending = ascending(call);
        int pageSize = call.pageSize(false, 20);
        return lock.apply(() -> {
            DailyStatement statement = ledger.statement(call.pathParam("statement_id"))
                    .filter(s -> s.shopId.equals(call.shop().id()))
                    .orElseThrow(() -> TikTokError.invalidParameter("statement_id " + call.pathParam("statement_id")
                            + " does not exist"));
            Page<Map<String, Object>> page = statement.bulk != null
                    ? bulkPage(statement, ascending, call.query("page_token").orElse(null), pageSize)
                    : storedPage(statement, ascending, call.query("page_token").orElse(null), pageSize);
            Map<String, Object> data = new LinkedHashMap<>(ledger.statementView(statement));
            data.remove("id");
            data.put("statement_id", statement.id);
            data.put("total_count", page.totalCount());
            data.put("next_page_token", page.nextPageToken());
            data.put("statement_transactions", page.items());
            return data;
        });
    }

    /** Ordered by order_create_time (adjustments by the statement's time), then id: stable across calls. */
    private static Page<Map<String, Object>> storedPage(DailyStatement statement, boolean ascending, String token,
            int pageSize) {
        Comparator<StatementTx> order = Comparator.comparingLong(
                (StatementTx tx) -> tx.orderCreateTime == null ? tx.statementTime : tx.orderCreateTime)
                .thenComparing(tx -> tx.id);
        List<Map<String, Object>> found = statement.transactions.stream()
                .sorted(ascending ? order : order.reversed())
                .map(Ledger::statementTransactionView).toList();
        return PageTokens.byOffset(found, token, pageSize);
    }

    /** A bulk statement's lines rise with their index, so a page is a run of indexes, derived one by one. */
    private static Page<Map<String, Object>> bulkPage(DailyStatement statement, boolean ascending, String token,
            int pageSize) {
        BulkStatementLines lines = statement.bulk;
        int from = PageTokens.offset(token);
        int to = Math.min(lines.lineCount, from + pageSize);
        List<Map<String, Object>> items = new ArrayList<>(Math.max(0, to - from));
        for (int position = from; position < to; position++) {
            int index = ascending ? position : lines.lineCount - 1 - position;
            items.add(Ledger.statementTransactionView(lines.line(index, statement.id, statement.statementTime())));
        }
        String next = to < lines.lineCount ? PageTokens.encode(Integer.toString(to)) : "";
        return new Page<>(items, next, lines.lineCount);
    }

    /** Only settled orders have transactions; an order not settled yet answers an empty list. */
    private Object orderTransactions(VerifiedCall call) {
        String orderId = call.pathParam("order_id");
        SimOrder order = orders.find(orderId).filter(o -> o.shopId().equals(call.shop().id())).orElseThrow(() ->
                TikTokError.business(ErrorCodes.ORDER_NOT_FOUND, "order " + orderId + " does not exist"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("order_id", order.id());
        data.put("order_create_time", order.createTime());
        data.put("statement_transactions", ledger.transactionsOfOrder(orderId).stream()
                .map(Ledger::orderTransactionView).toList());
        return data;
    }

    private Object payments(VerifiedCall call) {
        requireSortField(call, "create_time");
        boolean ascending = ascending(call);
        int pageSize = call.pageSize(false, 20);
        long from = call.queryLong("create_time_ge").orElse(Long.MIN_VALUE);
        long to = call.queryLong("create_time_lt").orElse(Long.MAX_VALUE);
        return lock.apply(() -> {
            Comparator<DailyStatement> order = Comparator.comparingLong(DailyStatement::paymentTime);
            List<Map<String, Object>> found = ledger.statements(call.shop().id()).stream()
                    .filter(s -> s.paymentTime() >= from && s.paymentTime() < to)
                    .sorted(ascending ? order : order.reversed())
                    .map(ledger::paymentView).toList();
            return PageTokens.byOffset(found, call.query("page_token").orElse(null), pageSize).data("payments");
        });
    }

    private static void requireSortField(VerifiedCall call, String field) {
        String given = call.query("sort_field").orElseThrow(() ->
                TikTokError.invalidParameter("sort_field is required"));
        if (!given.equals(field)) {
            throw TikTokError.invalidParameter("sort_field must be " + field);
        }
    }

    private static boolean ascending(VerifiedCall call) {
        String order = call.query("sort_order").orElse("DESC");
        if (!order.equals("ASC") && !order.equals("DESC")) {
            throw TikTokError.invalidParameter("sort_order must be ASC or DESC");
        }
        return order.equals("ASC");
    }
}
