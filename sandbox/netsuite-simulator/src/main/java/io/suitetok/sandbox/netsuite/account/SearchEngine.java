package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.relationships_2025_2.Customer;
import com.netsuite.webservices.platform.common_2025_2.CustomerSearchBasic;
import com.netsuite.webservices.platform.common_2025_2.ItemSearchBasic;
import com.netsuite.webservices.platform.common_2025_2.TransactionSearchBasic;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordList;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.SearchDateField;
import com.netsuite.webservices.platform.core_2025_2.SearchMultiSelectField;
import com.netsuite.webservices.platform.core_2025_2.SearchRecord;
import com.netsuite.webservices.platform.core_2025_2.SearchResult;
import com.netsuite.webservices.platform.core_2025_2.SearchStringField;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.platform.messages_2025_2.SearchPreferences;
import io.suitetok.netsuite.wire.RecordKeys;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * search and searchMoreWithId over transactions, items and customers with the basic search fields
 * the hub uses. Results are ordered by internal id and paged by {@code searchPreferences.pageSize}
 * (5 to 1,000; 1,000 when absent); the first answer carries a search id that later pages use.
 * {@code bodyFieldsOnly} defaults to true, as NetSuite's does, and then sublists are left out.
 */
final class SearchEngine {

    /** The transaction type names TransactionSearchBasic.type uses. */
    private static final Map<RecordType, String> TRANSACTION_TYPES = new LinkedHashMap<>();

    static {
        TRANSACTION_TYPES.put(RecordType.SALES_ORDER, "_salesOrder");
        TRANSACTION_TYPES.put(RecordType.ITEM_FULFILLMENT, "_itemFulfillment");
        TRANSACTION_TYPES.put(RecordType.CASH_SALE, "_cashSale");
        TRANSACTION_TYPES.put(RecordType.INVOICE, "_invoice");
        TRANSACTION_TYPES.put(RecordType.CREDIT_MEMO, "_creditMemo");
        TRANSACTION_TYPES.put(RecordType.RETURN_AUTHORIZATION, "_returnAuthorization");
        TRANSACTION_TYPES.put(RecordType.CUSTOMER_REFUND, "_customerRefund");
        TRANSACTION_TYPES.put(RecordType.JOURNAL_ENTRY, "_journal");
        TRANSACTION_TYPES.put(RecordType.DEPOSIT, "_deposit");
    }

    /** Stored-record hits are read afresh per page; {@code rendered} records (pricing) are kept as found. */
    private record Session(List<RecordRef> hits, List<Record> rendered, int pageSize, boolean bodyFieldsOnly) {

        int total() {
            return rendered != null ? rendered.size() : hits.size();
        }
    }

    private final AccountState state;
    private final RecordReads reads;
    private final String accountId;
    private final Map<String, Session> sessions = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            return size() > 500;
        }
    };
    private final AtomicLong searchNumber = new AtomicLong(1);

    SearchEngine(AccountState state, RecordReads reads, String accountId) {
        this.state = state;
        this.reads = reads;
        this.accountId = accountId;
    }

    SearchResult search(SearchRecord criteria, SearchPreferences preferences) {
        List<RecordRef> hits;
        if (criteria instanceof TransactionSearchBasic transactions) {
            hits = transactions(transactions);
        } else if (criteria instanceof ItemSearchBasic items) {
            hits = items(items);
        } else if (criteria instanceof CustomerSearchBasic customers) {
            hits = customers(customers);
        } else {
            return failed("USER_ERROR", "The simulator does not search "
                    + (criteria == null ? "nothing" : criteria.getClass().getSimpleName()) + ".");
        }
        return open(hits, null, preferences);
    }

    /** A search over records the account keeps outside the record store, already in SuiteTalk's shape. */
    SearchResult searchRendered(List<Record> found, SearchPreferences preferences) {
        return open(null, List.copyOf(found), preferences);
    }

    private SearchResult open(List<RecordRef> hits, List<Record> rendered, SearchPreferences preferences) {
        int pageSize = pageSize(preferences);
        boolean bodyOnly = preferences == null || preferences.isBodyFieldsOnly() == null
                || preferences.isBodyFieldsOnly();
        String searchId = "WEBSERVICES_" + accountId + "_" + searchNumber.getAndIncrement();
        sessions.put(searchId, new Session(hits, rendered, pageSize, bodyOnly));
        return page(searchId, 1);
    }

    static SearchResult unsearchable(String code, String message) {
        return failed(code, message);
    }

    SearchResult more(String searchId, int pageIndex) {
        if (!sessions.containsKey(searchId)) {
            return failed("INVALID_SEARCH", "The search id " + searchId + " is unknown or has expired.");
        }
        return page(searchId, pageIndex);
    }

    private SearchResult page(String searchId, int pageIndex) {
        Session session = sessions.get(searchId);
        int total = session.total();
        int totalPages = (total + session.pageSize() - 1) / session.pageSize();
        if (pageIndex < 1 || (pageIndex > totalPages && total > 0)) {
            return failed("INVALID_PAGE_INDEX", "Page " + pageIndex + " is outside 1 to " + totalPages + ".");
        }
        RecordList records = new RecordList();
        int from = (pageIndex - 1) * session.pageSize();
        int to = Math.min(from + session.pageSize(), total);
        from = Math.min(from, total);
        if (session.rendered() != null) {
            for (Record found : session.rendered().subList(from, to)) {
                Record record = state.copier.copy(found);
                if (session.bodyFieldsOnly()) {
                    Sublists.strip(record);
                }
                records.getRecord().add(record);
            }
        }
        for (RecordRef hit : session.rendered() != null ? List.<RecordRef>of() : session.hits().subList(from, to)) {
            reads.find(hit).map(reads::present).ifPresent(record -> {
                if (session.bodyFieldsOnly()) {
                    Sublists.strip(record);
                }
                records.getRecord().add(record);
            });
        }
        SearchResult result = new SearchResult();
        result.setStatus(Responses.success());
        result.setTotalRecords(total);
        result.setPageSize(session.pageSize());
        result.setTotalPages(totalPages);
        result.setPageIndex(pageIndex);
        result.setSearchId(searchId);
        result.setRecordList(records);
        return result;
    }

    private List<RecordRef> transactions(TransactionSearchBasic criteria) {
        List<RecordRef> hits = new ArrayList<>();
        for (Map.Entry<RecordType, String> type : TRANSACTION_TYPES.entrySet()) {
            if (!SearchFieldMatch.enumeration(criteria.getType(), type.getValue())) {
                continue;
            }
            for (Record record : state.records.all(type.getKey())) {
                RecordRef entity = (RecordRef) Optional.ofNullable(BeanFields.get(record, "entity"))
                        .orElse(BeanFields.get(record, "customer"));
                boolean matches = common(record, criteria.getInternalId(), criteria.getExternalId(),
                        criteria.getExternalIdString(), criteria.getLastModifiedDate())
                        && SearchFieldMatch.date(criteria.getTranDate(), (OffsetDateTime) BeanFields.get(record, "tranDate"))
                        && SearchFieldMatch.string(criteria.getTranId(), (String) BeanFields.get(record, "tranId"))
                        && SearchFieldMatch.textNumber(criteria.getOtherRefNum(),
                                (String) BeanFields.get(record, "otherRefNum"))
                        && SearchFieldMatch.reference(criteria.getCreatedFrom(),
                                (RecordRef) BeanFields.get(record, "createdFrom"))
                        && SearchFieldMatch.reference(criteria.getEntity(), entity);
                if (matches) {
                    hits.add(ref(type.getKey(), record));
                }
            }
        }
        hits.sort(Comparator.comparingLong(ref -> Long.parseLong(ref.getInternalId())));
        return hits;
    }

    private List<RecordRef> items(ItemSearchBasic criteria) {
        List<RecordRef> hits = new ArrayList<>();
        if (!SearchFieldMatch.enumeration(criteria.getType(), "_inventoryItem")) {
            return hits;
        }
        for (Record record : state.records.all(RecordType.INVENTORY_ITEM)) {
            InventoryItem item = (InventoryItem) record;
            OffsetDateTime lastQuantityChange = state.ledger.ofItem(item.getInternalId()).stream()
                    .map(StockLevel::lastQtyAvailableChange).max(Comparator.naturalOrder()).orElse(null);
            boolean matches = common(item, criteria.getInternalId(), criteria.getExternalId(),
                    criteria.getExternalIdString(), criteria.getLastModifiedDate())
                    && SearchFieldMatch.string(criteria.getItemId(), item.getItemId())
                    && SearchFieldMatch.bool(criteria.getIsInactive(), item.isIsInactive())
                    && SearchFieldMatch.bool(criteria.getMatrix(), item.getMatrixType() != null)
                    && SearchFieldMatch.reference(criteria.getParent(), item.getParent())
                    && SearchFieldMatch.date(criteria.getLastQuantityAvailableChange(), lastQuantityChange);
            if (matches) {
                hits.add(ref(RecordType.INVENTORY_ITEM, item));
            }
        }
        return hits;
    }

    private List<RecordRef> customers(CustomerSearchBasic criteria) {
        List<RecordRef> hits = new ArrayList<>();
        for (Record record : state.records.all(RecordType.CUSTOMER)) {
            Customer customer = (Customer) record;
            boolean matches = common(customer, criteria.getInternalId(), criteria.getExternalId(),
                    criteria.getExternalIdString(), criteria.getLastModifiedDate())
                    && SearchFieldMatch.string(criteria.getEmail(), customer.getEmail())
                    && SearchFieldMatch.string(criteria.getEntityId(), customer.getEntityId());
            if (matches) {
                hits.add(ref(RecordType.CUSTOMER, customer));
            }
        }
        return hits;
    }

    private static boolean common(Record record, SearchMultiSelectField internalId, SearchMultiSelectField externalId,
                                  SearchStringField externalIdString, SearchDateField lastModified) {
        String id = RecordKeys.internalId(record);
        String external = RecordKeys.externalId(record);
        return SearchFieldMatch.multi(internalId, id, external)
                && SearchFieldMatch.multi(externalId, id, external)
                && SearchFieldMatch.string(externalIdString, external)
                && SearchFieldMatch.date(lastModified, (OffsetDateTime) BeanFields.get(record, "lastModifiedDate"));
    }

    private static RecordRef ref(RecordType type, Record record) {
        return Responses.ref(type, RecordKeys.internalId(record), null);
    }

    private static int pageSize(SearchPreferences preferences) {
        if (preferences == null || preferences.getPageSize() == null) {
            return 1000;
        }
        return Math.max(5, Math.min(1000, preferences.getPageSize()));
    }

    private static SearchResult failed(String code, String message) {
        SearchResult result = new SearchResult();
        result.setStatus(Responses.failure(code, message));
        return result;
    }

    void clear() {
        sessions.clear();
    }
}
