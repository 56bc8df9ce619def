package io.suitetok.netsuite.rest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.fault.FaultClassifier;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.gateway.CreditMemoDraft;
import io.suitetok.netsuite.gateway.CustomerDraft;
import io.suitetok.netsuite.gateway.CustomerRefundDraft;
import io.suitetok.netsuite.gateway.DepositDraft;
import io.suitetok.netsuite.gateway.FulfilmentSnapshot;
import io.suitetok.netsuite.gateway.ItemAvailabilityRow;
import io.suitetok.netsuite.gateway.ItemPricing;
import io.suitetok.netsuite.gateway.ItemSnapshot;
import io.suitetok.netsuite.gateway.JournalEntryDraft;
import io.suitetok.netsuite.gateway.NetSuiteError;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.Page;
import io.suitetok.netsuite.gateway.PromotionSnapshot;
import io.suitetok.netsuite.gateway.ReturnAuthorizationDraft;
import io.suitetok.netsuite.gateway.ReturnReceiptDraft;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import io.suitetok.netsuite.gateway.ScheduledPrice;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.governance.AdaptiveConcurrencyLimit;
import io.suitetok.netsuite.metrics.SuiteTalkMetrics;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The SuiteTalk REST adapter of {@link NetSuiteGateway}: record API writes as upserts by external id
 * ({@code PUT .../eid:<externalId>}), SuiteQL reads, OAuth 2.0 client credentials. REST has no list
 * operations, so a batch becomes single-record requests sent in parallel within the same concurrency
 * share as the SOAP adapter (at most {@code share} in flight); each record gets its own outcome, in
 * input order. Item, fulfilment and pricing reads are in {@link RestReads}; return documents in
 * {@code RestReturnDocumentWrites}.
 */
public final class RestNetSuiteGateway implements NetSuiteGateway, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RestNetSuiteGateway.class);
    /** External ids per SuiteQL {@code IN} list; far below NetSuite's statement length limit. */
    private static final int IDS_PER_QUERY = 200;
    private static final int SUITEQL_PAGE = 1000;

    private final RestTransport transport;
    private final SuiteTalkMetrics metrics;
    private final FaultClassifier classifier = new FaultClassifier();
    private final ExecutorService senders;
    private final RestReads reads;

    RestNetSuiteGateway(RestTransport transport, SuiteTalkMetrics metrics, int share, int readPageSize) {
        this.transport = transport;
        this.metrics = metrics;
        this.senders = Executors.newFixedThreadPool(share, runnable -> {
            Thread thread = new Thread(runnable, "netsuite-rest");
            thread.setDaemon(true);
            return thread;
        });
        this.reads = new RestReads(transport, metrics, senders, readPageSize);
    }

    public static RestNetSuiteGateway create(RestConfig config, MeterRegistry registry) {
        return create(config, registry, ObservationRegistry.NOOP);
    }

    public static RestNetSuiteGateway create(RestConfig config, MeterRegistry registry,
                                             ObservationRegistry observations) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.requestTimeout())
                .callTimeout(config.requestTimeout())
                // Retries are decided in one place (RestTransport), with backoff and a permit.
                .retryOnConnectionFailure(false)
                .build();
        AdaptiveConcurrencyLimit limit = new AdaptiveConcurrencyLimit(config.concurrency().share(),
                config.concurrency().recoveryQuietPeriod());
        SuiteTalkMetrics metrics = new SuiteTalkMetrics(registry, limit);
        OAuthTokenSource tokens = new OAuthTokenSource(http, config, Clock.systemUTC());
        return new RestNetSuiteGateway(new RestTransport(config, http, tokens, limit, metrics, observations), metrics,
                config.concurrency().share(), config.readPageSize());
    }

    // ---- writes -------------------------------------------------------------------------------------

    @Override
    public List<WriteOutcome> upsertSalesOrders(List<SalesOrderDraft> orders) {
        List<WriteOutcome> outcomes = upsert("salesOrder", orders, SalesOrderDraft::externalId,
                RestRecordBodies::salesOrder);
        addTranIds(outcomes);
        return outcomes;
    }

    @Override
    public List<WriteOutcome> upsertCustomers(List<CustomerDraft> customers) {
        return upsert("customer", customers, CustomerDraft::externalId, RestRecordBodies::customer);
    }

    /** One PUT per record, in parallel within the share; outcomes in input order. */
    private <D> List<WriteOutcome> upsert(String type, List<D> drafts, Function<D, String> externalId,
                                          Function<D, Map<String, Object>> body) {
        return upsert(type, drafts, externalId, body, "");
    }

    /** @param query appended to each record's path, e.g. {@code ?replace=line} */
    private <D> List<WriteOutcome> upsert(String type, List<D> drafts, Function<D, String> externalId,
                                          Function<D, Map<String, Object>> body, String query) {
        String operation = "rest.upsert." + type;
        List<CompletableFuture<WriteOutcome>> sent = new ArrayList<>(drafts.size());
        for (D draft : drafts) {
            sent.add(CompletableFuture.supplyAsync(() -> upsertOne(operation, type, externalId.apply(draft),
                    body.apply(draft), query), senders));
        }
        List<WriteOutcome> outcomes = sent.stream().map(CompletableFuture::join).toList();
        long written = outcomes.stream().filter(WriteOutcome::written).count();
        metrics.records(operation, "written", (int) written);
        metrics.records(operation, "rejected", outcomes.size() - (int) written);
        return new ArrayList<>(outcomes);
    }

    private WriteOutcome upsertOne(String operation, String type, String externalId, Map<String, Object> body,
                                   String query) {
        // A path segment: URLEncoder's '+' for a space would be a literal plus there.
        String path = "/record/v1/" + type + "/eid:"
                + URLEncoder.encode(externalId, StandardCharsets.UTF_8).replace("+", "%20") + query;
        try {
            RestAnswer answer = transport.put(operation, path, body);
            if (answer.successful()) {
                String internalId = answer.locationId();
                if (internalId == null) {
                    return new WriteOutcome.Rejected(externalId, "HUB_NO_LOCATION",
                            "NetSuite answered " + answer.status() + " without a Location", FaultClass.RETRY);
                }
                return new WriteOutcome.Written(externalId, new NetSuiteInternalId(internalId), null);
            }
            String code = answer.errorCode();
            String detail = answer.errorDetail();
            return new WriteOutcome.Rejected(externalId, code, detail, classifier.classifyCode(code, detail),
                    List.of(new NetSuiteError("ERROR", code, detail)));
        } catch (SuiteTalkException e) {
            return new WriteOutcome.Rejected(externalId, e.fault().code(), e.fault().message(),
                    e.fault().faultClass());
        } catch (RuntimeException e) {
            // A fault of this client, not of the record: the record waits rather than failing the whole batch.
            log.error("REST upsert of {} {} failed in the client", type, externalId, e);
            return new WriteOutcome.Rejected(externalId, "HUB_CLIENT_ERROR", String.valueOf(e.getMessage()),
                    FaultClass.UNREADABLE_RESPONSE);
        }
    }

    /** The SO numbers of the written orders, by one SuiteQL query per 200 external ids. */
    private void addTranIds(List<WriteOutcome> outcomes) {
        Map<String, Integer> written = new HashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof WriteOutcome.Written w && w.externalIdValue() != null) {
                written.put(w.externalIdValue(), i);
            }
        }
        List<String> ids = new ArrayList<>(written.keySet());
        try {
            for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
                for (JsonNode row : suiteQlAll("rest.suiteql.salesOrderNumbers", SuiteQl.salesOrderNumbers(chunk))) {
                    Integer index = written.get(row.path("externalid").asString(""));
                    if (index != null) {
                        outcomes.set(index, ((WriteOutcome.Written) outcomes.get(index))
                                .withTranId(row.path("tranid").asString(null)));
                    }
                }
            }
        } catch (SuiteTalkException e) {
            // The orders are written; the SO numbers follow on the next read of them.
            log.warn("sales orders written but their tran ids could not be read: {}", e.fault().code());
        }
    }

    private List<JsonNode> suiteQlAll(String operation, String q) {
        List<JsonNode> rows = new ArrayList<>();
        int offset = 0;
        while (true) {
            RestAnswer answer = transport.suiteQl(operation, q, SUITEQL_PAGE, offset);
            if (!answer.successful()) {
                throw new SuiteTalkException(operation, new io.suitetok.netsuite.fault.SuiteTalkFault(
                        answer.errorCode(), answer.errorDetail(), FaultClass.DO_NOT_RETRY, false), 1, null);
            }
            answer.body().path("items").forEach(rows::add);
            if (!answer.body().path("hasMore").asBoolean(false)) {
                metrics.records(operation, "read", rows.size());
                return rows;
            }
            offset += SUITEQL_PAGE;
        }
    }

    private static ItemAvailabilityRow availability(JsonNode row) {
        String changed = row.path("lastquantityavailablechange").asString(null);
        return new ItemAvailabilityRow(new NetSuiteInternalId(row.path("item").asString()),
                new NetSuiteInternalId(row.path("location").asString()), decimal(row, "quantityonhand"),
                decimal(row, "quantityavailable"), decimal(row, "quantitycommitted"), decimal(row, "quantityonorder"),
                decimal(row, "quantitybackordered"), changed == null || changed.isEmpty() ? null : Instant.parse(changed));
    }

    /** SuiteQL answers numbers as JSON strings or numbers, and leaves empty columns out. */
    private static BigDecimal decimal(JsonNode row, String column) {
        String value = row.path(column).asString("");
        return value.isEmpty() ? BigDecimal.ZERO : new BigDecimal(value);
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }

    @Override
    public List<ItemAvailabilityRow> itemAvailability(Collection<NetSuiteInternalId> items, Instant changedSince) {
        List<String> ids = items.stream().map(NetSuiteInternalId::value).distinct().toList();
        List<ItemAvailabilityRow> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            for (JsonNode row : suiteQlAll("rest.suiteql.itemAvailability", SuiteQl.itemAvailability(chunk,
                    changedSince))) {
                rows.add(availability(row));
            }
        }
        return rows;
    }

    @Override
    public Instant serverTime() {
        List<JsonNode> rows = suiteQlAll("rest.suiteql.serverTime", SuiteQl.serverTime());
        String time = rows.isEmpty() ? "" : rows.get(0).path("servertime").asString("");
        if (time.isEmpty()) {
            throw new SuiteTalkException("rest.suiteql.serverTime", new io.suitetok.netsuite.fault.SuiteTalkFault(
                    "HUB_UNREADABLE_RESPONSE", "SuiteQL answered no server time", FaultClass.UNREADABLE_RESPONSE,
                    false), 1, null);
        }
        return Instant.parse(time);
    }

    // ---- reads of items, fulfilments and prices; return and settlement documents ----------------------

    @Override
    public Page<ItemSnapshot> itemsModifiedSince(Instant since) {
        return reads.itemsModifiedSince(since);
    }

    @Override
    public Page<ItemSnapshot> moreItems(String cursor) {
        return reads.moreItems(cursor);
    }

    @Override
    public List<ItemSnapshot> itemsWithChildren(Collection<NetSuiteInternalId> items) {
        return reads.itemsWithChildren(items);
    }

    @Override
    public Page<FulfilmentSnapshot> fulfilmentsModifiedSince(Instant since) {
        return reads.fulfilmentsModifiedSince(since);
    }

    @Override
    public Page<FulfilmentSnapshot> moreFulfilments(String cursor) {
        return reads.moreFulfilments(cursor);
    }

    @Override
    public Page<ItemPricing> itemPricingModifiedSince(Instant since) {
        return reads.itemPricingModifiedSince(since);
    }

    @Override
    public Page<ItemPricing> moreItemPricing(String cursor) {
        return reads.moreItemPricing(cursor);
    }

    @Override
    public List<ItemPricing> itemPricing(Collection<NetSuiteInternalId> items) {
        return reads.itemPricing(items);
    }

    @Override
    public List<ScheduledPrice> scheduledPricesModifiedSince(Instant since) {
        return reads.scheduledPricesModifiedSince(since);
    }

    @Override
    public List<PromotionSnapshot> promotionsModifiedSince(Instant since) {
        return reads.promotionsModifiedSince(since);
    }

    @Override
    public BigDecimal currencyRate(NetSuiteInternalId fromCurrency, NetSuiteInternalId toCurrency, LocalDate effectiveDate) {
        return reads.currencyRate(fromCurrency, toCurrency, effectiveDate);
    }

    @Override
    public List<WriteOutcome> upsertReturnAuthorizations(List<ReturnAuthorizationDraft> returns) {
        return new RestReturnDocumentWrites(transport, metrics, senders).returnAuthorizations(returns);
    }

    @Override
    public List<WriteOutcome> addReturnReceipts(List<ReturnReceiptDraft> receipts) {
        return new RestReturnDocumentWrites(transport, metrics, senders).itemReceipts(receipts);
    }

    @Override
    public List<WriteOutcome> addCreditMemos(List<CreditMemoDraft> memos) {
        return new RestReturnDocumentWrites(transport, metrics, senders).creditMemos(memos);
    }

    @Override
    public List<WriteOutcome> addCustomerRefunds(List<CustomerRefundDraft> refunds) {
        return new RestReturnDocumentWrites(transport, metrics, senders).customerRefunds(refunds);
    }

    @Override
    public List<WriteOutcome> upsertJournalEntries(List<JournalEntryDraft> entries) {
        // A re-run of the same statement replaces the stored lines instead of adding to them.
        return upsert("journalEntry", entries, JournalEntryDraft::externalId, RestRecordBodies::journalEntry,
                "?replace=line");
    }

    @Override
    public List<WriteOutcome> upsertDeposits(List<DepositDraft> deposits) {
        // A re-run of the same payout replaces the stored lines: the deposit never grows on retry.
        return upsert("deposit", deposits, DepositDraft::externalId, RestRecordBodies::deposit, "?replace=other");
    }
}
