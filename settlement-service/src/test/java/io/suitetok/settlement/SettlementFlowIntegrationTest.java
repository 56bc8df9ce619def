package io.suitetok.settlement;

import static io.suitetok.settlement.SettlementFixtures.UK_SHOP;
import static io.suitetok.settlement.SettlementFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.model.settlement.OrdersSettled;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.runtime.kafka.HubTopicNames;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.account.PostedDeposit;
import io.suitetok.sandbox.netsuite.account.PostedJournalEntry;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.settlement.intake.SettlementRound;
import io.suitetok.settlement.posting.StatementPosting;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.testkit.TopicRecords;
import io.suitetok.tiktok.spring.TikTokShops;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * TikTok statements against both simulators: a statement matched fully, posted as one balanced Journal Entry
 * and paid out as one Deposit, posted once however often it is read; a refund after settlement matched to
 * the return the order flow credited and posted against its Credit Memo, the platform discount TikTok takes
 * back on its own account; an unknown fee type surfaced and parked in suspense; a line of an order
 * the hub never wrote surfaced, then matched when the order flow's result arrives; a statement in GBP.
 */
@EmbeddedHubTest
@SpringBootTest(classes = SettlementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettlementFlowIntegrationTest {

    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(
            io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @DynamicPropertySource
    static void simulators(DynamicPropertyRegistry registry) {
        SettlementFixtures.register(registry, TIKTOK, NETSUITE, "settlement_flow_tokens.shop_token");
    }

    @BeforeAll
    static void seed() {
        SettlementFixtures.seedNetSuite(NETSUITE);
    }

    @AfterAll
    static void stop() {
        TIKTOK.close();
        NETSUITE.close();
    }

    @Autowired
    SettlementRound round;
    @Autowired
    StatementPosting posting;
    @Autowired
    TikTokShops shops;
    @Autowired
    EventPublisher publisher;
    @Autowired
    EventCodec codec;
    @Autowired
    HubTopicNames topics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void aStatementIsMatchedFullyPostedAsOneBalancedEntryAndPaidOutOnceHoweverOftenItIsRead() {
        LocalDate day = TODAY.minusDays(2);
        PlacedOrder tee = knownOrder(US_SHOP, Item.of("TEE-BLK-M", 2));
        PlacedOrder mug = knownOrder(US_SHOP, Item.of("MUG-WHT-11", 1));
        TIKTOK.control().settleDay(US_SHOP, day);
        TIKTOK.control().addAdjustment(US_SHOP, day, "SHIPPING_FEE_COMPENSATION", new BigDecimal("2.50"), null);
        TIKTOK.control().payStatements(US_SHOP, day);
        long lagsBefore = meters.get("hub.sync.lag").tag("flow", "settlement").tag("target", "netsuite").timer().count();

        round.run(shops.context(US_SHOP));

        assertThat(meters.get("hub.sync.lag").tag("flow", "settlement").tag("target", "netsuite").timer().count())
                .as("the posted Journal Entry measured from the statement time").isGreaterThan(lagsBefore);
        String statementId = statementOf(US_SHOP, day);
        Map<String, Object> statement = jdbc.queryForMap("select * from statement where statement_id = ?", statementId);
        assertThat(statement.get("state")).isEqualTo("POSTED");
        assertThat(statement.get("unmatched_count")).isEqualTo(0);
        assertThat((BigDecimal) statement.get("lines_settlement")).isEqualByComparingTo(
                (BigDecimal) statement.get("settlement_amount"));
        assertThat(matchStatuses(statementId)).containsEntry(tee.orderId(), "ORDER").containsEntry(mug.orderId(), "ORDER")
                .containsValue("ADJUSTMENT").doesNotContainValue("UNMATCHED");

        BigDecimal settlement = (BigDecimal) statement.get("settlement_amount");
        PostedJournalEntry entry = oneEntry(US_SHOP, statementId);
        assertBalanced(entry);
        assertThat(entry.subsidiary()).isEqualTo("10");
        assertThat(debit(entry, SettlementFixtures.US_CLEARING)).isEqualByComparingTo(settlement);
        assertThat(credit(entry, SettlementFixtures.US_RECEIVABLE)).isEqualByComparingTo(
                (BigDecimal) statement.get("revenue_amount"));
        assertThat(debit(entry, SettlementFixtures.US_REFERRAL)).isPositive();
        assertThat(debit(entry, SettlementFixtures.US_TRANSACTION)).isPositive();
        assertThat(credit(entry, SettlementFixtures.US_COMPENSATION)).isEqualByComparingTo("2.50");
        assertThat(entry.lines()).noneMatch(line -> line.account().equals(SettlementFixtures.US_SUSPENSE));
        BigDecimal fees = (BigDecimal) statement.get("fee_amount");
        assertThat(jdbc.queryForObject("select sum(debit - credit) from gl_posting where statement_id = ? and kind = "
                + "'FEE'", BigDecimal.class, statementId))
                .as("each fee type posted on its own line, adding up to TikTok's fee total").isEqualByComparingTo(fees.negate());
        assertThat(jdbc.queryForList("select distinct fee_type from gl_posting where statement_id = ? and kind = 'FEE'",
                String.class, statementId)).contains("referral_fee_amount", "transaction_fee_amount", "sales_tax_amount");

        PostedDeposit deposit = oneDeposit(US_SHOP, (String) statement.get("payment_id"));
        assertThat(deposit.bankAccount()).isEqualTo(SettlementFixtures.US_BANK);
        assertThat(deposit.total()).isEqualByComparingTo(settlement);
        assertThat(deposit.lines()).singleElement().satisfies(line ->
                assertThat(line.account()).isEqualTo(SettlementFixtures.US_CLEARING));

        // Read again (watermark overlap), and the same statement posted again by hand: still one of each.
        SettlementRound.Outcome again = round.run(shops.context(US_SHOP));
        assertThat(again.statementsIngested()).doesNotContain(statementId);
        assertThat(posting.post(statementId)).isTrue();
        assertThat(oneEntry(US_SHOP, statementId).lines()).hasSameSizeAs(entry.lines());
        oneDeposit(US_SHOP, (String) statement.get("payment_id"));
        assertThat(jdbc.queryForObject("select count(*) from statement_line where statement_id = ?", Integer.class,
                statementId)).isEqualTo(statement.get("line_count"));

        List<OrdersSettled> announced = ordersSettled(statementId);
        assertThat(announced).isNotEmpty().allSatisfy(settled -> {
            assertThat(settled.orderIds()).containsExactlyInAnyOrder(tee.orderId(), mug.orderId());
            assertThat(settled.paymentId()).isEqualTo(statement.get("payment_id"));
        });
    }

    @Test
    void aRefundAfterSettlementIsSurfacedUntilItsReturnIsCreditedThenMatchedToItAndPostedAgainstTheCreditMemo() {
        PlacedOrder order = knownOrder(US_SHOP, Item.discounted("TEE-BLK-M", 2, "1.50", "2.00"));
        TIKTOK.control().settleDay(US_SHOP, TODAY.minusDays(6));
        String returnId = TIKTOK.control().createReturn(order.orderId(), List.of(order.lineItemIds().get(0)),
                "RETURN_AND_REFUND", "Too small");
        TIKTOK.control().approveReturn(returnId, false);
        TIKTOK.control().markReturnShipped(returnId, "RET-1", "UPS");
        TIKTOK.control().markReturnReceived(returnId);
        TIKTOK.control().completeReturn(returnId);

        round.run(shops.context(US_SHOP));
        String refundStatement = statementOf(US_SHOP, TODAY);
        Map<String, Object> refund = jdbc.queryForMap("select * from statement_line where statement_id = ? and "
                + "order_id = ?", refundStatement, order.orderId());
        assertThat((BigDecimal) refund.get("revenue_amount")).isNegative();
        assertThat(refund.get("match_status")).isEqualTo("UNMATCHED");
        assertThat((String) refund.get("match_reason")).contains("no Credit Memo");

        SettlementFixtures.returnCredited(publisher, codec, US_SHOP, order.orderId(), returnId,
                ((BigDecimal) refund.get("revenue_amount")).negate(), "USD");
        await().atMost(Duration.ofSeconds(20)).until(() -> "REFUND".equals(jdbc.queryForObject(
                "select match_status from statement_line where transaction_id = ?", String.class,
                refund.get("transaction_id"))));
        assertThat(jdbc.queryForObject("select return_id from statement_line where transaction_id = ?", String.class,
                refund.get("transaction_id"))).isEqualTo(returnId);
        assertThat(jdbc.queryForObject("select unmatched_count from statement where statement_id = ?", Integer.class,
                refundStatement)).isZero();

        Map<String, Object> tiktokLine = TIKTOK.control().statementTransactions(refundStatement).stream()
                .filter(tx -> refund.get("transaction_id").equals(tx.get("id"))).findFirst().orElseThrow();
        BigDecimal platformBack = new BigDecimal(String.valueOf(tiktokLine.get("platform_discount_refund_amount")));
        assertThat(platformBack).as("one unit's platform discount, taken back").isEqualByComparingTo("-2.00");
        assertThat(jdbc.queryForObject("select platform_discount_refund_amount from statement_line where "
                + "transaction_id = ?", BigDecimal.class, refund.get("transaction_id"))).as("kept apart by the intake")
                .isEqualByComparingTo(platformBack);
        assertThat(posting.post(refundStatement)).isTrue();

        PostedJournalEntry entry = oneEntry(US_SHOP, refundStatement);
        assertBalanced(entry);
        assertThat(debit(entry, SettlementFixtures.US_PLATFORM_DISCOUNT)).isEqualByComparingTo("2.00");
        assertThat(entry.lines()).noneMatch(line -> line.account().equals(SettlementFixtures.US_SUSPENSE));
        BigDecimal buyersRefund = new BigDecimal(String.valueOf(tiktokLine.get("customer_order_refund_amount")));
        BigDecimal taxBack = new BigDecimal(String.valueOf(tiktokLine.get("sales_tax_refund_amount")));
        assertThat(debit(entry, SettlementFixtures.US_RECEIVABLE).subtract(credit(entry, SettlementFixtures.US_RECEIVABLE)))
                .as("the buyer's refund less the tax TikTok remits: what the Credit Memo credits")
                .isEqualByComparingTo(buyersRefund.negate().subtract(taxBack)).isPositive();
        assertThat(credit(entry, SettlementFixtures.US_CLEARING)).isEqualByComparingTo(
                ((BigDecimal) refund.get("settlement_amount")).negate());
    }

    @Test
    void anUnknownFeeTypeIsSurfacedWithItsAmountAndPostedToSuspenseSoTheEntryStillBalances() {
        LocalDate day = TODAY.minusDays(3);
        PlacedOrder order = knownOrder(US_SHOP, Item.of("MUG-WHT-11", 2));
        TIKTOK.control().settleDay(US_SHOP, day);
        TIKTOK.control().addUnknownFee(US_SHOP, day, "eco_packaging_fee_amount", new BigDecimal("-1.25"),
                order.orderId());

        round.run(shops.context(US_SHOP));

        String statementId = statementOf(US_SHOP, day);
        Map<String, Object> line = jdbc.queryForMap("select * from statement_line where statement_id = ? and "
                + "order_id = ?", statementId, order.orderId());
        assertThat(line.get("match_status")).isEqualTo("UNMATCHED");
        assertThat((String) line.get("match_reason")).contains("eco_packaging_fee_amount").contains("-1.25");
        PostedJournalEntry entry = oneEntry(US_SHOP, statementId);
        assertBalanced(entry);
        assertThat(debit(entry, SettlementFixtures.US_SUSPENSE)).isEqualByComparingTo("1.25");
        assertThat(jdbc.queryForObject("select unmatched_count from statement where statement_id = ?", Integer.class,
                statementId)).isEqualTo(1);
    }

    @Test
    void aStatementTikTokCorrectsAfterTheHubReadItIsReadAgainAndItsEntryUpdatedInPlace() {
        LocalDate day = TODAY.minusDays(5);
        PlacedOrder first = knownOrder(US_SHOP, Item.of("MUG-WHT-11", 1));
        PlacedOrder second = knownOrder(US_SHOP, Item.of("TEE-BLK-M", 1));
        TIKTOK.control().settleDay(US_SHOP, day);
        round.run(shops.context(US_SHOP));
        String statementId = statementOf(US_SHOP, day);
        String secondLine = jdbc.queryForObject("select transaction_id from statement_line where statement_id = ? and "
                + "order_id = ?", String.class, statementId, second.orderId());
        assertThat(matchStatuses(statementId)).containsEntry(second.orderId(), "ORDER");

        // TikTok charges a fee it had left out on a line the hub already stored: the statement's totals change.
        TIKTOK.control().addUnknownFee(US_SHOP, day, "eco_packaging_fee_amount", new BigDecimal("-0.40"),
                second.orderId());
        round.run(shops.context(US_SHOP));

        Map<String, Object> line = jdbc.queryForMap("select * from statement_line where transaction_id = ?", secondLine);
        assertThat(line.get("match_status")).isEqualTo("UNMATCHED");
        assertThat((String) line.get("match_reason")).contains("eco_packaging_fee_amount -0.40");
        Map<String, Object> statement = jdbc.queryForMap("select * from statement where statement_id = ?", statementId);
        assertThat((BigDecimal) statement.get("lines_settlement")).as("the lines carry TikTok's corrected amounts")
                .isEqualByComparingTo((BigDecimal) statement.get("settlement_amount"));
        assertThat(statement.get("state")).isEqualTo("POSTED");
        assertThat(statement.get("unmatched_count")).isEqualTo(1);
        assertThat(matchStatuses(statementId)).containsEntry(first.orderId(), "ORDER");
        PostedJournalEntry entry = oneEntry(US_SHOP, statementId);
        assertBalanced(entry);
        assertThat(debit(entry, SettlementFixtures.US_CLEARING)).isEqualByComparingTo(
                (BigDecimal) statement.get("settlement_amount"));
        assertThat(debit(entry, SettlementFixtures.US_SUSPENSE)).isEqualByComparingTo("0.40");
    }

    @Test
    void aLineForAnOrderTheHubNeverWroteIsSurfacedAndMatchedOnceTheOrderFlowWritesIt() {
        LocalDate day = TODAY.minusDays(4);
        PlacedOrder stranger = TIKTOK.control().placeOrder(OrderRequest.of(US_SHOP, Item.of("TEE-BLK-M", 1)));
        TIKTOK.control().advanceOrder(stranger.orderId(), OrderStatus.DELIVERED);
        TIKTOK.control().settleDay(US_SHOP, day);

        round.run(shops.context(US_SHOP));

        String statementId = statementOf(US_SHOP, day);
        Map<String, Object> line = jdbc.queryForMap("select * from statement_line where statement_id = ? and "
                + "order_id = ?", statementId, stranger.orderId());
        assertThat(line.get("match_status")).isEqualTo("UNMATCHED");
        assertThat((String) line.get("match_reason")).contains(stranger.orderId()).contains("never written");

        SettlementFixtures.salesOrderWritten(publisher, codec, US_SHOP, stranger.orderId());
        await().atMost(Duration.ofSeconds(20)).until(() -> "ORDER".equals(jdbc.queryForObject(
                "select match_status from statement_line where transaction_id = ?", String.class,
                line.get("transaction_id"))));
    }

    @Test
    void aStatementInPoundsIsPostedInTheUkSubsidiaryWithTheCommissionOnItsOwnAccount() {
        // Today's: the simulator pays a statement by itself once its day is over.
        LocalDate day = TODAY;
        PlacedOrder order = knownOrder(UK_SHOP, Item.of("MUG-UK-WHT", 3));
        TIKTOK.control().settleDay(UK_SHOP, day);
        round.run(shops.context(UK_SHOP));
        String statementId = statementOf(UK_SHOP, day);
        assertThat(NETSUITE.account().deposits()).noneMatch(deposit -> deposit.externalId().startsWith("TTS-PAY-" + UK_SHOP));

        // TikTok pays the statement after the hub read it: the payout is deposited and announced with the payment.
        TIKTOK.control().payStatements(UK_SHOP, day);
        SettlementRound.Outcome paid = round.run(shops.context(UK_SHOP));
        assertThat(paid.statementsIngested()).contains(statementId);
        assertThat(ordersSettled(statementId)).anySatisfy(settled -> {
            assertThat(settled.paymentStatus()).isEqualTo("PAID");
            assertThat(settled.orderIds()).contains(order.orderId());
        });

        Map<String, Object> statement = jdbc.queryForMap("select * from statement where statement_id = ?", statementId);
        assertThat(statement.get("currency")).isEqualTo("GBP");
        assertThat(statement.get("state")).isEqualTo("POSTED");
        PostedJournalEntry entry = oneEntry(UK_SHOP, statementId);
        assertBalanced(entry);
        assertThat(entry.subsidiary()).isEqualTo("20");
        assertThat(debit(entry, SettlementFixtures.UK_CLEARING)).isEqualByComparingTo(
                (BigDecimal) statement.get("settlement_amount"));
        assertThat(debit(entry, SettlementFixtures.UK_COMMISSION)).isPositive();
        PostedDeposit deposit = oneDeposit(UK_SHOP, (String) statement.get("payment_id"));
        assertThat(deposit.bankAccount()).isEqualTo(SettlementFixtures.UK_BANK);
        assertThat(deposit.total()).isEqualByComparingTo((BigDecimal) statement.get("settlement_amount"));
    }

    /** An order placed, delivered, and known to the hub (its Sales Order written, its snapshot published). */
    private PlacedOrder knownOrder(String shop, Item item) {
        PlacedOrder placed = TIKTOK.control().placeOrder(OrderRequest.of(shop, item));
        TIKTOK.control().advanceOrder(placed.orderId(), OrderStatus.DELIVERED);
        SettlementFixtures.orderSnapshot(publisher, codec, shop, TIKTOK.control().order(placed.orderId()));
        SettlementFixtures.salesOrderWritten(publisher, codec, shop, placed.orderId());
        await().atMost(Duration.ofSeconds(20)).until(() -> Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from order_ref where shop_id = ? and order_id = ? and sales_order_id is not "
                        + "null and expected_revenue is not null)", Boolean.class, shop, placed.orderId())));
        return placed;
    }

    private List<OrdersSettled> ordersSettled(String statementId) {
        return TopicRecords.read(topics.name(HubTopic.SETTLEMENT_STATEMENTS), 1, Duration.ofSeconds(10),
                Duration.ofMillis(500)).stream().map(record -> codec.read(record.value()))
                .filter(event -> event.type().equals("OrdersSettled"))
                .map(event -> codec.payload(event, OrdersSettled.class))
                .filter(settled -> settled.statementId().equals(statementId)).toList();
    }

    private String statementOf(String shop, LocalDate day) {
        return jdbc.queryForObject("select statement_id from statement where shop_id = ? and statement_time = ?",
                String.class, shop, java.sql.Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private Map<String, String> matchStatuses(String statementId) {
        Map<String, String> statuses = new java.util.HashMap<>();
        jdbc.query("select coalesce(order_id, transaction_id), match_status from statement_line where statement_id = ?",
                rs -> {
                    statuses.put(rs.getString(1), rs.getString(2));
                }, statementId);
        return statuses;
    }

    private static PostedJournalEntry oneEntry(String shop, String statementId) {
        List<PostedJournalEntry> entries = NETSUITE.account().journalEntries().stream()
                .filter(entry -> entry.externalId().equals(StatementPosting.externalId(shop, statementId))).toList();
        assertThat(entries).as("Journal Entries of statement " + statementId).hasSize(1);
        return entries.get(0);
    }

    private static PostedDeposit oneDeposit(String shop, String paymentId) {
        List<PostedDeposit> deposits = NETSUITE.account().deposits().stream()
                .filter(deposit -> deposit.externalId().equals("TTS-PAY-" + shop + "-" + paymentId)).toList();
        assertThat(deposits).as("Deposits of payment " + paymentId).hasSize(1);
        return deposits.get(0);
    }

    private static void assertBalanced(PostedJournalEntry entry) {
        BigDecimal debits = entry.lines().stream().map(PostedJournalEntry.Line::debit).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal credits = entry.lines().stream().map(PostedJournalEntry.Line::credit).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(debits).as("debits = credits").isEqualByComparingTo(credits).isPositive();
    }

    private static BigDecimal debit(PostedJournalEntry entry, String account) {
        return entry.lines().stream().filter(line -> line.account().equals(account)).map(PostedJournalEntry.Line::debit)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal credit(PostedJournalEntry entry, String account) {
        return entry.lines().stream().filter(line -> line.account().equals(account))
                .map(PostedJournalEntry.Line::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
