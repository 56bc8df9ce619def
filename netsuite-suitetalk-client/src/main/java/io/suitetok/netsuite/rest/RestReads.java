package io.suitetok.netsuite.rest;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.fault.SuiteTalkFault;
import io.suitetok.netsuite.gateway.FulfilmentSnapshot;
import io.suitetok.netsuite.gateway.ItemPricing;
import io.suitetok.netsuite.gateway.ItemSnapshot;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.Page;
import io.suitetok.netsuite.gateway.PromotionSnapshot;
import io.suitetok.netsuite.gateway.ScheduledPrice;
import io.suitetok.netsuite.metrics.SuiteTalkMetrics;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The REST adapter's reads, giving what the SOAP adapter gives for the same account. SuiteQL says which
 * records changed (internal ids, one page of {@code pageSize} per call, ordered by id) and answers flat tables
 * (price schedules, exchange rates); the record API reads each record of a page whole
 * ({@code GET .../<type>/<id>?expandSubResources=true}: sublists such as prices, packages and lines are
 * left out without it), the GETs of a page in parallel within the concurrency share as the writes are.
 */
final class RestReads {

    /** Item ids per SuiteQL {@code IN} list, as the SOAP adapter's named-item searches. */
    private static final int IDS_PER_QUERY = 500;
    private static final int SUITEQL_PAGE = 1000;

    private final RestTransport transport;
    private final SuiteTalkMetrics metrics;
    private final ExecutorService senders;
    private final int pageSize;

    RestReads(RestTransport transport, SuiteTalkMetrics metrics, ExecutorService senders, int pageSize) {
        this.transport = transport;
        this.metrics = metrics;
        this.senders = senders;
        this.pageSize = pageSize;
    }

    // ---- items --------------------------------------------------------------------------------------

    Page<ItemSnapshot> itemsModifiedSince(Instant since) {
        return itemPage(new RestPageCursor(1, since), RestReadMapping::item);
    }

    Page<ItemSnapshot> moreItems(String cursor) {
        return itemPage(RestPageCursor.decode(cursor), RestReadMapping::item);
    }

    /** The named items (in id order), then the children of those among them that are matrix parents. */
    List<ItemSnapshot> itemsWithChildren(Collection<NetSuiteInternalId> items) {
        List<String> named = distinct(items);
        if (named.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>(sortedIds(idsOf("rest.suiteql.itemsById", named, SuiteQl::itemsById)));
        ids.addAll(sortedIds(idsOf("rest.suiteql.itemsByParent", named, SuiteQl::itemsByParent)));
        return read("inventoryItem", List.copyOf(ids), RestReadMapping::item);
    }

    // ---- fulfilments --------------------------------------------------------------------------------

    Page<FulfilmentSnapshot> fulfilmentsModifiedSince(Instant since) {
        return fulfilmentPage(new RestPageCursor(1, since));
    }

    Page<FulfilmentSnapshot> moreFulfilments(String cursor) {
        return fulfilmentPage(RestPageCursor.decode(cursor));
    }

    private Page<FulfilmentSnapshot> fulfilmentPage(RestPageCursor cursor) {
        return page("rest.suiteql.fulfilmentsModifiedSince", SuiteQl.fulfilmentsModifiedSince(cursor.since()), cursor,
                "itemFulfillment", RestReadMapping::fulfilment);
    }

    // ---- pricing ------------------------------------------------------------------------------------

    Page<ItemPricing> itemPricingModifiedSince(Instant since) {
        return pricingPage(new RestPageCursor(1, since));
    }

    Page<ItemPricing> moreItemPricing(String cursor) {
        return pricingPage(RestPageCursor.decode(cursor));
    }

    /**
     * The ids of a page, as for items, then their matrices by SuiteQL: two queries a page however many items
     * changed, where a GET per item would hold the share's one slot for seconds on a big page.
     */
    private Page<ItemPricing> pricingPage(RestPageCursor cursor) {
        Page<String> ids = idPage("rest.suiteql.itemsModifiedSince", SuiteQl.itemsModifiedSince(cursor.since()),
                cursor);
        return new Page<>(pricingOf(ids.items()), ids.pageIndex(), ids.totalPages(), ids.totalRecords(),
                ids.next().orElse(null));
    }

    /** The matrices of the given items, in the order of {@code ids}; an id NetSuite does not know is left out. */
    private List<ItemPricing> pricingOf(List<String> ids) {
        Map<String, List<JsonNode>> rowsByItem = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            all("rest.suiteql.itemPricing", SuiteQl.itemPricing(chunk)).forEach(row -> rowsByItem.computeIfAbsent(
                    row.path("item").asString(), item -> new ArrayList<>()).add(row));
        }
        List<ItemPricing> pricing = new ArrayList<>();
        for (String id : ids) {
            List<JsonNode> rows = rowsByItem.get(id);
            if (rows != null) {
                pricing.add(RestReadMapping.pricing(rows));
            }
        }
        return pricing;
    }

    /** The named items' matrices, per 500 ids in id order as the SOAP adapter's searches; unknown ids left out. */
    List<ItemPricing> itemPricing(Collection<NetSuiteInternalId> items) {
        List<String> named = items.stream().filter(Objects::nonNull).map(NetSuiteInternalId::value).toList();
        List<String> ids = new ArrayList<>();
        for (int from = 0; from < named.size(); from += IDS_PER_QUERY) {
            List<String> chunk = named.subList(from, Math.min(named.size(), from + IDS_PER_QUERY));
            ids.addAll(sortedIds(idsOf("rest.suiteql.itemsById", chunk, SuiteQl::itemsById)));
        }
        return pricingOf(ids);
    }

    /** Every row of the custom record, inactive ones included: a flat table, so no record is read whole. */
    List<ScheduledPrice> scheduledPricesModifiedSince(Instant since) {
        return all("rest.suiteql.priceSchedules", SuiteQl.priceSchedulesModifiedSince(since)).stream()
                .map(RestReadMapping::schedule).toList();
    }

    /** As over SOAP: every promotion code, those that ended before {@code since} left out. */
    List<PromotionSnapshot> promotionsModifiedSince(Instant since) {
        List<String> ids = all("rest.suiteql.promotionCodes", SuiteQl.promotionCodes()).stream()
                .map(row -> row.path("id").asString()).toList();
        return read("promotionCode", ids, RestReadMapping::promotion).stream()
                .filter(promotion -> promotion.end() == null || !promotion.end().isBefore(since)).toList();
    }

    /** The latest rate of the pair that starts on or before the day: one row of the query is enough. */
    BigDecimal currencyRate(NetSuiteInternalId fromCurrency, NetSuiteInternalId toCurrency, LocalDate effectiveDate) {
        if (fromCurrency.equals(toCurrency)) {
            return BigDecimal.ONE;
        }
        String operation = "rest.suiteql.currencyRate";
        RestAnswer answer = transport.suiteQl(operation, SuiteQl.currencyRates(toCurrency.value(),
                fromCurrency.value(), effectiveDate), 1, 0);
        requireSuccess(operation, answer);
        String rate = answer.body().path("items").path(0).path("exchangerate").asString("");
        if (rate.isEmpty()) {
            throw new SuiteTalkException(operation, new SuiteTalkFault(NetSuiteGateway.NO_CURRENCY_RATE,
                    "NetSuite has no exchange rate from currency " + fromCurrency + " to " + toCurrency
                            + " in effect on " + effectiveDate, FaultClass.DO_NOT_RETRY, false), 1, null);
        }
        return new BigDecimal(rate);
    }

    // ---- the common steps ---------------------------------------------------------------------------

    private <T> Page<T> itemPage(RestPageCursor cursor, Function<JsonNode, T> mapper) {
        return page("rest.suiteql.itemsModifiedSince", SuiteQl.itemsModifiedSince(cursor.since()), cursor,
                "inventoryItem", mapper);
    }

    /**
     * One page: the ids of records modified at or after the cursor's watermark at the page's offset, then each
     * record read whole. {@code totalResults} gives the page count as a SOAP search's totalPages does.
     */
    private <T> Page<T> page(String operation, String q, RestPageCursor cursor, String type,
                             Function<JsonNode, T> mapper) {
        Page<String> ids = idPage(operation, q, cursor);
        return new Page<>(read(type, ids.items(), mapper), ids.pageIndex(), ids.totalPages(), ids.totalRecords(),
                ids.next().orElse(null));
    }

    /** The ids of one page of the query at the cursor's offset, with the page count and the next cursor. */
    private Page<String> idPage(String operation, String q, RestPageCursor cursor) {
        RestAnswer answer = transport.suiteQl(operation, q, pageSize, (cursor.pageIndex() - 1) * pageSize);
        requireSuccess(operation, answer);
        List<String> ids = new ArrayList<>();
        answer.body().path("items").forEach(row -> ids.add(row.path("id").asString()));
        int total = answer.body().path("totalResults").asInt(ids.size());
        int totalPages = (total + pageSize - 1) / pageSize;
        String next = answer.body().path("hasMore").asBoolean(false)
                ? new RestPageCursor(cursor.pageIndex() + 1, cursor.since()).encode() : null;
        return new Page<>(ids, cursor.pageIndex(), totalPages, total, next);
    }

    /** The ids a query answers for the given ids, per chunk of the statement's {@code IN} list. */
    private List<String> idsOf(String operation, List<String> ids, Function<List<String>, String> statement) {
        List<String> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            all(operation, statement.apply(chunk)).forEach(row -> found.add(row.path("id").asString()));
        }
        return found;
    }

    /**
     * Each record whole, in the order of {@code ids}, the GETs in parallel within the share. A record deleted
     * since the query answers 404 and is left out, as a search would no longer find it.
     */
    private <T> List<T> read(String type, List<String> ids, Function<JsonNode, T> mapper) {
        String operation = "rest.get." + type;
        List<CompletableFuture<JsonNode>> sent = new ArrayList<>(ids.size());
        for (String id : ids) {
            String path = "/record/v1/" + type + "/" + SuiteQl.number(id) + "?expandSubResources=true";
            sent.add(CompletableFuture.supplyAsync(() -> {
                RestAnswer answer = transport.get(operation, path);
                if (answer.status() == 404) {
                    return null;
                }
                requireSuccess(operation, answer);
                return answer.body();
            }, senders));
        }
        List<T> records = new ArrayList<>(ids.size());
        for (CompletableFuture<JsonNode> one : sent) {
            JsonNode body = join(one);
            if (body != null) {
                records.add(mapper.apply(body));
            }
        }
        metrics.records(operation, "read", records.size());
        return records;
    }

    private List<JsonNode> all(String operation, String q) {
        List<JsonNode> rows = new ArrayList<>();
        for (int offset = 0; ; offset += SUITEQL_PAGE) {
            RestAnswer answer = transport.suiteQl(operation, q, SUITEQL_PAGE, offset);
            requireSuccess(operation, answer);
            answer.body().path("items").forEach(rows::add);
            if (!answer.body().path("hasMore").asBoolean(false)) {
                metrics.records(operation, "read", rows.size());
                return rows;
            }
        }
    }

    /** A refused query or read (400) is a fault of the statement or the role, not worth repeating. */
    private void requireSuccess(String operation, RestAnswer answer) {
        if (!answer.successful()) {
            throw new SuiteTalkException(operation, new SuiteTalkFault(answer.errorCode(), answer.errorDetail(),
                    FaultClass.DO_NOT_RETRY, false), 1, null);
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static List<String> distinct(Collection<NetSuiteInternalId> ids) {
        return ids.stream().filter(Objects::nonNull).map(NetSuiteInternalId::value).distinct().toList();
    }

    private static List<String> sortedIds(List<String> ids) {
        return ids.stream().sorted(Comparator.comparingLong(Long::parseLong)).toList();
    }
}
