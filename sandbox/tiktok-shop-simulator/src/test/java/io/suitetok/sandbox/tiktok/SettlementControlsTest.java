package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.model.finance.Payout;
import io.suitetok.tiktok.model.finance.SettlementAmounts;
import io.suitetok.tiktok.model.finance.Statement;
import io.suitetok.tiktok.model.finance.StatementTransaction;
import io.suitetok.tiktok.model.finance.StatementTransactionPage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The finance controls settlement tests lean on: unknown fees, payments on demand, bulk statements. */
class SettlementControlsTest extends AgainstFreshSimulator {

    private static final String US = ShopDirectory.US_SHOP_ID;
    private static final String UK = ShopDirectory.UK_SHOP_ID;
    private static final String ORDER_THE_SHOP_NEVER_HAD = "576999999999999999";

    private final LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);

    @Test
    void onAGeneratedDayEveryFeeAmountIsTheSumOfItsComponentsToTheCent() {
        List<String> usOrders = control.generateOrders(US, 21, 30);
        List<String> ukOrders = control.generateOrders(UK, 22, 12);
        deliverOpenOrders(usOrders);
        deliverOpenOrders(ukOrders);
        control.settleDay(US, yesterday);
        control.settleDay(UK, yesterday);

        List<StatementTransaction> all = new ArrayList<>();
        for (ShopContext shop : List.of(connected.us, connected.uk)) {
            all.addAll(transactionsOf(shop, statementOf(shop, yesterday).id()));
        }

        assertThat(all).hasSizeGreaterThan(10).allSatisfy(tx -> {
            SettlementAmounts a = tx.amounts();
            assertThat(a.feeAmount()).as(tx.id()).isEqualByComparingTo(feeComponents(tx));
            assertThat(a.settlementAmount()).as(tx.id()).isEqualByComparingTo(
                    a.revenueAmount().add(a.feeAmount()).add(a.adjustmentAmount()));
            assertThat(a.feeAmount().scale()).isLessThanOrEqualTo(2);
        });
        assertThat(all).as("some orders pay a creator").anySatisfy(tx ->
                assertThat(tx.amounts().affiliateCommissionAmount()).isNegative());
        assertThat(all).as("US orders carry sales tax").anySatisfy(tx ->
                assertThat(tx.amounts().salesTaxAmount()).isNegative());
        assertThat(all).as("TikTok labels cost the seller").anySatisfy(tx ->
                assertThat(tx.amounts().shippingFeeAmount()).isNegative());
    }

    @Test
    void anUnknownFeeIsInFeeAndSettlementAndReachesTheClientByItsName() {
        PlacedOrder order = control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-M", 1))
                .withShipping("SELLER", new BigDecimal("5.00"), null, null));
        control.advanceOrder(order.orderId(), OrderStatus.DELIVERED);
        control.settleDay(US, yesterday);
        Statement before = statementOf(connected.us, yesterday);

        String txId = control.addUnknownFee(US, yesterday, "eco_packaging_fee_amount", new BigDecimal("-0.50"),
                order.orderId());

        Statement after = statementOf(connected.us, yesterday);
        StatementTransaction tx = transactionsOf(connected.us, after.id()).stream()
                .filter(t -> t.id().equals(txId)).findFirst().orElseThrow();
        assertThat(tx.orderId()).isEqualTo(order.orderId());
        assertThat(tx.otherAmounts()).containsOnlyKeys("eco_packaging_fee_amount");
        assertThat(tx.otherAmounts().get("eco_packaging_fee_amount")).isEqualByComparingTo("-0.50");
        assertThat(tx.amounts().feeAmount()).isEqualByComparingTo(feeComponents(tx));
        assertThat(after.feeAmount()).isEqualByComparingTo(before.feeAmount().subtract(new BigDecimal("0.50")));
        assertThat(after.settlementAmount()).isEqualByComparingTo(
                before.settlementAmount().subtract(new BigDecimal("0.50")));
        assertThat(connected.client.finance().orderTransactions(connected.us, order.orderId())
                .statementTransactions().get(0).otherAmounts()).containsKey("eco_packaging_fee_amount");
    }

    @Test
    void anUnknownFeeOnAnOrderNotInTheStatementIsItsOwnOrderTransaction() {
        String txId = control.addUnknownFee(UK, yesterday, "vat_on_fees_amount", new BigDecimal("-1.20"),
                ORDER_THE_SHOP_NEVER_HAD);

        StatementTransaction tx = transactionsOf(connected.uk, statementOf(connected.uk, yesterday).id()).get(0);
        assertThat(tx.id()).isEqualTo(txId);
        assertThat(tx.isOrder()).isTrue();
        assertThat(tx.orderId()).isEqualTo(ORDER_THE_SHOP_NEVER_HAD);
        assertThat(tx.amounts().revenueAmount()).isEqualByComparingTo("0.00");
        assertThat(tx.amounts().feeAmount()).isEqualByComparingTo("-1.20");
        assertThat(tx.amounts().settlementAmount()).isEqualByComparingTo("-1.20");
        assertThat(tx.otherAmounts().get("vat_on_fees_amount")).isEqualByComparingTo("-1.20");
    }

    @Test
    void anUnknownFeeMustBeAnAmountFieldOtherThanTheTotals() {
        assertThatThrownBy(() -> control.addUnknownFee(US, yesterday, "fee_amount", BigDecimal.ONE.negate(), "1"))
                .isInstanceOf(SandboxRefusal.class);
        assertThatThrownBy(() -> control.addUnknownFee(US, yesterday, "eco_fee", BigDecimal.ONE.negate(), "1"))
                .isInstanceOf(SandboxRefusal.class);
        assertThatThrownBy(() -> control.addUnknownFee(US, yesterday, "eco_fee_amount", new BigDecimal("-0.505"),
                "1")).isInstanceOf(SandboxRefusal.class);
    }

    @Test
    void anAdjustmentMayConcernAnOrderTheShopNeverHad() {
        control.addAdjustment(US, yesterday, "LOGISTICS_REIMBURSEMENT", new BigDecimal("3.10"),
                ORDER_THE_SHOP_NEVER_HAD);

        StatementTransaction tx = transactionsOf(connected.us, statementOf(connected.us, yesterday).id()).get(0);
        assertThat(tx.isOrder()).isFalse();
        assertThat(tx.adjustmentOrderId()).isEqualTo(ORDER_THE_SHOP_NEVER_HAD);
        assertThat(tx.amounts().settlementAmount()).isEqualByComparingTo("3.10");
    }

    @Test
    void payingTodaysStatementMakesItPaidWithAPaymentNow() {
        PlacedOrder order = control.placeOrder(OrderRequest.of(US, Item.of("MUG-WHT-11", 1)));
        control.advanceOrder(order.orderId(), OrderStatus.COMPLETED);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Statement processing = statementOf(connected.us, today);
        assertThat(processing.paymentStatus()).isEqualTo("PROCESSING");

        List<String> paymentIds = control.payStatements(US, today);

        Statement paid = statementOf(connected.us, today);
        assertThat(paymentIds).containsExactly(processing.paymentId());
        assertThat(paid.paymentStatus()).isEqualTo("PAID");
        long start = today.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        Payout payout = connected.client.finance().payments(connected.us, start, start + 86_400, null).payments()
                .get(0);
        assertThat(payout.id()).isEqualTo(paid.paymentId());
        assertThat(payout.status()).isEqualTo("PAID");
        assertThat(payout.paidTime()).isNotNull().isBetween(start, start + 86_400);
        assertThat(payout.amount().value()).isEqualTo(paid.settlementAmount().toPlainString());
        assertThat(payout.reserveAmount().value()).isEqualTo("0.00");
        assertThat(payout.paymentAmountBeforeExchange().decimal()).isEqualByComparingTo(paid.settlementAmount());
        assertThat(payout.exchangeRateValue()).isEqualByComparingTo("1");
        assertThat(connected.client.finance().statements(connected.us, start, start + 86_400, "PAID", null)
                .statements()).extracting(Statement::id).containsExactly(paid.id());
        assertThatThrownBy(() -> control.payStatements(US, today.minusDays(30))).isInstanceOf(SandboxRefusal.class);
    }

    @Test
    void aBulkStatementsPagesAddUpToItsHeaderInAStableOrder() {
        String statementId = control.bulkStatement(US, yesterday, 10_000, 42);
        Statement header = statementOf(connected.us, yesterday);
        assertThat(header.id()).isEqualTo(statementId);
        List<Long> createTimes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};

        StatementTransactionPage last = connected.client.finance().forEachStatementTransaction(connected.us,
                statementId, 100, tx -> {
                    ids.add(tx.id());
                    createTimes.add(tx.orderCreateTime());
                    sums[0] = sums[0].add(tx.amounts().settlementAmount());
                    sums[1] = sums[1].add(tx.amounts().revenueAmount());
                    sums[2] = sums[2].add(tx.amounts().feeAmount());
                    assertThat(tx.amounts().feeAmount()).isEqualByComparingTo(feeComponents(tx));
                    assertThat(tx.amounts().settlementAmount()).isEqualByComparingTo(
                            tx.amounts().revenueAmount().add(tx.amounts().feeAmount()));
                });

        assertThat(ids).hasSize(10_000);
        assertThat(last.totalCount()).isEqualTo(10_000);
        assertThat(createTimes).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(sums[0]).isEqualByComparingTo(header.settlementAmount());
        assertThat(sums[1]).isEqualByComparingTo(header.revenueAmount());
        assertThat(sums[2]).isEqualByComparingTo(header.feeAmount());
        assertThat(header.adjustmentAmount()).isEqualByComparingTo("0.00");
        assertThat(header.settlementAmount()).isEqualByComparingTo(header.revenueAmount().add(header.feeAmount()));
    }

    @Test
    void aBulkStatementIsTheSameForTheSameSeedAndDiffersForAnother() {
        String first = control.bulkStatement(UK, yesterday, 250, 7);
        String again = control.bulkStatement(UK, yesterday, 250, 7);
        String other = control.bulkStatement(UK, yesterday, 250, 8);

        assertThat(amountsOf(first)).isEqualTo(amountsOf(again)).isNotEqualTo(amountsOf(other));
        assertThat(transactionsOf(connected.uk, first)).allSatisfy(tx ->
                assertThat(tx.amounts().platformCommissionAmount()).isNegative());
        assertThatThrownBy(() -> control.bulkStatement(UK, yesterday, 0, 7)).isInstanceOf(SandboxRefusal.class);
    }

    /** TikTok's fee components as the simulator books them, plus whatever the client did not know. */
    private static BigDecimal feeComponents(StatementTransaction tx) {
        SettlementAmounts a = tx.amounts();
        BigDecimal known = Stream.of(a.referralFeeAmount(), a.platformCommissionAmount(), a.transactionFeeAmount(),
                a.refundAdministrationFeeAmount(), a.affiliateCommissionAmount(), a.shippingFeeAmount(),
                a.salesTaxAmount(), a.salesTaxRefundAmount()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return tx.otherAmounts().values().stream().reduce(known, BigDecimal::add);
    }

    private List<String> amountsOf(String statementId) {
        return transactionsOf(connected.uk, statementId).stream()
                .map(tx -> tx.amounts().settlementAmount() + "/" + tx.amounts().feeAmount()).toList();
    }

    private List<StatementTransaction> transactionsOf(ShopContext shop, String statementId) {
        List<StatementTransaction> all = new ArrayList<>();
        connected.client.finance().forEachStatementTransaction(shop, statementId, 100, all::add);
        return all;
    }

    private Statement statementOf(ShopContext shop, LocalDate day) {
        long start = day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        List<Statement> statements = connected.client.finance().statements(shop, start, start + 86_400, null)
                .statements();
        assertThat(statements).hasSize(1);
        return statements.get(0);
    }

    private void deliverOpenOrders(List<String> orderIds) {
        for (String id : orderIds) {
            if (control.order(id).get("status").equals("AWAITING_SHIPMENT")) {
                control.advanceOrder(id, OrderStatus.DELIVERED);
            }
        }
    }
}
