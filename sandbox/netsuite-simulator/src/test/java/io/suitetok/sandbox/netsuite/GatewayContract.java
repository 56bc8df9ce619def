package io.suitetok.sandbox.netsuite;

import static io.suitetok.sandbox.netsuite.SimulatorTestKit.MUG;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.RENO;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_BLACK_L;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_BLACK_M;
import static org.assertj.core.api.Assertions.assertThat;

import com.netsuite.webservices.lists.relationships_2025_2.Customer;
import com.netsuite.webservices.platform.core_2025_2.StringCustomFieldRef;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItem;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.gateway.CommitInventory;
import io.suitetok.netsuite.gateway.CustomerDraft;
import io.suitetok.netsuite.gateway.ItemAvailabilityRow;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import io.suitetok.netsuite.gateway.SalesOrderLine;
import io.suitetok.netsuite.gateway.ShippingAddress;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.sandbox.netsuite.faults.FaultKind;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import io.suitetok.sandbox.netsuite.seed.StockAdjustment;
import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link NetSuiteGateway} does, run against the simulator: same inputs, same
 * outcomes, same account state. One subclass per adapter; only behaviours the REST adapter supports so
 * far are here (the others stay in the SOAP adapter's own tests until REST has them).
 */
abstract class GatewayContract extends AgainstSeededSimulator {

    protected NetSuiteGateway gateway;

    /** A new gateway of the adapter under test, pointed at {@link #netsuite}. */
    protected abstract NetSuiteGateway newGateway();

    /** The simulator's operation name of this adapter's order writes, for fault injection. */
    protected abstract String orderWriteOperation();

    @BeforeEach
    void connect() {
        gateway = newGateway();
    }

    @AfterEach
    void disconnect() throws Exception {
        if (gateway instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Test
    void upsertCreatesEachOrderOnceWithItsSoNumber() {
        List<WriteOutcome> outcomes = gateway.upsertSalesOrders(List.of(order("576461413038785752", TEE_BLACK_M),
                order("576461413038785753", MUG)));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.written()).isTrue());
        assertThat(outcomes).extracting(outcome -> outcome.externalId().orElseThrow())
                .containsExactly("TTS-7495021-576461413038785752", "TTS-7495021-576461413038785753");
        assertThat(outcomes).extracting(outcome -> ((WriteOutcome.Written) outcome).tranId().orElseThrow())
                .containsExactlyInAnyOrder("SO10001", "SO10002");
        assertThat(netsuite.account().records(SalesOrder.class)).hasSize(2);
    }

    @Test
    void aRepeatedUpsertWritesNothingTwice() {
        List<SalesOrderDraft> orders = List.of(order("576461413038785752", TEE_BLACK_M),
                order("576461413038785753", MUG));

        List<WriteOutcome> first = gateway.upsertSalesOrders(orders);
        List<WriteOutcome> again = gateway.upsertSalesOrders(orders);

        assertThat(again).isEqualTo(first);
        assertThat(netsuite.account().records(SalesOrder.class)).hasSize(2);
        assertThat(netsuite.account().stock(MUG, RENO).orElseThrow().committed()).isEqualByComparingTo("2");
    }

    @Test
    void aDataErrorFailsOnlyThatRecord() {
        List<WriteOutcome> outcomes = gateway.upsertSalesOrders(List.of(order("576461413038785752", TEE_BLACK_M),
                order("576461413038785753", "424242"), order("576461413038785754", MUG)));

        assertThat(outcomes.get(0).written()).isTrue();
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("INVALID_KEY_OR_REF");
            assertThat(rejected.faultClass()).isEqualTo(FaultClass.DO_NOT_RETRY);
            assertThat(rejected.externalId()).contains("TTS-7495021-576461413038785753");
        });
        assertThat(outcomes.get(2).written()).isTrue();
        assertThat(netsuite.account().records(SalesOrder.class)).hasSize(2);
    }

    @Test
    void aConcurrencyRefusalIsRetried() {
        netsuite.faults().inject(FaultRule.once(orderWriteOperation(), FaultKind.REQUEST_BLOCKED));

        List<WriteOutcome> outcomes = gateway.upsertSalesOrders(List.of(order("576461413038785752", TEE_BLACK_M)));

        assertThat(outcomes).singleElement().satisfies(outcome -> assertThat(outcome.written()).isTrue());
        assertThat(netsuite.faults().fired()).isEqualTo(1);
        assertThat(netsuite.account().records(SalesOrder.class)).hasSize(1);
    }

    @Test
    void theAccountHoldsTheSameOrderWhicheverAdapterWroteIt() {
        gateway.upsertSalesOrders(List.of(fullOrder()));

        SalesOrder stored = netsuite.account().records(SalesOrder.class).get(0);
        assertThat(summary(stored)).isEqualTo("TTS-7495021-576461413038785760|4471|3|1|2026-11-26|576461413038785760"
                + "|gift wrap|3.99|Ana Ruiz|Calle Mayor 1|Madrid|_spain|custbody_tiktok_shop=7495021"
                + "|5120x2@21.50:_availableQty:false;5200x1@14.00:_doNotCommit:true");
    }

    @Test
    void customersAreUpsertedByExternalIdOnce() {
        CustomerDraft buyer = new CustomerDraft("TTS-BUYER-7494", new NetSuiteInternalId("3"), true, "Ana", "Ruiz",
                null, "ana@example.com", null, new NetSuiteInternalId("1"));

        List<WriteOutcome> first = gateway.upsertCustomers(List.of(buyer));
        List<WriteOutcome> again = gateway.upsertCustomers(List.of(buyer));

        assertThat(first).singleElement().satisfies(outcome -> assertThat(outcome.written()).isTrue());
        assertThat(again).isEqualTo(first);
        assertThat(netsuite.account().records(Customer.class))
                .filteredOn(customer -> "TTS-BUYER-7494".equals(customer.getExternalId())).singleElement()
                .satisfies(customer -> assertThat(customer.getEmail()).isEqualTo("ana@example.com"));
    }

    @Test
    void itemAvailabilityReadsTheSameRowsSinceAWatermark() {
        Instant watermark = netsuite.account().now().toInstant();
        gateway.upsertSalesOrders(List.of(order("576461413038785799", TEE_BLACK_M)));
        netsuite.account().adjustStock(new StockAdjustment(TEE_BLACK_L, RENO, new BigDecimal("50"), null));
        List<NetSuiteInternalId> items = List.of(new NetSuiteInternalId(TEE_BLACK_M),
                new NetSuiteInternalId(TEE_BLACK_L), new NetSuiteInternalId(MUG));

        List<ItemAvailabilityRow> changed = gateway.itemAvailability(items, watermark);
        List<ItemAvailabilityRow> all = gateway.itemAvailability(items, null);

        assertThat(rows(changed)).containsExactly("5120@2 onHand=10 available=8 committed=2",
                "5121@2 onHand=50 available=50 committed=0");
        assertThat(rows(all)).containsExactly("5120@2 onHand=10 available=8 committed=2",
                "5120@5 onHand=4 available=4 committed=0", "5121@2 onHand=50 available=50 committed=0",
                "5200@2 onHand=400 available=400 committed=0");
        assertThat(changed).allSatisfy(row -> assertThat(row.lastQtyAvailableChange()).isAfterOrEqualTo(
                watermark.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
    }

    @Test
    void serverTimeIsTheAccountsClock() {
        Instant before = netsuite.account().now().toInstant();

        Instant serverTime = gateway.serverTime();

        assertThat(serverTime).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
                .isBeforeOrEqualTo(netsuite.account().now().toInstant());
    }

    private static List<String> rows(List<ItemAvailabilityRow> rows) {
        return rows.stream().map(row -> row.item().value() + "@" + row.location().value() + " onHand="
                        + row.onHand().stripTrailingZeros().toPlainString() + " available="
                        + row.available().stripTrailingZeros().toPlainString() + " committed="
                        + row.committed().stripTrailingZeros().toPlainString())
                .sorted().toList();
    }

    static SalesOrderDraft order(String tiktokOrderId, String item) {
        return new SalesOrderDraft("TTS-7495021-" + tiktokOrderId, new NetSuiteInternalId("4471"),
                new NetSuiteInternalId("3"), new NetSuiteInternalId("1"), new NetSuiteInternalId(RENO), null, null,
                LocalDate.of(2026, 11, 26), tiktokOrderId, null, null, new BigDecimal("3.99"), null,
                List.of(SalesOrderLine.of(new NetSuiteInternalId(item), new BigDecimal("2"), new BigDecimal("21.50"))),
                Map.of());
    }

    private static SalesOrderDraft fullOrder() {
        return new SalesOrderDraft("TTS-7495021-576461413038785760", new NetSuiteInternalId("4471"),
                new NetSuiteInternalId("3"), new NetSuiteInternalId("1"), new NetSuiteInternalId(RENO), null, null,
                LocalDate.of(2026, 11, 26), "576461413038785760", "gift wrap", null, new BigDecimal("3.99"),
                new ShippingAddress("Ana Ruiz", "+34 600 000 000", "Calle Mayor 1", null, "Madrid", "M", "28013",
                        "ES"),
                List.of(new SalesOrderLine(new NetSuiteInternalId(TEE_BLACK_M), new BigDecimal("2"),
                                new BigDecimal("21.50"), null, CommitInventory.AVAILABLE_QTY, false, null),
                        new SalesOrderLine(new NetSuiteInternalId(MUG), new BigDecimal("1"), new BigDecimal("14.00"),
                                null, CommitInventory.DO_NOT_COMMIT, true, null)),
                Map.of("custbody_tiktok_shop", "7495021"));
    }

    private static String summary(SalesOrder order) {
        String custom = order.getCustomFieldList() == null ? "" : order.getCustomFieldList().getCustomField().stream()
                .map(field -> field.getScriptId() + "=" + ((StringCustomFieldRef) field).getValue())
                .collect(Collectors.joining(","));
        String lines = order.getItemList().getItem().stream().map(GatewayContract::line)
                .collect(Collectors.joining(";"));
        return String.join("|", order.getExternalId(), order.getEntity().getInternalId(),
                order.getSubsidiary().getInternalId(), order.getCurrency().getInternalId(),
                order.getTranDate().toLocalDate().toString(), order.getOtherRefNum(), order.getMemo(),
                order.getShippingCost().toPlainString(), order.getShippingAddress().getAddressee(),
                order.getShippingAddress().getAddr1(), order.getShippingAddress().getCity(),
                order.getShippingAddress().getCountry(), custom, lines);
    }

    private static String line(SalesOrderItem item) {
        return item.getItem().getInternalId() + "x" + item.getQuantity().stripTrailingZeros().toPlainString() + "@"
                + new BigDecimal(item.getRate()).setScale(2).toPlainString() + ":"
                + (item.getCommitInventory() == null ? "" : item.getCommitInventory().value()) + ":"
                + Boolean.TRUE.equals(item.isIsClosed());
    }
}
