package io.suitetok.localstack;

import io.suitetok.localstack.DayLedger.DayReturn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Part of {@link SettlementInvariant}: each refund TikTok completed after its order's statement
 * ({@link LateRefund}) is a line of a later statement than the order's sale, with negative revenue, and the hub
 * matched it to that return. Without it the day would never show settlement a refund line at all.
 */
final class LateRefundCheck {

    private final Map<String, DayReturn> byOrder = new HashMap<>();
    private final Map<String, String> saleStatement = new HashMap<>();
    private final Map<String, String> refundStatement = new HashMap<>();
    private final List<String> mismatches = new ArrayList<>();

    LateRefundCheck(List<DayReturn> refunds) {
        refunds.forEach(ret -> byOrder.put(ret.orderId(), ret));
    }

    /** One TikTok transaction of statement {@code statementId}, and the hub's copy (null when it has none). */
    void see(String statementId, Map<String, Object> transaction, JsonNode hubLine) {
        DayReturn ret = byOrder.get(String.valueOf(transaction.get("order_id")));
        if (ret == null || !"ORDER".equals(transaction.get("type"))) {
            return;
        }
        Object revenue = transaction.get("revenue_amount");
        if (revenue == null || new BigDecimal(String.valueOf(revenue)).signum() >= 0) {
            saleStatement.put(ret.orderId(), statementId);
            return;
        }
        refundStatement.put(ret.orderId(), statementId);
        if (hubLine != null && !("REFUND".equals(hubLine.path("matchStatus").asText())
                && ret.returnId().equals(hubLine.path("returnId").asText()))) {
            mismatches.add("refund after settlement " + ret.returnId() + " of order " + ret.orderId() + ": the hub "
                    + "matched its line " + hubLine.path("matchStatus").asText() + " to return "
                    + hubLine.path("returnId").asText("none") + " (" + hubLine.path("matchReason").asText("") + ")");
        }
    }

    List<String> mismatches() {
        List<String> all = new ArrayList<>(mismatches);
        byOrder.values().forEach(ret -> {
            String sale = saleStatement.get(ret.orderId());
            String refund = refundStatement.get(ret.orderId());
            String what = "refund after settlement " + ret.returnId() + " of order " + ret.orderId();
            if (sale == null || refund == null) {
                all.add(what + ": TikTok's statements show " + (sale == null ? "no sale line" : "no refund line"));
            } else if (sale.equals(refund)) {
                all.add(what + ": refunded in statement " + refund + ", the one that settled the order");
            }
        });
        return all;
    }
}
