package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.marketing_2025_2.PromotionCode;
import com.netsuite.webservices.platform.common_2025_2.CustomRecordSearchBasic;
import com.netsuite.webservices.platform.common_2025_2.PromotionCodeSearchBasic;
import com.netsuite.webservices.platform.common_2025_2.ItemSearchBasic;
import com.netsuite.webservices.platform.common_2025_2.TransactionSearchBasic;
import com.netsuite.webservices.platform.core_2025_2.BaseRef;
import com.netsuite.webservices.platform.core_2025_2.CurrencyRate;
import com.netsuite.webservices.platform.core_2025_2.CurrencyRateFilter;
import com.netsuite.webservices.platform.core_2025_2.ItemAvailability;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.SearchDateField;
import com.netsuite.webservices.platform.core_2025_2.SearchMultiSelectField;
import com.netsuite.webservices.platform.core_2025_2.types.SearchMultiSelectFieldOperator;
import com.netsuite.webservices.platform.core_2025_2.SearchEnumMultiSelectField;
import com.netsuite.webservices.platform.core_2025_2.SearchResult;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.platform.core_2025_2.types.SearchDateFieldOperator;
import com.netsuite.webservices.platform.core_2025_2.types.SearchEnumMultiSelectFieldOperator;
import com.netsuite.webservices.platform.messages_2025_2.SearchPreferences;
import com.netsuite.webservices.setup.customization_2025_2.CustomRecord;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillment;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.fault.SuiteTalkFault;
import io.suitetok.netsuite.gateway.CreditMemoDraft;
import io.suitetok.netsuite.gateway.CustomerDraft;
import io.suitetok.netsuite.gateway.CustomerRefundDraft;
import io.suitetok.netsuite.gateway.FulfilmentSnapshot;
import io.suitetok.netsuite.gateway.ItemAvailabilityRow;
import io.suitetok.netsuite.gateway.ItemPricing;
import io.suitetok.netsuite.gateway.ItemSnapshot;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.Page;
import io.suitetok.netsuite.gateway.PromotionSnapshot;
import io.suitetok.netsuite.gateway.ReturnAuthorizationDraft;
import io.suitetok.netsuite.gateway.ReturnReceiptDraft;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import io.suitetok.netsuite.gateway.ScheduledPrice;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.soap.ReadOutcome;
import io.suitetok.netsuite.soap.SuiteTalkClient;
import io.suitetok.netsuite.wire.RecordKeys;
import io.suitetok.netsuite.list.Chunks;
import io.suitetok.netsuite.wire.RecordRefs;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link NetSuiteGateway} over SuiteTalk SOAP 2025_2. */
public final class SoapNetSuiteGateway implements NetSuiteGateway {

    private static final Logger log = LoggerFactory.getLogger(SoapNetSuiteGateway.class);
    /** A search answered with rows (a saved or advanced search), which the gateway does not map. */
    public static final String SEARCH_ROWS_UNSUPPORTED = "HUB_SEARCH_ROWS_UNSUPPORTED";

    /** No exchange rate in effect for the pair at the date. */
    public static final String NO_CURRENCY_RATE = NetSuiteGateway.NO_CURRENCY_RATE;
    /** Item ids per search when reading named items' prices. */
    static final int ITEMS_PER_SEARCH = 500;

    private final SuiteTalkClient client;
    private final String priceScheduleTypeId;
    private final ReturnDocumentWrites returnDocuments;

    public SoapNetSuiteGateway(SuiteTalkClient client) {
        this(client, null);
    }

    /**
     * @param priceScheduleTypeId the internal id of the custom record type
     *                            {@code customrecord_suitetok_price_schedule} in this account (Customization >
     *                            Record Types); a custom record search names its type by it
     */
    public SoapNetSuiteGateway(SuiteTalkClient client, String priceScheduleTypeId) {
        this.client = client;
        this.returnDocuments = new ReturnDocumentWrites(client);
        this.priceScheduleTypeId = priceScheduleTypeId == null || priceScheduleTypeId.isBlank()
                ? null : priceScheduleTypeId.strip();
    }

    @Override
    public List<WriteOutcome> upsertSalesOrders(List<SalesOrderDraft> orders) {
        List<WriteOutcome> outcomes = new ArrayList<>(client.upsertList(
                orders.stream().map(SalesOrderMapper::toSalesOrder).toList()));
        addTranIds(outcomes);
        return outcomes;
    }

    @Override
    public List<WriteOutcome> upsertCustomers(List<CustomerDraft> customers) {
        return client.upsertList(customers.stream().map(CustomerMapper::toCustomer).toList());
    }

    @Override
    public List<ItemAvailabilityRow> itemAvailability(Collection<NetSuiteInternalId> items, Instant changedSince) {
        List<RecordRef> refs = items.stream().map(id -> RecordRefs.internal(id.value())).toList();
        OffsetDateTime since = changedSince == null ? null : changedSince.atOffset(ZoneOffset.UTC);
        return client.getItemAvailability(refs, since).stream().map(SoapNetSuiteGateway::row).toList();
    }

    @Override
    public Page<ItemSnapshot> itemsModifiedSince(Instant since) {
        ItemSearchBasic criteria = new ItemSearchBasic();
        criteria.setLastModifiedDate(onOrAfter(since));
        criteria.setType(anyOf("_inventoryItem"));
        return page(client.search(criteria, withSublists()), InventoryItem.class, ItemSnapshotMapper::toSnapshot);
    }

    @Override
    public Page<ItemSnapshot> moreItems(String cursor) {
        SearchCursor next = SearchCursor.decode(cursor);
        return page(client.searchMoreWithId(next.searchId(), next.pageIndex(), withSublists()), InventoryItem.class,
                ItemSnapshotMapper::toSnapshot);
    }

    @Override
    public List<ItemSnapshot> itemsWithChildren(Collection<NetSuiteInternalId> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        SearchMultiSelectField ids = new SearchMultiSelectField();
        ids.setOperator(SearchMultiSelectFieldOperator.ANY_OF);
        items.forEach(id -> ids.getSearchValue().add(RecordRefs.internal(id.value())));
        ItemSearchBasic named = new ItemSearchBasic();
        named.setInternalId(ids);
        ItemSearchBasic children = new ItemSearchBasic();
        children.setParent(ids);
        List<ItemSnapshot> found = new ArrayList<>(allPages(named));
        allPages(children).stream().filter(child -> found.stream()
                .noneMatch(seen -> seen.internalId().equals(child.internalId()))).forEach(found::add);
        return found;
    }

    private List<ItemSnapshot> allPages(ItemSearchBasic criteria) {
        criteria.setType(anyOf("_inventoryItem"));
        List<ItemSnapshot> all = new ArrayList<>();
        Page<ItemSnapshot> page = page(client.search(criteria, withSublists()), InventoryItem.class,
                ItemSnapshotMapper::toSnapshot);
        all.addAll(page.items());
        while (page.next().isPresent()) {
            page = moreItems(page.next().get());
            all.addAll(page.items());
        }
        return all;
    }

    @Override
    public Page<FulfilmentSnapshot> fulfilmentsModifiedSince(Instant since) {
        TransactionSearchBasic criteria = new TransactionSearchBasic();
        criteria.setLastModifiedDate(onOrAfter(since));
        criteria.setType(anyOf("_itemFulfillment"));
        return page(client.search(criteria, withSublists()), ItemFulfillment.class, FulfilmentMapper::toSnapshot);
    }

    @Override
    public Page<FulfilmentSnapshot> moreFulfilments(String cursor) {
        SearchCursor next = SearchCursor.decode(cursor);
        return page(client.searchMoreWithId(next.searchId(), next.pageIndex(), withSublists()),
                ItemFulfillment.class, FulfilmentMapper::toSnapshot);
    }

    @Override
    public Instant serverTime() {
        return client.getServerTime().toInstant();
    }

    // ---- pricing ------------------------------------------------------------------------------------

    @Override
    public Page<ItemPricing> itemPricingModifiedSince(Instant since) {
        ItemSearchBasic criteria = new ItemSearchBasic();
        criteria.setLastModifiedDate(onOrAfter(since));
        criteria.setType(anyOf("_inventoryItem"));
        return page(client.search(criteria, withSublists()), InventoryItem.class, ItemPricingMapper::toPricing);
    }

    @Override
    public Page<ItemPricing> moreItemPricing(String cursor) {
        SearchCursor next = SearchCursor.decode(cursor);
        return page(client.searchMoreWithId(next.searchId(), next.pageIndex(), withSublists()), InventoryItem.class,
                ItemPricingMapper::toPricing);
    }

    @Override
    public List<ItemPricing> itemPricing(Collection<NetSuiteInternalId> items) {
        List<ItemPricing> found = new ArrayList<>();
        for (List<NetSuiteInternalId> chunk : Chunks.of(List.copyOf(items), ITEMS_PER_SEARCH)) {
            ItemSearchBasic criteria = new ItemSearchBasic();
            criteria.setInternalId(anyOfRecords(chunk));
            criteria.setType(anyOf("_inventoryItem"));
            found.addAll(allPages(client.search(criteria, withSublists()), InventoryItem.class,
                    ItemPricingMapper::toPricing));
        }
        return found;
    }

    @Override
    public List<ScheduledPrice> scheduledPricesModifiedSince(Instant since) {
        if (priceScheduleTypeId == null) {
            throw new IllegalStateException("the internal id of the custom record type "
                    + PriceScheduleRecord.TYPE + " is not configured (hub.netsuite.price-schedule-record-type-id)");
        }
        CustomRecordSearchBasic criteria = new CustomRecordSearchBasic();
        criteria.setRecType(RecordRefs.internal(priceScheduleTypeId));
        criteria.setLastModified(onOrAfter(since));
        return allPages(client.search(criteria, withSublists()), CustomRecord.class,
                ScheduledPriceMapper::toScheduledPrice);
    }

    @Override
    public List<PromotionSnapshot> promotionsModifiedSince(Instant since) {
        // Nothing to narrow the search by (no modification date), so every promotion code is read.
        List<PromotionSnapshot> all = allPages(client.search(new PromotionCodeSearchBasic(), withSublists()),
                PromotionCode.class, PromotionMapper::toSnapshot);
        return all.stream().filter(promotion -> promotion.end() == null || !promotion.end().isBefore(since)).toList();
    }

    @Override
    public BigDecimal currencyRate(NetSuiteInternalId fromCurrency, NetSuiteInternalId toCurrency,
                                   LocalDate effectiveDate) {
        if (fromCurrency.equals(toCurrency)) {
            return BigDecimal.ONE;
        }
        CurrencyRateFilter filter = new CurrencyRateFilter();
        filter.setBaseCurrency(RecordRefs.internal(toCurrency.value()));
        filter.setFromCurrency(RecordRefs.internal(fromCurrency.value()));
        filter.setEffectiveDate(effectiveDate.atStartOfDay().atOffset(ZoneOffset.UTC));
        OffsetDateTime endOfDay = effectiveDate.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        // NetSuite answers the rates of the pair; the one in effect is the latest that starts by that day.
        return client.getCurrencyRate(filter).stream()
                .filter(rate -> toCurrency.equals(WireValues.id(rate.getBaseCurrency()))
                        && fromCurrency.equals(WireValues.id(rate.getFromCurrency())))
                .filter(rate -> rate.getExchangeRate() != null)
                .filter(rate -> rate.getEffectiveDate() == null || rate.getEffectiveDate().isBefore(endOfDay))
                .max(Comparator.comparing(CurrencyRate::getEffectiveDate,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(CurrencyRate::getExchangeRate)
                .orElseThrow(() -> new SuiteTalkException("getCurrencyRate", new SuiteTalkFault(NO_CURRENCY_RATE,
                        "NetSuite has no exchange rate from currency " + fromCurrency + " to " + toCurrency
                                + " in effect on " + effectiveDate, FaultClass.DO_NOT_RETRY, false), 1, null));
    }

    public SuiteTalkClient client() {
        return client;
    }

    /** upsert answers with internal ids only; the SO number comes from reading the orders back. */
    private void addTranIds(List<WriteOutcome> outcomes) {
        List<Integer> written = new ArrayList<>();
        List<BaseRef> refs = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof WriteOutcome.Written w) {
                written.add(i);
                refs.add(RecordRefs.internal(RecordType.SALES_ORDER, w.internalId().value()));
            }
        }
        if (refs.isEmpty()) {
            return;
        }
        try {
            List<ReadOutcome> reads = client.getList(refs);
            for (int k = 0; k < written.size(); k++) {
                int index = written.get(k);
                reads.get(k).record(SalesOrder.class).ifPresent(order -> outcomes.set(index,
                        ((WriteOutcome.Written) outcomes.get(index)).withTranId(order.getTranId())));
            }
        } catch (SuiteTalkException e) {
            // The orders are written; the SO numbers follow on the next read of them.
            log.warn("sales orders written but their tran ids could not be read: {}", e.fault().code());
        }
    }

    private <R extends Record, T> List<T> allPages(SearchResult first, Class<R> type, Function<R, T> mapper) {
        List<T> all = new ArrayList<>();
        Page<T> page = page(first, type, mapper);
        all.addAll(page.items());
        while (page.next().isPresent()) {
            SearchCursor next = SearchCursor.decode(page.next().get());
            page = page(client.searchMoreWithId(next.searchId(), next.pageIndex(), withSublists()), type, mapper);
            all.addAll(page.items());
        }
        return all;
    }

    private static SearchMultiSelectField anyOfRecords(Collection<NetSuiteInternalId> ids) {
        SearchMultiSelectField field = new SearchMultiSelectField();
        field.setOperator(SearchMultiSelectFieldOperator.ANY_OF);
        ids.stream().filter(Objects::nonNull).forEach(id -> field.getSearchValue().add(RecordRefs.internal(id.value())));
        return field;
    }

    private static <R extends Record, T> Page<T> page(SearchResult result, Class<R> type, Function<R, T> mapper) {
        if (result.getSearchRowList() != null && !result.getSearchRowList().getAny().isEmpty()) {
            // A saved or advanced search answers with rows; read as records they were an empty page that
            // claimed totalRecords results. The hub maps records only, so say so instead.
            throw new SuiteTalkException("search", new SuiteTalkFault(SEARCH_ROWS_UNSUPPORTED,
                    "NetSuite answered with " + result.getTotalRecords() + " search rows (a saved or advanced search);"
                            + " the gateway reads records only", FaultClass.DO_NOT_RETRY, false), 1, null);
        }
        List<T> items = new ArrayList<>();
        if (result.getRecordList() != null) {
            for (Record record : result.getRecordList().getRecord()) {
                if (type.isInstance(record)) {
                    items.add(mapper.apply(type.cast(record)));
                } else {
                    // A declared type this page does not map (records of undeclared types never get here:
                    // UnknownContentSkipper takes them out and counts them).
                    log.warn("{} {} in a page of {} skipped", record.getClass().getSimpleName(),
                            RecordKeys.internalId(record), type.getSimpleName());
                }
            }
        }
        int pageIndex = result.getPageIndex() == null ? 1 : result.getPageIndex();
        int totalPages = result.getTotalPages() == null ? 1 : result.getTotalPages();
        int totalRecords = result.getTotalRecords() == null ? items.size() : result.getTotalRecords();
        String next = pageIndex < totalPages && result.getSearchId() != null
                ? new SearchCursor(result.getSearchId(), pageIndex + 1).encode() : null;
        return new Page<>(items, pageIndex, totalPages, totalRecords, next);
    }

    private static ItemAvailabilityRow row(ItemAvailability availability) {
        return new ItemAvailabilityRow(WireValues.id(availability.getItem()),
                WireValues.id(availability.getLocationId()),
                WireValues.orZero(availability.getQuantityOnHand()),
                WireValues.orZero(availability.getQuantityAvailable()),
                WireValues.orZero(availability.getQuantityCommitted()),
                WireValues.orZero(availability.getQuantityOnOrder()),
                WireValues.orZero(availability.getQuantityBackOrdered()),
                WireValues.instant(availability.getLastQtyAvailableChange()));
    }

    private static SearchDateField onOrAfter(Instant since) {
        SearchDateField field = new SearchDateField();
        field.setOperator(SearchDateFieldOperator.ON_OR_AFTER);
        field.setSearchValue(since.atOffset(ZoneOffset.UTC));
        return field;
    }

    private static SearchEnumMultiSelectField anyOf(String... values) {
        SearchEnumMultiSelectField field = new SearchEnumMultiSelectField();
        field.setOperator(SearchEnumMultiSelectFieldOperator.ANY_OF);
        field.getSearchValue().addAll(List.of(values));
        return field;
    }

    /** Item pricing, locations, packages and lines are sublists, which body-fields-only searches leave out. */
    private static SearchPreferences withSublists() {
        SearchPreferences preferences = new SearchPreferences();
        preferences.setBodyFieldsOnly(false);
        return preferences;
    }

    // ---- returns and refunds ------------------------------------------------------------------------

    @Override
    public List<WriteOutcome> upsertReturnAuthorizations(List<ReturnAuthorizationDraft> returns) {
        return returnDocuments.returnAuthorizations(returns);
    }

    @Override
    public List<WriteOutcome> addReturnReceipts(List<ReturnReceiptDraft> receipts) {
        return returnDocuments.itemReceipts(receipts);
    }

    @Override
    public List<WriteOutcome> addCreditMemos(List<CreditMemoDraft> memos) {
        return returnDocuments.creditMemos(memos);
    }

    @Override
    public List<WriteOutcome> addCustomerRefunds(List<CustomerRefundDraft> refunds) {
        return returnDocuments.customerRefunds(refunds);
    }

    // ---- settlement: upserted by external id, so a re-run replaces instead of posting twice -----------

    @Override
    public List<WriteOutcome> upsertJournalEntries(List<io.suitetok.netsuite.gateway.JournalEntryDraft> entries) {
        return client.upsertList(entries.stream().map(JournalEntryMapper::toJournalEntry).toList());
    }

    @Override
    public List<WriteOutcome> upsertDeposits(List<io.suitetok.netsuite.gateway.DepositDraft> deposits) {
        return client.upsertList(deposits.stream().map(DepositMapper::toDeposit).toList());
    }
}
