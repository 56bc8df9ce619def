package io.suitetok.sandbox.netsuite;

import static io.suitetok.sandbox.netsuite.SimulatorTestKit.COLUMBUS;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.MUG;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.RENO;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_BLACK_L;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_BLACK_M;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.line;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.salesOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.relationships_2025_2.Customer;
import com.netsuite.webservices.platform.common_2025_2.ItemSearchBasic;
import com.netsuite.webservices.platform.common_2025_2.TransactionSearchBasic;
import com.netsuite.webservices.platform.core_2025_2.GetDeletedFilter;
import com.netsuite.webservices.platform.core_2025_2.InitializeRecord;
import com.netsuite.webservices.platform.core_2025_2.InitializeRef;
import com.netsuite.webservices.platform.core_2025_2.ItemAvailability;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.SearchDateField;
import com.netsuite.webservices.platform.core_2025_2.SearchEnumMultiSelectField;
import com.netsuite.webservices.platform.core_2025_2.SearchResult;
import com.netsuite.webservices.platform.core_2025_2.SearchStringField;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeRefType;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeType;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.platform.core_2025_2.types.SearchDateFieldOperator;
import com.netsuite.webservices.platform.core_2025_2.types.SearchEnumMultiSelectFieldOperator;
import com.netsuite.webservices.platform.core_2025_2.types.SearchStringFieldOperator;
import com.netsuite.webservices.platform.messages_2025_2.SearchPreferences;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillment;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentItem;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentItemList;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackage;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackageList;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItem;
import com.netsuite.webservices.transactions.sales_2025_2.types.SalesOrderOrderStatus;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.soap.ReadOutcome;
import io.suitetok.netsuite.soap.SuiteTalkClient;
import io.suitetok.netsuite.wire.RecordRefs;
import io.suitetok.sandbox.netsuite.account.StockLevel;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SuiteTalk client against the simulator, one behaviour per operation. */
class ClientAgainstSimulatorTest extends AgainstSeededSimulator {

    private static SuiteTalkClient client;

    @BeforeAll
    static void connect() {
        client = SimulatorTestKit.client(netsuite);
    }

    @Test
    void addStoresTheOrderWithAnInternalIdAndAnSoNumberAndCommitsStock() {
        WriteOutcome outcome = client.add(salesOrder("TTS-7495021-1001", line(TEE_BLACK_M, "3", "21.50")));

        SalesOrder stored = readOrder(outcome);
        assertThat(stored.getTranId()).isEqualTo("SO10001");
        assertThat(stored.getOrderStatus()).isEqualTo(SalesOrderOrderStatus.PENDING_FULFILLMENT);
        assertThat(stored.getTotal()).isEqualByComparingTo("64.50");
        assertThat(stored.getItemList().getItem().get(0).getQuantityCommitted()).isEqualByComparingTo("3");
        assertThat(stock(TEE_BLACK_M, RENO).committed()).isEqualByComparingTo("3");
        assertThat(stock(TEE_BLACK_M, RENO).available()).isEqualByComparingTo("7");
    }

    @Test
    void addListChecksEachRecordOnItsOwn() {
        SalesOrder unknownItem = salesOrder("TTS-7495021-2002", line("99999", "1", "9.00"));
        SalesOrder badLocation = salesOrder("TTS-7495021-2003", line(MUG, "1", "14.00").at("777"));
        SalesOrder closedPeriod = salesOrder("TTS-7495021-2004", line(MUG, "1", "14.00"));
        closedPeriod.setTranDate(OffsetDateTime.of(2026, 10, 15, 12, 0, 0, 0, ZoneOffset.UTC));

        List<WriteOutcome> outcomes = client.addList(List.of(
                salesOrder("TTS-7495021-2001", line(MUG, "2", "14.00")), unknownItem, badLocation, closedPeriod,
                salesOrder("TTS-7495021-2005", line(MUG, "1", "14.00"))));

        assertThat(outcomes.get(0).written()).isTrue();
        assertRejected(outcomes.get(1), "INVALID_KEY_OR_REF", "Invalid item reference key 99999.");
        assertRejected(outcomes.get(2), "INVALID_KEY_OR_REF", "Invalid location reference key 777.");
        assertRejected(outcomes.get(3), "CLOSED_TRAN_PRD", "closed period");
        assertThat(outcomes.get(4).written()).isTrue();
        assertThat(netsuite.account().records(SalesOrder.class)).hasSize(2);
        assertThat(netsuite.requests().of("addList")).isEqualTo(1);
    }

    @Test
    void addingAnExternalIdTwiceIsADuplicate() {
        client.add(salesOrder("TTS-7495021-3001", line(MUG, "1", "14.00")));

        WriteOutcome second = client.add(salesOrder("TTS-7495021-3001", line(MUG, "1", "14.00")));

        assertRejected(second, "DUP_RCRD", "already exists");
        assertThat(netsuite.account().records(SalesOrder.class)).hasSize(1);
    }

    @Test
    void updateChangesOnlyTheFieldsItSends() {
        WriteOutcome added = client.add(salesOrder("TTS-7495021-4001", line(MUG, "2", "14.00")));
        SalesOrder change = new SalesOrder();
        change.setInternalId(internalId(added));
        change.setMemo("buyer asked for gift wrap");

        WriteOutcome updated = client.update(change);

        SalesOrder stored = readOrder(updated);
        assertThat(stored.getMemo()).isEqualTo("buyer asked for gift wrap");
        assertThat(stored.getExternalId()).isEqualTo("TTS-7495021-4001");
        assertThat(stored.getItemList().getItem()).hasSize(1);
        assertThat(stock(MUG, RENO).committed()).isEqualByComparingTo("2");
    }

    @Test
    void updateListReportsAnUnknownRecordAndUpdatesTheRest() {
        WriteOutcome added = client.add(salesOrder("TTS-7495021-4101", line(MUG, "1", "14.00")));
        SalesOrder known = new SalesOrder();
        known.setInternalId(internalId(added));
        known.setMemo("checked");
        SalesOrder unknown = new SalesOrder();
        unknown.setInternalId("987654");
        unknown.setMemo("never stored");

        List<WriteOutcome> outcomes = client.updateList(List.of(unknown, known));

        assertRejected(outcomes.get(0), "RCRD_DSNT_EXIST", "does not exist");
        assertThat(readOrder(outcomes.get(1)).getMemo()).isEqualTo("checked");
    }

    @Test
    void upsertAddsOnceThenUpdatesTheSameRecord() {
        WriteOutcome first = client.upsert(salesOrder("TTS-7495021-5001", line(TEE_BLACK_M, "1", "21.50")));
        WriteOutcome second = client.upsert(salesOrder("TTS-7495021-5001", line(TEE_BLACK_M, "2", "21.50")));

        assertThat(internalId(second)).isEqualTo(internalId(first));
        SalesOrder stored = readOrder(second);
        assertThat(stored.getTranId()).isEqualTo("SO10001");
        assertThat(stored.getItemList().getItem().get(0).getQuantity()).isEqualByComparingTo("2");
        assertThat(netsuite.account().records(SalesOrder.class)).hasSize(1);
        // The first version's commitment was released before the second committed.
        assertThat(stock(TEE_BLACK_M, RENO).committed()).isEqualByComparingTo("2");
    }

    @Test
    void upsertListNeedsExternalIdsAndRefusesInternalIds() {
        SalesOrder withoutExternalId = salesOrder("TTS-7495021-5101", line(MUG, "1", "14.00"));
        withoutExternalId.setExternalId(null);
        SalesOrder withInternalId = salesOrder("TTS-7495021-5102", line(MUG, "1", "14.00"));
        withInternalId.setInternalId("10001");

        List<WriteOutcome> outcomes = client.upsertList(List.of(withoutExternalId, withInternalId,
                salesOrder("TTS-7495021-5103", line(MUG, "1", "14.00"))));

        assertRejected(outcomes.get(0), "USER_ERROR", "value for externalId");
        assertRejected(outcomes.get(1), "USER_ERROR", "internalId");
        assertThat(outcomes.get(2).written()).isTrue();
    }

    @Test
    void getAndGetListReadByInternalOrExternalIdAndReportMissingOnes() {
        client.upsert(salesOrder("TTS-7495021-6001", line(MUG, "1", "14.00")));

        ReadOutcome byExternalId = client.get(RecordRefs.external(RecordType.SALES_ORDER, "TTS-7495021-6001"));
        List<ReadOutcome> list = client.getList(List.of(
                RecordRefs.internal(RecordType.INVENTORY_ITEM, TEE_BLACK_M),
                RecordRefs.internal(RecordType.SALES_ORDER, "424242")));

        assertThat(byExternalId.record(SalesOrder.class)).hasValueSatisfying(
                order -> assertThat(order.getOtherRefNum()).isEqualTo("6001"));
        InventoryItem tee = list.get(0).record(InventoryItem.class).orElseThrow();
        assertThat(tee.getQuantityOnHand()).isEqualByComparingTo("14");
        assertThat(tee.getLocationsList().getLocations()).extracting(row -> row.getLocation())
                .containsExactlyInAnyOrder("Reno DC", "Columbus DC");
        assertThat(tee.getMatrixOptionList().getMatrixOption()).hasSize(2);
        assertThat(list.get(1).found()).isFalse();
        assertThat(list.get(1).code()).isEqualTo("RCRD_DSNT_EXIST");
    }

    @Test
    void searchAndSearchMoreWithIdPageThroughTheResults() {
        for (int i = 0; i < 7; i++) {
            client.upsert(salesOrder("TTS-7495021-70" + i, line(MUG, "1", "14.00")));
        }
        TransactionSearchBasic criteria = new TransactionSearchBasic();
        SearchEnumMultiSelectField type = new SearchEnumMultiSelectField();
        type.setOperator(SearchEnumMultiSelectFieldOperator.ANY_OF);
        type.getSearchValue().add("_salesOrder");
        criteria.setType(type);
        SearchStringField byExternalId = new SearchStringField();
        byExternalId.setOperator(SearchStringFieldOperator.STARTS_WITH);
        byExternalId.setSearchValue("TTS-7495021-70");
        criteria.setExternalIdString(byExternalId);
        SearchPreferences fivePerPage = new SearchPreferences();
        fivePerPage.setPageSize(5);

        SearchResult first = client.search(criteria, fivePerPage);
        SearchResult second = client.searchMoreWithId(first.getSearchId(), 2, fivePerPage);

        assertThat(first.getTotalRecords()).isEqualTo(7);
        assertThat(first.getTotalPages()).isEqualTo(2);
        assertThat(first.getRecordList().getRecord()).hasSize(5);
        assertThat(second.getRecordList().getRecord()).hasSize(2);
        assertThat(((SalesOrder) first.getRecordList().getRecord().get(0)).getItemList())
                .as("bodyFieldsOnly leaves sublists out").isNull();
    }

    @Test
    void searchFindsItemsModifiedSinceAWatermarkWithTheirSublists() {
        OffsetDateTime watermark = client.getServerTime();
        InventoryItem renamed = new InventoryItem();
        renamed.setInternalId(TEE_BLACK_L);
        renamed.setDisplayName("Organic Cotton Tee - Black / Large");
        client.update(renamed);
        ItemSearchBasic criteria = new ItemSearchBasic();
        SearchDateField modified = new SearchDateField();
        modified.setOperator(SearchDateFieldOperator.ON_OR_AFTER);
        modified.setSearchValue(watermark);
        criteria.setLastModifiedDate(modified);
        SearchPreferences withSublists = new SearchPreferences();
        withSublists.setBodyFieldsOnly(false);

        SearchResult result = client.search(criteria, withSublists);

        assertThat(result.getRecordList().getRecord()).singleElement().satisfies(record -> {
            InventoryItem item = (InventoryItem) record;
            assertThat(item.getItemId()).isEqualTo("TEE-BLK-L");
            assertThat(item.getPricingMatrix().getPricing()).hasSize(1);
        });
    }

    @Test
    void initializedFulfilmentShipsCommittedStockAndMovesTheOrderOn() {
        WriteOutcome order = client.upsert(salesOrder("TTS-7495021-8001", line(TEE_BLACK_M, "2", "21.50"),
                line(MUG, "1", "14.00")));
        InitializeRecord initialize = new InitializeRecord();
        initialize.setType(InitializeType.ITEM_FULFILLMENT);
        InitializeRef reference = new InitializeRef();
        reference.setType(InitializeRefType.SALES_ORDER);
        reference.setInternalId(internalId(order));
        initialize.setReference(reference);

        ItemFulfillment fulfilment = (ItemFulfillment) client.initialize(initialize);
        fulfilment.getItemList().getItem().get(1).setItemReceive(false);
        fulfilment.setExternalId("TTS-IF-8001-1");
        ItemFulfillmentPackage parcel = new ItemFulfillmentPackage();
        parcel.setPackageTrackingNumber("9400111899223344556677");
        ItemFulfillmentPackageList packages = new ItemFulfillmentPackageList();
        packages.getPackage().add(parcel);
        fulfilment.setPackageList(packages);
        WriteOutcome shipped = client.add(fulfilment);

        assertThat(shipped.written()).isTrue();
        assertThat(stock(TEE_BLACK_M, RENO).onHand()).isEqualByComparingTo("8");
        assertThat(stock(TEE_BLACK_M, RENO).committed()).isEqualByComparingTo("0");
        assertThat(stock(MUG, RENO).committed()).isEqualByComparingTo("1");
        SalesOrder after = readOrder(order);
        assertThat(after.getOrderStatus()).isEqualTo(SalesOrderOrderStatus.PENDING_BILLING_PART_FULFILLED);
        SalesOrderItem teeLine = after.getItemList().getItem().get(0);
        assertThat(teeLine.getQuantityFulfilled()).isEqualByComparingTo("2");
        ItemFulfillment stored = client.get(RecordRefs.internal(RecordType.ITEM_FULFILLMENT, internalId(shipped)))
                .record(ItemFulfillment.class).orElseThrow();
        assertThat(stored.getTranId()).isEqualTo("IF10001");
        assertThat(stored.getPackageList().getPackage().get(0).getPackageTrackingNumber())
                .isEqualTo("9400111899223344556677");
    }

    @Test
    void aFulfilmentCannotShipMoreThanRemainsOnTheOrderLine() {
        WriteOutcome order = client.upsert(salesOrder("TTS-7495021-8101", line(MUG, "1", "14.00")));
        ItemFulfillment fulfilment = new ItemFulfillment();
        fulfilment.setCreatedFrom(RecordRefs.internal(internalId(order)));
        ItemFulfillmentItemList lines = new ItemFulfillmentItemList();
        ItemFulfillmentItem tooMany = new ItemFulfillmentItem();
        tooMany.setOrderLine(1L);
        tooMany.setQuantity(new BigDecimal("2"));
        lines.getItem().add(tooMany);
        fulfilment.setItemList(lines);

        assertRejected(client.add(fulfilment), "INVALID_FLD_VALUE", "remaining quantity (1)");
        assertThat(stock(MUG, RENO).onHand()).isEqualByComparingTo("400");
    }

    @Test
    void stockShortfallIsBackOrderedAndAClosedLineReleasesItsCommitment() {
        WriteOutcome order = client.upsert(salesOrder("TTS-7495021-8201", line(TEE_BLACK_L, "5", "24.99")));

        assertThat(stock(TEE_BLACK_L, RENO).committed()).isEqualByComparingTo("3");
        assertThat(stock(TEE_BLACK_L, RENO).backOrdered()).isEqualByComparingTo("2");

        SalesOrder cancelLine = salesOrder("TTS-7495021-8201", line(TEE_BLACK_L, "5", "24.99"));
        cancelLine.getItemList().getItem().get(0).setIsClosed(true);
        cancelLine.getItemList().getItem().get(0).setLine(1L);
        client.upsert(cancelLine);

        assertThat(stock(TEE_BLACK_L, RENO).committed()).isEqualByComparingTo("0");
        assertThat(stock(TEE_BLACK_L, RENO).backOrdered()).isEqualByComparingTo("0");
        assertThat(internalId(order)).isNotBlank();
    }

    @Test
    void itemAvailabilityReturnsOnlyWhatChangedSinceTheWatermark() {
        OffsetDateTime watermark = client.getServerTime();
        client.upsert(salesOrder("TTS-7495021-9001", line(TEE_BLACK_M, "1", "21.50").at(COLUMBUS)));

        List<ItemAvailability> changed = client.getItemAvailability(List.of(RecordRefs.internal(TEE_BLACK_M),
                RecordRefs.internal(MUG)), watermark);
        List<ItemAvailability> all = client.getItemAvailability(List.of(RecordRefs.internal(TEE_BLACK_M)), null);

        assertThat(changed).singleElement().satisfies(row -> {
            assertThat(row.getItem().getInternalId()).isEqualTo(TEE_BLACK_M);
            assertThat(row.getLocationId().getInternalId()).isEqualTo(COLUMBUS);
            assertThat(row.getQuantityAvailable()).isEqualByComparingTo("3");
            assertThat(row.getQuantityCommitted()).isEqualByComparingTo("1");
            assertThat(row.getLastQtyAvailableChange()).isAfterOrEqualTo(watermark);
        });
        assertThat(all).hasSize(2);
    }

    @Test
    void serverTimeIsTheAccountsClockAndMovesForward() {
        OffsetDateTime first = client.getServerTime();
        OffsetDateTime second = client.getServerTime();

        assertThat(second).isAfter(first);
    }

    @Test
    void getDeletedReportsRecordsDeletedInTheAccount() {
        OffsetDateTime before = client.getServerTime();
        netsuite.account().delete(RecordType.INVENTORY_ITEM, TEE_BLACK_L);
        GetDeletedFilter filter = new GetDeletedFilter();
        SearchDateField since = new SearchDateField();
        since.setOperator(SearchDateFieldOperator.ON_OR_AFTER);
        since.setSearchValue(before);
        filter.setDeletedDate(since);
        SearchEnumMultiSelectField items = new SearchEnumMultiSelectField();
        items.setOperator(SearchEnumMultiSelectFieldOperator.ANY_OF);
        items.getSearchValue().add("inventoryItem");
        filter.setType(items);

        var deleted = client.getDeleted(filter, 1);

        assertThat(deleted.getTotalRecords()).isEqualTo(1);
        assertThat(((RecordRef) deleted.getDeletedRecordList().getDeletedRecord().get(0).getRecord()).getInternalId())
                .isEqualTo(TEE_BLACK_L);
    }

    @Test
    void customersAreUpsertedByExternalIdAndNeedAName() {
        Customer buyer = new Customer();
        buyer.setExternalId("TTS-BUYER-7494821931");
        buyer.setIsPerson(true);
        buyer.setFirstName("Dana");
        buyer.setLastName("Reyes");
        buyer.setSubsidiary(RecordRefs.internal(SimulatorTestKit.SUBSIDIARY));
        Customer nameless = new Customer();
        nameless.setExternalId("TTS-BUYER-0");
        nameless.setIsPerson(true);
        nameless.setSubsidiary(RecordRefs.internal(SimulatorTestKit.SUBSIDIARY));

        List<WriteOutcome> outcomes = client.upsertList(List.of(buyer, nameless));

        assertThat(outcomes.get(0).written()).isTrue();
        assertRejected(outcomes.get(1), "USER_ERROR", "First Name");
    }

    private static SalesOrder readOrder(WriteOutcome outcome) {
        return client.get(RecordRefs.internal(RecordType.SALES_ORDER, internalId(outcome)))
                .record(SalesOrder.class).orElseThrow();
    }

    private static String internalId(WriteOutcome outcome) {
        assertThat(outcome).isInstanceOf(WriteOutcome.Written.class);
        NetSuiteInternalId id = ((WriteOutcome.Written) outcome).internalId();
        return id.value();
    }

    private static StockLevel stock(String item, String location) {
        return netsuite.account().stock(item, location).orElseThrow();
    }

    private static void assertRejected(WriteOutcome outcome, String code, String messagePart) {
        assertThat(outcome).isInstanceOfSatisfying(WriteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo(code);
            assertThat(rejected.message()).contains(messagePart);
            assertThat(rejected.faultClass()).isEqualTo(FaultClass.DO_NOT_RETRY);
        });
    }
}
