package io.suitetok.tiktok.api;

import static io.suitetok.tiktok.http.TikTokEndpoints.ORDER_STATEMENT_TRANSACTIONS;
import static io.suitetok.tiktok.http.TikTokEndpoints.PAYMENTS;
import static io.suitetok.tiktok.http.TikTokEndpoints.STATEMENTS;
import static io.suitetok.tiktok.http.TikTokEndpoints.STATEMENT_TRANSACTIONS;

import io.suitetok.tiktok.http.ApiCall;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.http.TikTokTransport;
import io.suitetok.tiktok.model.finance.OrderStatementTransactions;
import io.suitetok.tiktok.model.finance.PayoutPage;
import io.suitetok.tiktok.model.finance.StatementPage;
import io.suitetok.tiktok.model.finance.StatementTransactionPage;

/** Settlement data: daily statements, their transactions, per-order transactions, payouts. */
public class FinanceApi {

    private final TikTokTransport transport;

    public FinanceApi(TikTokTransport transport) {
        this.transport = transport;
    }

    /** Statements whose day starts in [from, to), Unix seconds. */
    public StatementPage statements(ShopContext shop, long fromInclusive, long toExclusive, String pageToken) {
        return transport.execute(shop, timeWindowPage(ApiCall.to(STATEMENTS), "statement_time", fromInclusive,
                toExclusive, pageToken), StatementPage.class);
    }

    public StatementTransactionPage statementTransactions(ShopContext shop, String statementId, String pageToken) {
        return transport.execute(shop, ApiCall.to(STATEMENT_TRANSACTIONS).path("statement_id", statementId)
                .query("sort_field", "order_create_time")
                .query("page_size", 100)
                .query("page_token", pageToken), StatementTransactionPage.class);
    }

    public OrderStatementTransactions orderTransactions(ShopContext shop, String orderId) {
        return transport.execute(shop, ApiCall.to(ORDER_STATEMENT_TRANSACTIONS).path("order_id", orderId),
                OrderStatementTransactions.class);
    }

    public PayoutPage payments(ShopContext shop, long fromInclusive, long toExclusive, String pageToken) {
        return transport.execute(shop, timeWindowPage(ApiCall.to(PAYMENTS), "create_time", fromInclusive,
                toExclusive, pageToken), PayoutPage.class);
    }

    /** Finance lists filter on one time field, [ge, lt), and must be sorted by that same field. */
    private static ApiCall timeWindowPage(ApiCall call, String timeField, long fromInclusive, long toExclusive,
            String pageToken) {
        return call.query(timeField + "_ge", fromInclusive)
                .query(timeField + "_lt", toExclusive)
                .query("sort_field", timeField)
                .query("page_size", 100)
                .query("page_token", pageToken);
    }
}
