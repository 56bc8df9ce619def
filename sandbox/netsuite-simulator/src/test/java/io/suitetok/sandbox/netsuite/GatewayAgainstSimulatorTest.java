package io.suitetok.sandbox.netsuite;

import static io.suitetok.sandbox.netsuite.SimulatorTestKit.MUG;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.RENO;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_BLACK_L;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_BLACK_M;
import static org.assertj.core.api.Assertions.assertThat;

import com.netsuite.webservices.platform.core_2025_2.InitializeRecord;
import com.netsuite.webservices.platform.core_2025_2.InitializeRef;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeRefType;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeType;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillment;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackage;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackageList;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import com.netsuite.webservices.transactions.sales_2025_2.types.ItemFulfillmentShipStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.netsuite.gateway.CustomerDraft;
import io.suitetok.netsuite.gateway.FulfilmentSnapshot;
import io.suitetok.netsuite.gateway.ItemAvailabilityRow;
import io.suitetok.netsuite.gateway.ItemSnapshot;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.Page;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import io.suitetok.netsuite.gateway.SalesOrderLine;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.gateway.soap.SoapNetSuiteGateway;
import io.suitetok.netsuite.soap.SuiteTalkClient;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import io.suitetok.sandbox.netsuite.seed.StockAdjustment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The port the services use, over SOAP, against the simulator. */
class GatewayAgainstSimulatorTest extends AgainstSeededSimulator {

    private static SuiteTalkClient client;
    private static NetSuiteGateway gateway;

    @BeforeAll
    static void connect() {
        client = SuiteTalkClient.create(SimulatorTestKit.config(netsuite).withSearchPageSize(5),
                new SimpleMeterRegistry());
        gateway = new SoapNetSuiteGateway(client);
    }

    @Test
    void salesOrdersComeBackWithTheirSoNumbersAndARetryMakesNoSecondOrder() {
        List<SalesOrderDraft> orders = List.of(order("576461413038785752", TEE_BLACK_M),
                order("576461413038785753", "424242"), order("576461413038785754", MUG));

        List<WriteOutcome> first = gateway.upsertSalesOrders(orders);
        List<WriteOutcome> again = gateway.upsertSalesOrders(orders);

        assertThat(((WriteOutcome.Written) first.get(0)).tranId()).contains("SO10001");
        assertThat(first.get(1)).isInstanceOfSatisfying(WriteOutcome.Rejected.class,
                rejected -> assertThat(rejected.code()).isEqualTo("INVALID_KEY_OR_REF"));
        assertThat(((WriteOutcome.Written) first.get(2)).tranId()).contains("SO10002");
        assertThat(again.get(0)).isEqualTo(first.get(0));
        assertThat(netsuite.account().records(SalesOrder.class))
                .hasSize(2);
    }

    @Test
    void itemsModifiedSinceAreReadPageByPage() {
        Instant watermark = gateway.serverTime();
        for (int i = 0; i < 6; i++) {
            netsuite.account().seed(new SeedRequest(null, null, null, null, null,
                    List.of(new SeedRequest.Item(null, null, "SOCK-" + i, "Sock " + i, null, null, null, Map.of(),
                            false, List.of(), List.of(new SeedRequest.Price("1", "1", new BigDecimal("5.00"))),
                            List.of())), null));
        }

        List<ItemSnapshot> items = new ArrayList<>();
        Page<ItemSnapshot> page = gateway.itemsModifiedSince(watermark);
        items.addAll(page.items());
        while (page.next().isPresent()) {
            page = gateway.moreItems(page.next().get());
            items.addAll(page.items());
        }

        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(items).extracting(ItemSnapshot::sku).extracting(SellerSku::value)
                .containsExactly("SOCK-0", "SOCK-1", "SOCK-2", "SOCK-3", "SOCK-4", "SOCK-5");
        assertThat(items.get(0).prices()).singleElement()
                .satisfies(price -> assertThat(price.unitPrice()).isEqualByComparingTo("5.00"));
    }

    @Test
    void matrixChildrenCarryTheirParentOptionsAndPrices() {
        Page<ItemSnapshot> page = gateway.itemsModifiedSince(Instant.EPOCH);

        ItemSnapshot child = page.items().stream().filter(item -> item.sku().value().equals("TEE-BLK-M"))
                .findFirst().orElseThrow();
        assertThat(child.matrixRole()).isEqualTo(ItemSnapshot.MatrixRole.CHILD);
        assertThat(child.parent()).isEqualTo(new NetSuiteInternalId(SimulatorTestKit.TEE_PARENT));
        assertThat(child.matrixOptions()).containsEntry("custitem_size", "M");
        assertThat(child.prices()).hasSize(2);
    }

    @Test
    void itemAvailabilityFollowsOrdersAndReceipts() {
        Instant watermark = gateway.serverTime();
        gateway.upsertSalesOrders(List.of(order("576461413038785799", TEE_BLACK_M)));
        netsuite.account().adjustStock(new StockAdjustment(TEE_BLACK_L, RENO, new BigDecimal("50"), null));

        List<ItemAvailabilityRow> rows = gateway.itemAvailability(List.of(new NetSuiteInternalId(TEE_BLACK_M),
                new NetSuiteInternalId(TEE_BLACK_L), new NetSuiteInternalId(MUG)), watermark);

        assertThat(rows).extracting(row -> row.item().value() + "@" + row.location().value() + "="
                        + row.available().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(TEE_BLACK_M + "@" + RENO + "=8", TEE_BLACK_L + "@" + RENO + "=50");
    }

    @Test
    void fulfilmentsAreReadWithTheirOrderAndTrackingNumbers() {
        WriteOutcome.Written order = (WriteOutcome.Written) gateway.upsertSalesOrders(
                List.of(order("576461413038785800", TEE_BLACK_M))).get(0);
        Instant watermark = gateway.serverTime();
        InitializeRecord initialize = new InitializeRecord();
        initialize.setType(InitializeType.ITEM_FULFILLMENT);
        InitializeRef reference = new InitializeRef();
        reference.setType(InitializeRefType.SALES_ORDER);
        reference.setInternalId(order.internalId().value());
        initialize.setReference(reference);
        ItemFulfillment fulfilment = (ItemFulfillment) client.initialize(initialize);
        ItemFulfillmentPackage parcel = new ItemFulfillmentPackage();
        parcel.setPackageTrackingNumber("1Z999AA10123456784");
        ItemFulfillmentPackageList packages = new ItemFulfillmentPackageList();
        packages.getPackage().add(parcel);
        fulfilment.setPackageList(packages);
        fulfilment.setShipStatus(ItemFulfillmentShipStatus.SHIPPED);
        client.add(fulfilment);

        Page<FulfilmentSnapshot> page = gateway.fulfilmentsModifiedSince(watermark);

        assertThat(page.items()).singleElement().satisfies(shipped -> {
            assertThat(shipped.salesOrder()).isEqualTo(order.internalId());
            assertThat(shipped.shipStatus()).isEqualTo("shipped");
            assertThat(shipped.packages()).extracting(FulfilmentSnapshot.TrackedPackage::trackingNumber)
                    .containsExactly("1Z999AA10123456784");
            assertThat(shipped.lines()).singleElement()
                    .satisfies(line -> assertThat(line.quantity()).isEqualByComparingTo("2"));
        });
    }

    @Test
    void rewritingTheLinesOfAFulfilledOrderIsRefusedAndChangesNothing() {
        SalesOrderDraft draft = order("576461413038785801", TEE_BLACK_M);
        WriteOutcome.Written order = (WriteOutcome.Written) gateway.upsertSalesOrders(List.of(draft)).get(0);
        InitializeRecord initialize = new InitializeRecord();
        initialize.setType(InitializeType.ITEM_FULFILLMENT);
        InitializeRef reference = new InitializeRef();
        reference.setType(InitializeRefType.SALES_ORDER);
        reference.setInternalId(order.internalId().value());
        initialize.setReference(reference);
        ItemFulfillment fulfilment = (ItemFulfillment) client.initialize(initialize);
        fulfilment.setShipStatus(ItemFulfillmentShipStatus.SHIPPED);
        client.add(fulfilment);

        WriteOutcome again = gateway.upsertSalesOrders(List.of(draft)).get(0);

        assertThat(again).isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("USER_ERROR");
            assertThat(rejected.message()).contains("has been fulfilled");
            assertThat(rejected.retryable()).isFalse();
        });
        SalesOrder stored = netsuite.account().records(SalesOrder.class).stream()
                .filter(so -> so.getInternalId().equals(order.internalId().value())).findFirst().orElseThrow();
        assertThat(stored.getItemList().getItem()).singleElement()
                .satisfies(line -> assertThat(line.getQuantityFulfilled()).isEqualByComparingTo("2"));
    }

    @Test
    void customersAreUpsertedByExternalId() {
        CustomerDraft buyer = new CustomerDraft("TTS-BUYER-7494821931", new NetSuiteInternalId("3"), true, "Dana",
                "Reyes", null, "dana@example.com", null, null);

        WriteOutcome first = gateway.upsertCustomers(List.of(buyer)).get(0);
        WriteOutcome second = gateway.upsertCustomers(List.of(buyer)).get(0);

        assertThat(second).isEqualTo(first);
    }

    private static SalesOrderDraft order(String tiktokOrderId, String item) {
        return new SalesOrderDraft("TTS-7495021-" + tiktokOrderId, new NetSuiteInternalId("4471"),
                new NetSuiteInternalId("3"), new NetSuiteInternalId("1"), new NetSuiteInternalId(RENO), null, null,
                LocalDate.of(2026, 11, 26), tiktokOrderId, null, null, new BigDecimal("3.99"), null,
                List.of(SalesOrderLine.of(new NetSuiteInternalId(item), new BigDecimal("2"), new BigDecimal("21.50"))),
                Map.of());
    }
}
