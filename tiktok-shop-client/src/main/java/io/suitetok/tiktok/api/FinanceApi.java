package io.suitetok.tiktok.api;

import static io.suitetok.tiktok.http.TikTokEndpoints.ORDER_STATEMENT_TRANSACTIONS;
import static io.suitetok.tiktok.http.TikTokEndpoints.PAYMENTS;
import static io.suitetok.tiktok.http.TikTokEndpoints.STATEMENTS;
import static io.suitetok.tiktok.http.TikTokEndpoints.STATEMENT_TRANSACTIONS;

import io.suitetok.tiktok.http.ApiCall;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.http.TikTokTransport;
import io.suitetok.tiktok.model.finance.OrderStatementTransactions;
import io.suitetok.tiktok.model.finance.Payout;
import io.suitetok.tiktok.model.finance.PayoutPage;
import io.suitetok.tiktok.model.finance.StatementPage;
import io.suitetok.tiktok.model.finance.Statement;
import io.suitetok.tiktok.model.finance.StatementTransaction;
import io.suitetok.tiktok.model.finance.StatementTransactionPage;
import java.util.List;
import java.util.function.Consumer;

/** Settlement data: daily statements, their transactions, per-order transactions, payouts. */
public class FinanceApi {

    /** TikTok's largest page for the finance lists. */
    public static final int MAX_PAGE_SIZE = 100;

    private final TikTokTransport transport;

    public FinanceApi(TikTokTransport transport) {
        this.transport = transport;
    }

    /** Statements whose day starts in [from, to), Unix seconds. */
    public StatementPage statements(ShopContext shop, long fromInclusive, long toExclusive, String pageToken) {
        return transport.execute(shop, timeWindowPage(ApiCall.to(STATEMENTS), "statement_time", fromInclusive,
                toExclusive, pageToken), StatementPage.class);
    }

    /**
     * Statements whose day starts in [from, to), Unix seconds, only those with the given
     * {@code payment_status} (PROCESSING, PAID, FAILED) when it is not null.
     */
    public StatementPage statements(ShopContext shop, long fromInclusive, long toExclusive, String paymentStatus,
            String pageToken) {
        return transport.execute(shop, timeWindowPage(ApiCall.to(STATEMENTS), "statement_time", fromInclusive,
                toExclusive, pageToken).query("payment_status", paymentStatus), StatementPage.class);
    }

    /** Every statement of the window, page after page, oldest first; returns how many there were. */
    public long forEachStatement(ShopContext shop, long fromInclusive, long toExclusive, String paymentStatus,
            Consumer<Statement> action) {
        long seen = 0;
        String token = null;
        do {
            StatementPage page = transport.execute(shop, timeWindowPage(ApiCall.to(STATEMENTS), "statement_time",
                    fromInclusive, toExclusive, token).query("sort_order", "ASC")
                    .query("payment_status", paymentStatus), StatementPage.class);
            for (Statement statement : page.statements() == null ? List.<Statement>of() : page.statements()) {
                action.accept(statement);
                seen++;
            }
            token = page.nextPageToken();
        } while (token != null && !token.isEmpty());
        return seen;
    }

    public StatementTransactionPage statementTransactions(ShopContext shop, String statementId, String pageToken) {
        return statementTransactions(shop, statementId, MAX_PAGE_SIZE, pageToken);
    }

    /** One page of a statement's transactions, in TikTok's default order (newest order first). */
    public StatementTransactionPage statementTransactions(ShopContext shop, String statementId, int pageSize,
            String pageToken) {
        return StatementTransactionPage.from(transport.execute(shop, ApiCall.to(STATEMENT_TRANSACTIONS)
                .path("statement_id", statementId)
                .query("sort_field", "order_create_time")
                .query("page_size", checkedPageSize(pageSize))
                .query("page_token", pageToken)));
    }

    /**
     * Every transaction of a statement, page after page, in the order TikTok serves them; only one page is
     * held at a time, so a statement of a million lines streams through. Returns the last page read (its
     * header carries the statement's totals and {@code total_count}; its list is that page's rows).
     */
    public StatementTransactionPage forEachStatementTransaction(ShopContext shop, String statementId, int pageSize,
            Consumer<StatementTransaction> action) {
        StatementTransactionPage page;
        String token = null;
        do {
            page = statementTransactions(shop, statementId, pageSize, token);
            if (page.statementTransactions() != null) {
                page.statementTransactions().forEach(action);
            }
            token = page.nextPageToken();
        } while (token != null && !token.isEmpty());
        return page;
    }

    public OrderStatementTransactions orderTransactions(ShopContext shop, String orderId) {
        return transport.execute(shop, ApiCall.to(ORDER_STATEMENT_TRANSACTIONS).path("order_id", orderId),
                OrderStatementTransactions.class);
    }

    public PayoutPage payments(ShopContext shop, long fromInclusive, long toExclusive, String pageToken) {
        return transport.execute(shop, timeWindowPage(ApiCall.to(PAYMENTS), "create_time", fromInclusive,
                toExclusive, pageToken), PayoutPage.class);
    }

    private static int checkedPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page_size must be 1.." + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        return pageSize;
    }

    /** Every payment created in [from, to), Unix seconds, page after page, oldest first; returns how many. */
    public long forEachPayment(ShopContext shop, long fromInclusive, long toExclusive, Consumer<Payout> action) {
        long seen = 0;
        String token = null;
        do {
            PayoutPage page = transport.execute(shop, timeWindowPage(ApiCall.to(PAYMENTS), "create_time",
                    fromInclusive, toExclusive, token).query("sort_order", "ASC"), PayoutPage.class);
            for (Payout payout : page.payments() == null ? List.<Payout>of() : page.payments()) {
                action.accept(payout);
                seen++;
            }
            token = page.nextPageToken();
        } while (token != null && !token.isEmpty());
        return seen;
    }

    /** Finance lists filter on one time field, [ge, lt), and must be sorted by that same field. */
    private static ApiCall timeWindowPage(ApiCall call, String timeField, long fromInclusive, long toExclusive,
            String pageToken) {
        return call.query(timeField + "_ge", fromInclusive)
                .query(timeField + "_lt", toExclusive)
                .query("sort_field", timeField)
                .query("page_size", MAX_PAGE_SIZE)
                .query("page_token", pageToken);
    }
}
