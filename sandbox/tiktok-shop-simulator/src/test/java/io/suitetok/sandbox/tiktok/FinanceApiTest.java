package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.model.finance.OrderStatementTransaction;
import io.suitetok.tiktok.model.finance.OrderStatementTransactions;
import io.suitetok.tiktok.model.finance.Payout;
import io.suitetok.tiktok.model.finance.SettlementAmounts;
import io.suitetok.tiktok.model.finance.Statement;
import io.suitetok.tiktok.model.finance.StatementTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Statements, their transactions, order transactions and payments, consistent to the cent. */
class FinanceApiTest extends AgainstFreshSimulator {

    private static final String US = ShopDirectory.US_SHOP_ID;
    private static final String UK = ShopDirectory.UK_SHOP_ID;

    private final LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);

    @Test
    void aSettledOrderBooksTheDocumentedAmountsInTheStatementOfItsDay() {
        PlacedOrder order = control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-M", 1))
                .withShipping("SELLER", new BigDecimal("5.00"), null, null));
        control.advanceOrder(order.orderId(), OrderStatus.DELIVERED);

        assertThat(control.settleDay(US, yesterday)).containsExactly(order.orderId());

        Statement statement = statementsOf(connected.us, yesterday).get(0);
        assertThat(statement.statementTime()).isEqualTo(yesterday.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
        assertThat(statement.currency()).isEqualTo("USD");
        assertThat(statement.revenueAmount()).isEqualByComparingTo("26.64");
        assertThat(statement.feeAmount()).isEqualByComparingTo("-3.62");
        assertThat(statement.settlementAmount()).isEqualByComparingTo("23.02");
        assertThat(statement.paymentStatus()).isEqualTo("PAID");
        StatementTransaction tx = connected.client.finance().statementTransactions(connected.us, statement.id(), null)
                .statementTransactions().get(0);
        assertThat(tx.type()).isEqualTo("ORDER");
        assertThat(tx.orderId()).isEqualTo(order.orderId());
        assertThat(tx.amounts().customerPaymentAmount()).isEqualByComparingTo("26.64");
        assertThat(tx.amounts().referralFeeAmount()).isEqualByComparingTo("-1.20");
        assertThat(tx.amounts().transactionFeeAmount()).isEqualByComparingTo("-0.77");
        assertThat(tx.amounts().salesTaxAmount()).isEqualByComparingTo("-1.65");
        assertThat(tx.amounts().platformCommissionAmount()).isNull();
        OrderStatementTransactions ofOrder = connected.client.finance().orderTransactions(connected.us,
                order.orderId());
        assertThat(ofOrder.statementTransactions()).singleElement().satisfies(t -> {
            assertThat(t.statementId()).isEqualTo(statement.id());
            assertThat(t.status()).isEqualTo("SETTLED");
        });
        long day = statement.statementTime();
        List<Payout> payouts = connected.client.finance().payments(connected.us, day, day + 2 * 86_400, null)
                .payments();
        assertThat(payouts).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(statement.paymentId());
            assertThat(p.amount().value()).isEqualTo("23.02");
            assertThat(p.status()).isEqualTo("PAID");
            assertThat(p.exchangeRate()).isEqualTo("1.000000");
        });
    }

    @Test
    void settlementEqualsRevenuePlusFeesPlusAdjustmentsToTheCentOnAMixedDay() {
        List<String> usOrders = control.generateOrders(US, 11, 24);
        List<String> ukOrders = control.generateOrders(UK, 12, 8);
        deliverOpenOrders(usOrders);
        deliverOpenOrders(ukOrders);
        control.addAdjustment(US, yesterday, "SHIPPING_FEE_ADJUSTMENT", new BigDecimal("-2.35"), usOrders.get(0));
        control.addAdjustment(US, yesterday, "PLATFORM_COMPENSATION", new BigDecimal("10.00"), null);

        control.settleDay(US, yesterday);
        control.settleDay(UK, yesterday);

        for (ShopContext shop : List.of(connected.us, connected.uk)) {
            Statement statement = statementsOf(shop, yesterday).get(0);
            List<StatementTransaction> transactions = connected.client.finance()
                    .statementTransactions(shop, statement.id(), null).statementTransactions();
            assertThat(transactions).isNotEmpty();
            assertThat(statement.settlementAmount()).isEqualByComparingTo(statement.revenueAmount()
                    .add(statement.feeAmount()).add(statement.adjustmentAmount()));
            for (StatementTransaction tx : transactions) {
                assertThat(tx.amounts().settlementAmount()).as(tx.id()).isEqualByComparingTo(tx.amounts().revenueAmount()
                        .add(tx.amounts().feeAmount()).add(tx.amounts().adjustmentAmount()));
                assertThat(tx.amounts().settlementAmount().scale()).isLessThanOrEqualTo(2);
            }
            assertThat(sum(transactions, tx -> tx.amounts().settlementAmount()))
                    .isEqualByComparingTo(statement.settlementAmount());
            assertThat(sum(transactions, tx -> tx.amounts().revenueAmount()))
                    .isEqualByComparingTo(statement.revenueAmount());
            assertThat(sum(transactions, tx -> tx.amounts().feeAmount())).isEqualByComparingTo(statement.feeAmount());
            assertThat(transactions).filteredOn(tx -> tx.type().equals("ORDER"))
                    .allSatisfy(tx -> assertThat(tx.amounts().feeAmount()).isNegative());
        }
        Statement us = statementsOf(connected.us, yesterday).get(0);
        assertThat(us.adjustmentAmount()).isEqualByComparingTo("7.65");
        assertThat(connected.client.finance().statementTransactions(connected.uk,
                statementsOf(connected.uk, yesterday).get(0).id(), null).statementTransactions())
                .allSatisfy(tx -> {
                    assertThat(tx.amounts().platformCommissionAmount()).isNotNull();
                    assertThat(tx.amounts().referralFeeAmount()).isNull();
                });
    }

    @Test
    void anOpenReturnHoldsSettlementAndARefundedUnitComesOffTheOrdersTransaction() {
        PlacedOrder order = control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 2))
                .withShipping("SELLER", BigDecimal.ZERO, null, null));
        control.advanceOrder(order.orderId(), OrderStatus.DELIVERED);
        String returnId = control.createReturn(order.orderId(), List.of(order.lineItemIds().get(0)), "REFUND", null);

        assertThat(control.settleDay(US, yesterday)).isEmpty();
        assertThat(connected.client.finance().orderTransactions(connected.us, order.orderId())
                .statementTransactions()).isEmpty();

        control.completeReturn(returnId);
        control.settleDay(US, yesterday);
        OrderStatementTransaction tx = connected.client.finance().orderTransactions(connected.us, order.orderId())
                .statementTransactions().get(0);
        // One unit of 19.99 + 1.65 tax is refunded; fees are on the unit kept, plus the admin fee on the refund.
        assertThat(tx.amounts().customerRefundAmount()).isEqualByComparingTo("-21.64");
        assertThat(tx.amounts().revenueAmount()).isEqualByComparingTo("21.64");
        assertThat(tx.amounts().referralFeeAmount()).isEqualByComparingTo("-1.20");
        assertThat(tx.amounts().settlementAmount()).isEqualByComparingTo(tx.amounts().revenueAmount().add(tx.amounts().feeAmount()));
    }

    @Test
    void aRefundAfterSettlementIsItsOwnTransactionOnTheDayItCompletes() {
        PlacedOrder order = control.placeOrder(OrderRequest.of(UK, Item.of("MUG-UK-WHT", 2)));
        control.advanceOrder(order.orderId(), OrderStatus.DELIVERED);
        control.settleDay(UK, yesterday);

        String returnId = control.createReturn(order.orderId(), List.of(order.lineItemIds().get(1)), null, null);
        control.completeReturn(returnId);

        List<OrderStatementTransaction> ofOrder = connected.client.finance().orderTransactions(connected.uk,
                order.orderId()).statementTransactions();
        assertThat(ofOrder).hasSize(2);
        OrderStatementTransaction refund = ofOrder.get(1);
        assertThat(refund.amounts().revenueAmount()).isEqualByComparingTo("-10.00");
        assertThat(refund.amounts().platformCommissionAmount()).isEqualByComparingTo("0.90");
        assertThat(refund.amounts().settlementAmount()).isEqualByComparingTo(refund.amounts().revenueAmount().add(refund.amounts().feeAmount()));
        assertThat(refund.statementId()).isNotEqualTo(ofOrder.get(0).statementId());
    }

    @Test
    void completingAnOrderSettlesItIntoTodaysStatement() {
        PlacedOrder order = control.placeOrder(OrderRequest.of(US, Item.of("MUG-WHT-11", 1)));

        control.advanceOrder(order.orderId(), OrderStatus.COMPLETED);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Statement statement = statementsOf(connected.us, today).get(0);
        assertThat(statement.paymentStatus()).isEqualTo("PROCESSING");
        assertThat(connected.client.finance().orderTransactions(connected.us, order.orderId())
                .statementTransactions()).singleElement()
                .satisfies(tx -> assertThat(tx.statementId()).isEqualTo(statement.id()));
    }

    @Test
    void statementsArePagedAndNeedTheirSortField() {
        for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
            control.addAdjustment(US, LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo), "PLATFORM_COMPENSATION",
                    BigDecimal.ONE, null);
        }
        String token = connected.tokenOf(connected.us).accessToken();

        RawCall.Answer first = RawCall.send(simulator, "GET", "/finance/202309/statements", Map.of("shop_cipher",
                connected.us.cipher(), "sort_field", "statement_time", "page_size", "2"), RawCall.now(), token, null);
        RawCall.Answer second = RawCall.send(simulator, "GET", "/finance/202309/statements", Map.of("shop_cipher",
                connected.us.cipher(), "sort_field", "statement_time", "page_size", "2", "page_token",
                first.json().at("/data/next_page_token").asString()), RawCall.now(), token, null);
        RawCall.Answer unsorted = RawCall.send(simulator, "GET", "/finance/202309/statements",
                Map.of("shop_cipher", connected.us.cipher()), RawCall.now(), token, null);

        assertThat(first.json().at("/data/statements")).hasSize(2);
        assertThat(second.json().at("/data/statements")).hasSize(1);
        assertThat(second.json().at("/data/next_page_token").asString()).isEmpty();
        assertThat(unsorted.code()).isEqualTo(36009004);
        assertThat(unsorted.message()).contains("sort_field");
        assertThat(connected.client.finance().statements(connected.us, 0, Long.MAX_VALUE / 2, null).statements())
                .hasSize(3);
    }

    /**
     * The rows on the wire carry TikTok's fields for their endpoint and nothing invented: a statement's
     * rows have a type and what they are about but no status or statement id; an order's rows have their
     * status and statement but no type or order id; SKU rows have no seller SKU. Every amount name is one
     * of the documented set the client reads ({@link SettlementAmounts}).
     */
    @Test
    void theFinanceRowsOnTheWireCarryOnlyTheirEndpointsDocumentedFields() {
        PlacedOrder order = control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-M", 2), Item.of("MUG-WHT-11", 1))
                .withShipping("SELLER", new BigDecimal("5.00"), null, null));
        control.advanceOrder(order.orderId(), OrderStatus.DELIVERED);
        control.settleDay(US, yesterday);
        control.addAdjustment(US, yesterday, "SHIPPING_FEE_ADJUSTMENT", new BigDecimal("-1.25"), order.orderId());
        String statementId = statementsOf(connected.us, yesterday).get(0).id();
        String token = connected.tokenOf(connected.us).accessToken();
        java.util.Set<String> amountFields = java.util.Arrays.stream(SettlementAmounts.class.getRecordComponents())
                .map(c -> c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());

        RawCall.Answer statementRows = RawCall.send(simulator, "GET", "/finance/202309/statements/" + statementId
                + "/statement_transactions", Map.of("shop_cipher", connected.us.cipher(), "sort_field",
                "order_create_time"), RawCall.now(), token, null);
        RawCall.Answer orderRows = RawCall.send(simulator, "GET", "/finance/202309/orders/" + order.orderId()
                + "/statement_transactions", Map.of("shop_cipher", connected.us.cipher()), RawCall.now(), token, null);

        tools.jackson.databind.JsonNode rows = statementRows.json().at("/data/statement_transactions");
        assertThat(rows).hasSize(2);
        for (tools.jackson.databind.JsonNode row : rows) {
            assertThat(row.propertyNames()).doesNotContain("status", "statement_id", "statement_time")
                    .allSatisfy(field -> assertThat(field).isIn(union(amountFields, "id", "type", "order_id",
                            "adjustment_id", "adjustment_order_id", "order_create_time", "currency")));
        }
        tools.jackson.databind.JsonNode settled = orderRows.json().at("/data/statement_transactions/0");
        assertThat(settled.propertyNames()).doesNotContain("type", "order_id")
                .allSatisfy(field -> assertThat(field).isIn(union(amountFields, "id", "status", "statement_id",
                        "statement_time", "currency", "sku_statement_transactions")));
        tools.jackson.databind.JsonNode skus = settled.get("sku_statement_transactions");
        assertThat(skus).hasSize(2);
        BigDecimal skuSettlement = BigDecimal.ZERO;
        for (tools.jackson.databind.JsonNode sku : skus) {
            assertThat(sku.propertyNames()).doesNotContain("seller_sku").allSatisfy(field -> assertThat(field)
                    .isIn(union(amountFields, "sku_id", "sku_name", "product_name", "quantity", "currency")));
            skuSettlement = skuSettlement.add(new BigDecimal(sku.get("settlement_amount").asString()));
        }
        assertThat(skuSettlement).isEqualByComparingTo(settled.get("settlement_amount").asString());
    }

    private static java.util.Set<String> union(java.util.Set<String> amounts, String... identity) {
        java.util.Set<String> all = new java.util.HashSet<>(amounts);
        all.addAll(List.of(identity));
        return all;
    }

    private List<Statement> statementsOf(ShopContext shop, LocalDate day) {
        long start = day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        return connected.client.finance().statements(shop, start, start + 86_400, null).statements();
    }

    private void deliverOpenOrders(List<String> orderIds) {
        List<String> open = new ArrayList<>();
        for (String id : orderIds) {
            String status = (String) control.order(id).get("status");
            if (status.equals("AWAITING_SHIPMENT")) {
                open.add(id);
            }
        }
        open.forEach(id -> control.advanceOrder(id, OrderStatus.DELIVERED));
    }

    private static BigDecimal sum(List<StatementTransaction> transactions,
            java.util.function.Function<StatementTransaction, BigDecimal> amount) {
        return transactions.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
