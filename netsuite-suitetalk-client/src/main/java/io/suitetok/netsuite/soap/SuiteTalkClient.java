package io.suitetok.netsuite.soap;

import com.netsuite.webservices.platform.core_2025_2.BaseRef;
import com.netsuite.webservices.platform.core_2025_2.CurrencyRate;
import com.netsuite.webservices.platform.core_2025_2.CurrencyRateFilter;
import com.netsuite.webservices.platform.core_2025_2.GetCurrencyRateResult;
import com.netsuite.webservices.platform.core_2025_2.GetDeletedFilter;
import com.netsuite.webservices.platform.core_2025_2.GetDeletedResult;
import com.netsuite.webservices.platform.core_2025_2.GetItemAvailabilityResult;
import com.netsuite.webservices.platform.core_2025_2.GetServerTimeResult;
import com.netsuite.webservices.platform.core_2025_2.InitializeRecord;
import com.netsuite.webservices.platform.core_2025_2.ItemAvailability;
import com.netsuite.webservices.platform.core_2025_2.ItemAvailabilityFilter;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.RecordRefList;
import com.netsuite.webservices.platform.core_2025_2.SearchRecord;
import com.netsuite.webservices.platform.core_2025_2.SearchResult;
import com.netsuite.webservices.platform.messages_2025_2.ReadResponse;
import com.netsuite.webservices.platform.messages_2025_2.SearchPreferences;
import com.netsuite.webservices.platform.core_2025_2.TokenPassport;
import com.netsuite.webservices.platform.messages_2025_2.WriteResponse;
import com.netsuite.webservices.platform.messages_2025_2.WriteResponseList;
import com.netsuite.webservices.platform_2025_2.NetSuitePortType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.suitetok.netsuite.auth.TokenPassportSigner;
import io.suitetok.netsuite.config.SuiteTalkConfig;
import io.suitetok.netsuite.fault.FaultClassifier;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.governance.AdaptiveConcurrencyLimit;
import io.suitetok.netsuite.list.Chunks;
import io.suitetok.netsuite.list.RecordLimits;
import io.suitetok.netsuite.metrics.SuiteTalkMetrics;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The facade over the generated SuiteTalk 2025_2 port: one method per operation the hub uses, each
 * signed with a fresh token passport, sent to the account-specific endpoint, held to the concurrency
 * share, retried as its fault class allows, and measured. List writes are cut to NetSuite's record
 * limits and return one {@link WriteOutcome} per record; reads return one {@link ReadOutcome} per
 * reference. Thread-safe: share one instance per account in a service.
 */
public final class SuiteTalkClient {

    /** Items per getItemAvailability request; halved when NetSuite reports more than 10,000 rows. */
    static final int AVAILABILITY_ITEMS_PER_CALL = 1000;

    private final SuiteTalkConfig config;
    private final SuiteTalkCalls calls;
    private final RecordReader reader;
    private final RecordWriter writer;
    private final AdaptiveConcurrencyLimit limit;
    private final URI endpoint;

    private SuiteTalkClient(SuiteTalkConfig config, SuiteTalkCalls calls, RecordReader reader, RecordWriter writer,
                            AdaptiveConcurrencyLimit limit, URI endpoint) {
        this.config = config;
        this.calls = calls;
        this.reader = reader;
        this.writer = writer;
        this.limit = limit;
        this.endpoint = endpoint;
    }

    public static SuiteTalkClient create(SuiteTalkConfig config, MeterRegistry registry) {
        return create(config, registry, new TokenPassportSigner(config.credentials()));
    }

    public static SuiteTalkClient create(SuiteTalkConfig config, MeterRegistry registry, TokenPassportSigner signer) {
        return create(config, registry, signer, ObservationRegistry.NOOP);
    }

    /** @param observations each operation is one observation, a span named {@code netsuite <operation>} when traced */
    public static SuiteTalkClient create(SuiteTalkConfig config, MeterRegistry registry, TokenPassportSigner signer,
            ObservationRegistry observations) {
        AdaptiveConcurrencyLimit limit = new AdaptiveConcurrencyLimit(config.concurrency().share(),
                config.concurrency().recoveryQuietPeriod());
        SuiteTalkMetrics metrics = new SuiteTalkMetrics(registry, limit);
        FaultClassifier classifier = new FaultClassifier();
        PortPool ports = new PortPool(config, new UnknownContentSkipper(metrics));
        SuiteTalkCalls calls = new SuiteTalkCalls(config, ports, signer, limit, classifier, metrics, observations);
        RecordReader reader = new RecordReader(calls, metrics);
        RecordWriter writer = new RecordWriter(calls, reader, classifier, metrics, config.retry());
        return new SuiteTalkClient(config, calls, reader, writer, limit, ports.endpoint());
    }

    // ---- writes -------------------------------------------------------------------------------------

    public WriteOutcome add(Record record) {
        return writer.write(single("add", Replay.UNSAFE, (port, passport, r) -> port.add(r, passport, null)),
                List.of(record)).get(0);
    }

    public List<WriteOutcome> addList(List<? extends Record> records) {
        return writer.write(new WriteOperation("addList", RecordLimits.ADD_LIST, Replay.UNSAFE,
                (port, passport, batch) -> responses(port.addList(batch, passport, null))), records);
    }

    public WriteOutcome update(Record record) {
        return writer.write(single("update", Replay.SAFE, (port, passport, r) -> port.update(r, passport, null)),
                List.of(record)).get(0);
    }

    public List<WriteOutcome> updateList(List<? extends Record> records) {
        return writer.write(new WriteOperation("updateList", RecordLimits.UPDATE_LIST, Replay.SAFE,
                (port, passport, batch) -> responses(port.updateList(batch, passport, null))), records);
    }

    /** Adds or updates by external id: the idempotent write (a retry never makes a second record). */
    public WriteOutcome upsert(Record record) {
        return writer.write(single("upsert", Replay.SAFE, (port, passport, r) -> port.upsert(r, passport, null)),
                List.of(record)).get(0);
    }

    public List<WriteOutcome> upsertList(List<? extends Record> records) {
        return writer.write(new WriteOperation("upsertList", RecordLimits.UPSERT_LIST, Replay.SAFE,
                (port, passport, batch) -> responses(port.upsertList(batch, passport, null))), records);
    }

    // ---- reads --------------------------------------------------------------------------------------

    public ReadOutcome get(BaseRef ref) {
        return reader.get(ref);
    }

    public List<ReadOutcome> getList(List<? extends BaseRef> refs) {
        return reader.getList(refs);
    }

    /** The first page of a search; later pages come from {@link #searchMoreWithId}. */
    public SearchResult search(SearchRecord criteria, SearchPreferences preferences) {
        SearchPreferences effective = withPageSize(preferences);
        return calls.call("search", Replay.SAFE, (port, passport) -> {
            SearchResult result = port.search(criteria, passport, null, effective);
            Statuses.requireSuccess(result.getStatus());
            return result;
        });
    }

    public SearchResult searchMoreWithId(String searchId, int pageIndex, SearchPreferences preferences) {
        SearchPreferences effective = withPageSize(preferences);
        return calls.call("searchMoreWithId", Replay.SAFE, (port, passport) -> {
            SearchResult result = port.searchMoreWithId(searchId, pageIndex, passport, null, effective);
            Statuses.requireSuccess(result.getStatus());
            return result;
        });
    }

    /** A new record prefilled from another (a fulfilment from a sales order); nothing is stored. */
    public Record initialize(InitializeRecord initializeRecord) {
        return calls.call("initialize", Replay.SAFE, (port, passport) -> {
            ReadResponse response = port.initialize(initializeRecord, passport, null);
            Statuses.requireSuccess(response.getStatus());
            return response.getRecord();
        });
    }

    /**
     * Stock per item and location whose quantity available changed at or after {@code changedSince}
     * ({@code null}: all). Items are sent in chunks; a chunk NetSuite finds too large is halved.
     */
    public List<ItemAvailability> getItemAvailability(List<RecordRef> items, OffsetDateTime changedSince) {
        List<ItemAvailability> rows = new ArrayList<>();
        for (List<RecordRef> chunk : Chunks.of(items, AVAILABILITY_ITEMS_PER_CALL)) {
            rows.addAll(availability(chunk, changedSince));
        }
        return rows;
    }

    public OffsetDateTime getServerTime() {
        return calls.call("getServerTime", Replay.SAFE, (port, passport) -> {
            GetServerTimeResult result = port.getServerTime(passport, null);
            Statuses.requireSuccess(result.getStatus());
            return result.getServerTime();
        });
    }

    /** NetSuite's exchange rates matching the filter (base and from currency, effective date). */
    public List<CurrencyRate> getCurrencyRate(CurrencyRateFilter filter) {
        return calls.call("getCurrencyRate", Replay.SAFE, (port, passport) -> {
            GetCurrencyRateResult result = port.getCurrencyRate(filter, passport, null);
            Statuses.requireSuccess(result.getStatus());
            return result.getCurrencyRateList() == null
                    ? List.<CurrencyRate>of() : result.getCurrencyRateList().getCurrencyRate();
        });
    }

    public GetDeletedResult getDeleted(GetDeletedFilter filter, int pageIndex) {
        return calls.call("getDeleted", Replay.SAFE, (port, passport) -> {
            GetDeletedResult result = port.getDeleted(filter, pageIndex, passport, null);
            Statuses.requireSuccess(result.getStatus());
            return result;
        });
    }

    // ---- inspection ---------------------------------------------------------------------------------

    public AdaptiveConcurrencyLimit concurrency() {
        return limit;
    }

    public URI endpoint() {
        return endpoint;
    }

    public SuiteTalkConfig config() {
        return config;
    }

    // -------------------------------------------------------------------------------------------------

    private List<ItemAvailability> availability(List<RecordRef> items, OffsetDateTime changedSince) {
        ItemAvailabilityFilter filter = new ItemAvailabilityFilter();
        RecordRefList list = new RecordRefList();
        list.getRecordRef().addAll(items);
        filter.setItem(list);
        filter.setLastQtyAvailableChange(changedSince);
        try {
            return calls.call("getItemAvailability", Replay.SAFE, (port, passport) -> {
                GetItemAvailabilityResult result = port.getItemAvailability(filter, passport, null);
                Statuses.requireSuccess(result.getStatus());
                return result.getItemAvailabilityList() == null
                        ? List.<ItemAvailability>of() : result.getItemAvailabilityList().getItemAvailability();
            });
        } catch (SuiteTalkException e) {
            if (!"MAX_RCRDS_EXCEEDED".equals(e.fault().code()) || items.size() < 2) {
                throw e;
            }
            int half = items.size() / 2;
            List<ItemAvailability> rows = new ArrayList<>(availability(items.subList(0, half), changedSince));
            rows.addAll(availability(items.subList(half, items.size()), changedSince));
            return rows;
        }
    }

    private SearchPreferences withPageSize(SearchPreferences preferences) {
        SearchPreferences effective = new SearchPreferences();
        effective.setPageSize(config.searchPageSize());
        effective.setBodyFieldsOnly(true);
        if (preferences != null) {
            if (preferences.getPageSize() != null) {
                effective.setPageSize(preferences.getPageSize());
            }
            if (preferences.isBodyFieldsOnly() != null) {
                effective.setBodyFieldsOnly(preferences.isBodyFieldsOnly());
            }
            effective.setReturnSearchColumns(preferences.isReturnSearchColumns());
        }
        return effective;
    }

    private static WriteOperation single(String name, Replay replay, SingleWrite write) {
        return new WriteOperation(name, 1, replay,
                (port, passport, batch) -> List.of(write.invoke(port, passport, batch.get(0))));
    }

    @FunctionalInterface
    private interface SingleWrite {
        WriteResponse invoke(NetSuitePortType port, TokenPassport passport, Record record) throws Exception;
    }

    private static List<WriteResponse> responses(WriteResponseList list) {
        return list == null ? List.of() : list.getWriteResponse();
    }
}
