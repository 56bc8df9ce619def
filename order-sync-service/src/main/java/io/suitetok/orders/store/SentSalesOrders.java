package io.suitetok.orders.store;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which orders' Sales Orders have ever been sent to NetSuite. A send whose answer is lost may have been
 * committed; NetSuite is then the only one who knows. Recorded in a transaction of its own, committed
 * before the call, so neither a lost answer nor a crash between the call and the flush's commit forgets it.
 */
@Repository
public class SentSalesOrders {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public SentSalesOrders(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Call just before sending; committed at once, whatever the caller's transaction does later. */
    public void recordSending(List<OrderKey> orders) {
        if (orders.isEmpty()) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> jdbc.update("insert into sales_order_sent (shop_id, order_id) "
                + "select * from unnest(?, ?) order by 1, 2 on conflict do nothing",
                orders.stream().map(OrderKey::shopId).toArray(String[]::new),
                orders.stream().map(OrderKey::orderId).toArray(String[]::new)));
    }

    public boolean wasSent(String shopId, String orderId) {
        return !jdbc.queryForList("select 1 from sales_order_sent where shop_id = ? and order_id = ?", Integer.class,
                shopId, orderId).isEmpty();
    }

    public record OrderKey(String shopId, String orderId) {
    }
}
