package io.suitetok.settlement.posting;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventType;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.settlement.OrdersSettled;
import io.suitetok.model.settlement.StatementSettled;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.outbox.OutboxWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * settlement.statements.v1: one {@code StatementSettled} per statement (its totals, match counts and Journal
 * Entry), and {@code OrdersSettled} events naming the orders a statement settled, a thousand at a time (a
 * statement may settle a million orders: one event per order would flood the topic), so that order-sync's
 * journey can show "settled in statement X, paid out in payment Y".
 */
public class SettlementAnnouncements {

    static final int ORDERS_PER_EVENT = 1000;

    public enum Events implements EventType {
        StatementSettled,
        OrdersSettled;

        @Override
        public int schemaVersion() {
            return 1;
        }
    }

    private final JdbcTemplate jdbc;
    private final OutboxWriter outbox;
    private final EventCodec codec;
    private final TransactionTemplate transaction;

    public SettlementAnnouncements(JdbcTemplate jdbc, OutboxWriter outbox, EventCodec codec,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.codec = codec;
        this.transaction = transaction;
    }

    public void statementSettled(String statementId) {
        transaction.executeWithoutResult(status -> {
            Map<String, Object> row = jdbc.queryForMap("select * from statement where statement_id = ?", statementId);
            String shopId = (String) row.get("shop_id");
            StatementSettled settled = new StatementSettled(shopId, statementId, (String) row.get("currency"),
                    (BigDecimal) row.get("settlement_amount"), (BigDecimal) row.get("revenue_amount"),
                    (BigDecimal) row.get("fee_amount"), (BigDecimal) row.get("adjustment_amount"),
                    (Integer) row.get("line_count"), (Integer) row.get("unmatched_count"), (String) row.get("state"),
                    (String) row.get("journal_entry_id"), (String) row.get("payment_id"),
                    (String) row.get("payment_status"));
            outbox.enqueue(HubTopic.SETTLEMENT_STATEMENTS, codec.envelope(Events.StatementSettled,
                    "settlement-service", statementId, statementId, new ShopId(shopId), settled));
            List<String> batch = new ArrayList<>();
            jdbc.query("select distinct order_id from statement_line where statement_id = ? and order_id is not null "
                    + "and match_status in ('ORDER', 'REFUND') order by order_id", rs -> {
                        batch.add(rs.getString(1));
                        if (batch.size() == ORDERS_PER_EVENT) {
                            ordersSettled(settled, batch);
                            batch.clear();
                        }
                    }, statementId);
            if (!batch.isEmpty()) {
                ordersSettled(settled, batch);
            }
        });
    }

    private void ordersSettled(StatementSettled statement, List<String> orderIds) {
        OrdersSettled payload = new OrdersSettled(statement.shopId(), statement.statementId(), statement.paymentId(),
                statement.paymentStatus(), List.copyOf(orderIds));
        outbox.enqueue(HubTopic.SETTLEMENT_STATEMENTS, codec.envelope(Events.OrdersSettled, "settlement-service",
                statement.statementId(), statement.statementId(), new ShopId(statement.shopId()), payload));
    }
}
