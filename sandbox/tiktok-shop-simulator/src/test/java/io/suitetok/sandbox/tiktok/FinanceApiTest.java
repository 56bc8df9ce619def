package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.model.finance.OrderStatementTransactions;
import io.suitetok.tiktok.model.finance.Payout;
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
        assertThat(tx.customerPaymentAmount()).isEqualByComparingTo("26.64");
        assertThat(tx.referralFeeAmount()).isEqualByComparingTo("-1.20");
        assertThat(tx.transactionFeeAmount()).isEqualByComparingTo("-0.77");
        assertThat(tx.salesTaxAmount()).isEqualByComparingTo("-1.65");
        assertThat(tx.platformCommissionAmount()).isNull();
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
                assertThat(tx.settlementAmount()).as(tx.id()).isEqualByComparingTo(tx.revenueAmount()
                        .add(tx.feeAmount()).add(tx.adjustmentAmount()));
                assertThat(tx.settlementAmount().scale()).isLessThanOrEqualTo(2);
            }
            assertThat(sum(transactions, StatementTransaction::settlementAmount))
                    .isEqualByComparingTo(statement.settlementAmount());
            assertThat(sum(transactions, StatementTransaction::revenueAmount))
                    .isEqualByComparingTo(statement.revenueAmount());
            assertThat(sum(transactions, StatementTransaction::feeAmount)).isEqualByComparingTo(statement.feeAmount());
            assertThat(transactions).filteredOn(tx -> tx.type().equals("ORDER"))
                    .allSatisfy(tx -> assertThat(tx.feeAmount()).isNegative());
        }
        Statement us = statementsOf(connected.us, yesterday).get(0);
        assertThat(us.adjustmentAmount()).isEqualByComparingTo("7.65");
        assertThat(connected.client.finance().statementTransactions(connected.uk,
                statementsOf(connected.uk, yesterday).get(0).id(), null).statementTransactions())
                .allSatisfy(tx -> {
                    assertThat(tx.platformCommissionAmount()).isNotNull();
                    assertThat(tx.referralFeeAmount()).isNull();
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
        StatementTransaction tx = connected.client.finance().orderTransactions(connected.us, order.orderId())
                .statementTransactions().get(0);
        // One unit of 19.99 + 1.65 tax is refunded; fees are on the unit kept, plus the admin fee on the refund.
        assertThat(tx.customerRefundAmount()).isEqualByComparingTo("-21.64");
        assertThat(tx.revenueAmount()).isEqualByComparingTo("21.64");
        assertThat(tx.referralFeeAmount()).isEqualByComparingTo("-1.20");
        assertThat(tx.settlementAmount()).isEqualByComparingTo(tx.revenueAmount().add(tx.feeAmount()));
    }

    @Test
    void aRefundAfterSettlementIsItsOwnTransactionOnTheDayItCompletes() {
        PlacedOrder order = control.placeOrder(OrderRequest.of(UK, Item.of("MUG-UK-WHT", 2)));
        control.advanceOrder(order.orderId(), OrderStatus.DELIVERED);
        control.settleDay(UK, yesterday);

        String returnId = control.createReturn(order.orderId(), List.of(order.lineItemIds().get(1)), null, null);
        control.completeReturn(returnId);

        List<StatementTransaction> ofOrder = connected.client.finance().orderTransactions(connected.uk,
                order.orderId()).statementTransactions();
        assertThat(ofOrder).hasSize(2);
        StatementTransaction refund = ofOrder.get(1);
        assertThat(refund.revenueAmount()).isEqualByComparingTo("-10.00");
        assertThat(refund.platformCommissionAmount()).isEqualByComparingTo("0.90");
        assertThat(refund.settlementAmount()).isEqualByComparingTo(refund.revenueAmount().add(refund.feeAmount()));
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
