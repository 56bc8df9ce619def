package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.platform.common_2025_2.CustomRecordSearchBasic;
import com.netsuite.webservices.platform.common_2025_2.PromotionCodeSearchBasic;
import com.netsuite.webservices.platform.core_2025_2.CurrencyRateFilter;
import com.netsuite.webservices.platform.core_2025_2.GetCurrencyRateResult;
import com.netsuite.webservices.platform.core_2025_2.BaseRef;
import com.netsuite.webservices.platform.core_2025_2.GetDeletedFilter;
import com.netsuite.webservices.platform.core_2025_2.GetDeletedResult;
import com.netsuite.webservices.platform.core_2025_2.GetItemAvailabilityResult;
import com.netsuite.webservices.platform.core_2025_2.InitializeRecord;
import com.netsuite.webservices.platform.core_2025_2.ItemAvailabilityFilter;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.SearchRecord;
import com.netsuite.webservices.platform.core_2025_2.SearchResult;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.platform.messages_2025_2.ReadResponse;
import com.netsuite.webservices.platform.messages_2025_2.SearchPreferences;
import com.netsuite.webservices.platform.messages_2025_2.WriteResponse;
import io.suitetok.netsuite.wire.RecordKeys;
import io.suitetok.sandbox.netsuite.account.rules.CreditMemoRules;
import io.suitetok.sandbox.netsuite.account.rules.CustomerRefundRules;
import io.suitetok.sandbox.netsuite.account.rules.CustomerRules;
import io.suitetok.sandbox.netsuite.account.rules.ItemReceiptRules;
import io.suitetok.sandbox.netsuite.account.rules.ReturnAuthorizationRules;
import io.suitetok.sandbox.netsuite.account.rules.FulfilmentRules;
import io.suitetok.sandbox.netsuite.account.rules.InventoryItemRules;
import io.suitetok.sandbox.netsuite.account.rules.RecordRules;
import io.suitetok.sandbox.netsuite.account.rules.ReferenceRules;
import io.suitetok.sandbox.netsuite.account.rules.SalesOrderRules;
import io.suitetok.sandbox.netsuite.account.rules.TransactionRules;
import io.suitetok.sandbox.netsuite.seed.PricingChange;
import io.suitetok.sandbox.netsuite.seed.PricingResult;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import io.suitetok.sandbox.netsuite.seed.SeedResult;
import io.suitetok.sandbox.netsuite.seed.StockAdjustment;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One simulated NetSuite account: its records, stock, reference data and closed periods, and the
 * operations SuiteTalk runs against them. Every operation runs under one lock, so each request sees
 * and leaves a consistent account (NetSuite's own record locking is finer; correctness, not
 * throughput, is what the simulator is for). Results are copies: nothing returned shares state.
 */
public final class SimulatedAccount {

    private final ReentrantLock lock = new ReentrantLock();
    private final String accountId;
    private final AccountState state;
    private final RecordWrites writes;
    private final RecordReads reads;
    private final SearchEngine search;
    private final Initializer initializer;
    private final AvailabilityQuery availability;
    private final DeletedQuery deleted;
    private final Seeder seeder;
    private final PricingAdmin pricingAdmin;
    private final PricingQueries pricing;

    public SimulatedAccount(String accountId, Clock clock) {
        this.accountId = accountId;
        this.state = new AccountState(new MonotonicClock(clock), new RecordCopier());
        StateAccess access = new StateAccess(state);
        Map<Class<?>, RecordRules<?>> rules = new HashMap<>();
        List<RecordRules<?>> all = new ArrayList<>(List.of(new SalesOrderRules(), new FulfilmentRules(),
                new CustomerRules(), new InventoryItemRules(), new ReturnAuthorizationRules(), new ItemReceiptRules(),
                new CreditMemoRules(), new CustomerRefundRules()));
        all.addAll(TransactionRules.all());
        all.addAll(ReferenceRules.all());
        all.forEach(rule -> rules.put(rule.type(), rule));
        this.writes = new RecordWrites(state, access, rules);
        this.reads = new RecordReads(state);
        this.search = new SearchEngine(state, reads, accountId);
        this.initializer = new Initializer(state);
        this.availability = new AvailabilityQuery(state, reads);
        this.deleted = new DeletedQuery(state);
        this.seeder = new Seeder(state);
        this.pricingAdmin = new PricingAdmin(state);
        this.pricing = new PricingQueries(state);
    }

    public String accountId() {
        return accountId;
    }

    // ---- SuiteTalk operations -----------------------------------------------------------------------

    public WriteResponse add(Record record) {
        return locked(() -> writes.add(record));
    }

    public WriteResponse update(Record record) {
        return locked(() -> writes.update(record));
    }

    public WriteResponse upsert(Record record) {
        return locked(() -> writes.upsert(record));
    }

    public ReadResponse get(BaseRef ref) {
        return locked(() -> reads.get(ref));
    }

    public SearchResult search(SearchRecord criteria, SearchPreferences preferences) {
        return locked(() -> {
            if (criteria instanceof CustomRecordSearchBasic custom) {
                // UNVERIFIED: the code and wording NetSuite answers an unknown custom record type with.
                return pricing.schedules(custom).map(found -> search.searchRendered(found, preferences))
                        .orElseGet(() -> SearchEngine.unsearchable("INVALID_KEY_OR_REF", "Invalid recType reference key "
                                + (custom.getRecType() == null ? "" : custom.getRecType().getInternalId()) + "."));
            }
            if (criteria instanceof PromotionCodeSearchBasic promotions) {
                return search.searchRendered(pricing.promotions(promotions), preferences);
            }
            return search.search(criteria, preferences);
        });
    }

    public GetCurrencyRateResult currencyRates(CurrencyRateFilter filter) {
        return locked(() -> pricing.rates(filter));
    }

    public SearchResult searchMore(String searchId, int pageIndex) {
        return locked(() -> search.more(searchId, pageIndex));
    }

    public ReadResponse initialize(InitializeRecord request) {
        return locked(() -> initializer.initialize(request));
    }

    public GetItemAvailabilityResult itemAvailability(ItemAvailabilityFilter filter) {
        return locked(() -> availability.run(filter));
    }

    public GetDeletedResult deleted(GetDeletedFilter filter, int pageIndex) {
        return locked(() -> deleted.run(filter, pageIndex));
    }

    public OffsetDateTime now() {
        return state.clock.now();
    }

    // ---- set-up and inspection ----------------------------------------------------------------------

    public SeedResult seed(SeedRequest request) {
        return locked(() -> seeder.seed(request));
    }

    /** Sets up or changes pricing as a user would in NetSuite, stamping what changed as modified now. */
    public PricingResult changePricing(PricingChange change) {
        return locked(() -> pricingAdmin.apply(change));
    }

    /** The account's price schedules, promotions and exchange rates (item matrices are on the items). */
    public PricingChange pricing() {
        return locked(() -> new PricingChange(null,
                state.pricing.schedules().stream().map(entry -> new PricingChange.Schedule(entry.id(), entry.item(),
                        entry.priceLevel(), entry.currency(), entry.price(), entry.effectiveFrom().toInstant(),
                        entry.effectiveTo() == null ? null : entry.effectiveTo().toInstant(), entry.inactive()))
                        .toList(),
                state.pricing.promotions().stream().map(entry -> new PricingChange.Promotion(entry.id(), entry.code(),
                        entry.name(), entry.percentOff() ? "PERCENT_OFF" : "AMOUNT_OFF", entry.discount(),
                        entry.currency(), entry.start() == null ? null : entry.start().toInstant(),
                        entry.end() == null ? null : entry.end().toInstant(), entry.items(), entry.inactive()))
                        .toList(),
                state.pricing.rates().stream().map(rate -> new PricingChange.CurrencyRate(rate.baseCurrency(),
                        rate.fromCurrency(), rate.rate(), rate.effectiveDate())).toList()));
    }

    /** The internal id of the custom record type customrecord_suitetok_price_schedule in this account. */
    public String priceScheduleTypeId() {
        return PricingBook.PRICE_SCHEDULE_TYPE_ID;
    }

    /** Sets stock as a receipt or count would; moves the row's last quantity change. */
    public void adjustStock(StockAdjustment adjustment) {
        locked(() -> {
            state.records.byInternalId(RecordType.INVENTORY_ITEM, adjustment.item())
                    .orElseThrow(() -> new IllegalArgumentException("no inventory item " + adjustment.item()));
            StockLevel current = state.ledger.level(adjustment.item(), adjustment.location());
            state.ledger.set(adjustment.item(), adjustment.location(),
                    adjustment.onHand() != null ? adjustment.onHand() : current.onHand(),
                    adjustment.onOrder() != null ? adjustment.onOrder() : current.onOrder());
            return null;
        });
    }

    public Optional<StockLevel> stock(String item, String location) {
        return locked(() -> state.ledger.find(item, location));
    }

    public List<StockLevel> stock() {
        return locked(state.ledger::all);
    }

    /** Copies of every record of a type, in internal id order, as a get would return them. */
    public List<Record> records(RecordType type) {
        return locked(() -> state.records.all(type).stream().map(reads::present).toList());
    }

    public <T extends Record> List<T> records(Class<T> type) {
        RecordType recordType = RecordKeys.typeOf(type).orElseThrow();
        return records(recordType).stream().map(type::cast).toList();
    }

    /**
     * Every Return Authorization, Item Receipt, Credit Memo and Customer Refund, in the simulator's
     * own terms (lines, totals, status, custom fields): what the local stack's invariants check.
     */
    public List<ReturnDocument> returnDocuments() {
        return locked(() -> ReturnDocuments.of(state));
    }

    /** Every Journal Entry, in the simulator's own terms: what settlement tests and invariants check. */
    public List<PostedJournalEntry> journalEntries() {
        return locked(() -> PostedLedger.journalEntries(state));
    }

    /** Every bank Deposit, in the simulator's own terms. */
    public List<PostedDeposit> deposits() {
        return locked(() -> PostedLedger.deposits(state));
    }

    public Optional<Record> record(RecordType type, String internalId) {
        return locked(() -> state.records.byInternalId(type, internalId).map(reads::present));
    }

    public String xml(Record record) {
        return state.copier.xml(record);
    }

    /** Deletes a record as a user would in the UI; getDeleted reports it afterwards. */
    public boolean delete(RecordType type, String internalId) {
        return locked(() -> {
            Optional<Record> record = state.records.byInternalId(type, internalId);
            String name = record.map(r -> r instanceof InventoryItem item ? item.getItemId()
                    : String.valueOf(BeanFields.get(r, "tranId"))).orElse(null);
            return state.records.remove(type, internalId, new Deletion(type, internalId, name, state.clock.now()));
        });
    }

    public void reset() {
        locked(() -> {
            state.clear();
            search.clear();
            return null;
        });
    }

    private <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
