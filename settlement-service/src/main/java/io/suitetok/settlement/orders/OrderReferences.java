package io.suitetok.settlement.orders;

import io.suitetok.model.money.Money;
import io.suitetok.model.order.Order;
import io.suitetok.model.order.OrderLine;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.model.order.ReturnResult;
import io.suitetok.model.order.SalesOrderResult;
import io.suitetok.settlement.config.SettlementProperties;
import io.suitetok.settlement.matching.LineMatcher;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The order flow's facts as settlement keeps them, and the re-match of a statement line they arrive too
 * late for (a line stays UNMATCHED only while the hub truly knows nothing of its order or refund).
 */
@Repository
public class OrderReferences {

    private final JdbcTemplate jdbc;
    private final SettlementProperties properties;
    private final LineMatcher matcher;

    public OrderReferences(JdbcTemplate jdbc, SettlementProperties properties, LineMatcher matcher) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.matcher = matcher;
    }

    void salesOrderWritten(SalesOrderResult result) {
        jdbc.update("insert into order_ref (shop_id, order_id, sales_order_id) values (?, ?, ?) on conflict (shop_id, "
                + "order_id) do update set sales_order_id = excluded.sales_order_id, updated_at = now()",
                result.shopId(), result.orderId(), result.netsuiteId());
        rematch(result.shopId(), result.orderId());
    }

    /**
     * What TikTok should settle for the order, by TikTok's documented formula: revenue = the goods after
     * seller discounts (platform discounts are TikTok's and paid to the merchant) + the buyer's shipping +
     * TikTok's shipping subsidy + tax the buyer paid, for the units not cancelled; expected fees as the shop's
     * configuration predicts them ({@link ExpectedFees}). Both are estimates for the reconciliation, which
     * names the cause of any difference; they never change what is posted.
     */
    void expected(Order order) {
        if (order.status() == OrderStatus.UNPAID || order.lines().isEmpty()) {
            return;
        }
        String shopId = order.shopId().value();
        int scale = Math.max(0, java.util.Currency.getInstance(order.currency()).getDefaultFractionDigits());
        BigDecimal goods = BigDecimal.ZERO;
        BigDecimal platformDiscount = BigDecimal.ZERO;
        int active = 0;
        for (OrderLine line : order.lines()) {
            if (line.quantity() == 0) {
                continue;
            }
            goods = goods.add(line.revenueAmount().amount().multiply(BigDecimal.valueOf(line.activeQuantity()))
                    .divide(BigDecimal.valueOf(line.quantity()), scale, RoundingMode.HALF_UP));
            platformDiscount = platformDiscount.add(amount(line.platformDiscount())
                    .multiply(BigDecimal.valueOf(line.activeQuantity()))
                    .divide(BigDecimal.valueOf(line.quantity()), scale, RoundingMode.HALF_UP));
            active += line.activeQuantity();
        }
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal payment = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        if (active > 0 && order.status() != OrderStatus.CANCELLED) {
            tax = amount(order.totals().tax());
            BigDecimal shipping = amount(order.totals().shippingFee());
            revenue = goods.add(shipping).add(amount(order.totals().shippingPlatformDiscount())).add(tax);
            // TikTok's customer_payment: what the buyer paid, the platform discount being TikTok's money.
            payment = goods.subtract(platformDiscount).add(shipping).add(tax);
        } else {
            goods = BigDecimal.ZERO;
        }
        var shop = properties.shop(shopId);
        BigDecimal fees = shop.isPresent() ? ExpectedFees.of(shop.get(), goods, payment, tax, scale) : BigDecimal.ZERO;
        jdbc.update("insert into order_ref (shop_id, order_id, currency, expected_revenue, expected_fees) values "
                + "(?, ?, ?, ?, ?) on conflict (shop_id, order_id) do update set currency = excluded.currency, "
                + "expected_revenue = excluded.expected_revenue, expected_fees = excluded.expected_fees, updated_at = now()",
                shopId, order.orderId().value(), order.currency(), revenue, fees);
    }

    void returnCredited(ReturnResult result) {
        jdbc.update("insert into return_ref (shop_id, return_id, order_id, credit_memo_id, credited_amount, currency, "
                + "refund_total, platform_refund) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (shop_id, return_id) do "
                + "update set credit_memo_id = coalesce(excluded.credit_memo_id, return_ref.credit_memo_id), "
                + "credited_amount = coalesce(excluded.credited_amount, return_ref.credited_amount), currency = "
                + "excluded.currency, refund_total = excluded.refund_total, platform_refund = excluded.platform_refund",
                result.shopId(), result.returnId(), result.orderId(), result.creditMemoId(), result.creditedAmount(),
                result.currency(), result.refundTotal(), result.platformRefund());
        if (result.creditMemoId() != null) {
            rematch(result.shopId(), result.orderId());
        }
    }

    /** Lines of the order left unmatched for want of this fact are matched now (resolved ones are left alone). */
    private void rematch(String shopId, String orderId) {
        properties.shop(shopId).ifPresent(books -> matcher.matchOrder(orderId, books));
        jdbc.update("update statement s set unmatched_count = (select count(*) from statement_line l where "
                + "l.statement_id = s.statement_id and l.match_status = 'UNMATCHED' and l.resolved_at is null) where "
                + "s.statement_id in (select distinct statement_id from statement_line where shop_id = ? and order_id = ?)",
                shopId, orderId);
    }

    private static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO : money.amount();
    }
}
