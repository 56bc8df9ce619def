package io.suitetok.sandbox.netsuite.rest;

import com.netsuite.webservices.platform.core_2025_2.InitializeRecord;
import com.netsuite.webservices.platform.core_2025_2.InitializeRef;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.StatusDetail;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeRefType;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeType;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.platform.messages_2025_2.ReadResponse;
import com.netsuite.webservices.platform.messages_2025_2.WriteResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.suitetok.sandbox.netsuite.account.SimulatedAccount;
import io.suitetok.sandbox.netsuite.auth.AccessTokens;
import io.suitetok.sandbox.netsuite.auth.AssertionRejected;
import io.suitetok.sandbox.netsuite.auth.ClientAssertionVerifier;
import io.suitetok.sandbox.netsuite.faults.FaultInjector;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import io.suitetok.sandbox.netsuite.governance.AccountConcurrencyGate;
import io.suitetok.sandbox.netsuite.latency.LatencyModel;
import io.suitetok.sandbox.netsuite.soap.RequestCounter;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * SuiteTalk REST web services on the simulated account: the OAuth 2.0 token endpoint (client
 * credentials with a JWT assertion), the record API for the records the hub writes, and SuiteQL for the
 * queries the hub sends. Every REST call needs a current bearer token and takes a slot of the same
 * account concurrency limit the SOAP port uses (429 when it is taken), and reads and writes the same
 * account, so one state serves both adapters.
 *
 * <p>Operation names for fault injection and request counts: {@code rest.record.put},
 * {@code rest.record.get}, {@code rest.record.post} (a create or a transform), {@code rest.suiteql}.
 * A transform ({@code POST .../<type>/<id>/!transform/<type>}) is SOAP's initialize and add in one
 * request, so it validates as both do.
 */
public final class RestApi {

    public static final String TOKEN_PATH = "/services/rest/auth/oauth2/v1/token";
    public static final String RECORD_PATH = "/services/rest/record/v1/";
    public static final String SUITEQL_PATH = "/services/rest/query/v1/suiteql";

    private static final Logger log = LoggerFactory.getLogger(RestApi.class);
    private static final int SUITEQL_MAX_LIMIT = 1000;

    private final SimulatedAccount account;
    private final ClientAssertionVerifier assertions;
    private final AccessTokens tokens;
    private final AccountConcurrencyGate gate;
    private final FaultInjector faults;
    private final Supplier<LatencyModel> latency;
    private final RequestCounter requests;
    private final Supplier<String> tokenEndpoint;
    private final RestReadRendering readRecords;
    private final SuiteQlReadRows readRows;

    public RestApi(SimulatedAccount account, ClientAssertionVerifier assertions, AccessTokens tokens,
                   AccountConcurrencyGate gate, FaultInjector faults, Supplier<LatencyModel> latency,
                   RequestCounter requests, Supplier<String> tokenEndpoint) {
        this.account = account;
        this.assertions = assertions;
        this.tokens = tokens;
        this.gate = gate;
        this.faults = faults;
        this.latency = latency;
        this.requests = requests;
        this.tokenEndpoint = tokenEndpoint;
        this.readRecords = new RestReadRendering(account);
        this.readRows = new SuiteQlReadRows(account);
    }

    public void register(HttpServer server) {
        server.createContext(TOKEN_PATH, exchange -> handle(exchange, this::token));
        server.createContext(RECORD_PATH, exchange -> handle(exchange, this::record));
        server.createContext(SUITEQL_PATH, exchange -> handle(exchange, this::suiteQl));
    }

    private interface Handler {
        void handle(RestExchange exchange) throws IOException;
    }

    private static void handle(HttpExchange exchange, Handler handler) {
        RestExchange rest = new RestExchange(exchange);
        try (exchange) {
            try {
                handler.handle(rest);
            } catch (RuntimeException e) {
                log.warn("REST request {} {} failed in the simulator", rest.method(), rest.path(), e);
                rest.error(500, "UNEXPECTED_ERROR", "An unexpected error occurred.");
            }
        } catch (IOException e) {
            log.debug("REST answer not delivered", e);
        }
    }

    // ---- OAuth 2.0 ----------------------------------------------------------------------------------

    private void token(RestExchange exchange) throws IOException {
        requests.received("rest.token");
        if (!"POST".equals(exchange.method())) {
            exchange.json(405, Map.of("error", "invalid_request"));
            return;
        }
        Map<String, String> form = RestExchange.form(exchange.bodyText());
        if (!"client_credentials".equals(form.get("grant_type"))) {
            exchange.json(400, Map.of("error", "unsupported_grant_type"));
            return;
        }
        if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))) {
            exchange.json(400, Map.of("error", "invalid_request"));
            return;
        }
        try {
            assertions.verify(form.get("client_assertion"), tokenEndpoint.get());
        } catch (AssertionRejected rejected) {
            log.info("token request refused: {}", rejected.getMessage());
            exchange.json(400, Map.of("error", "invalid_grant"));
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", tokens.issue());
        answer.put("expires_in", String.valueOf(AccessTokens.LIFETIME.toSeconds()));
        answer.put("token_type", "bearer");
        exchange.json(200, answer);
    }

    // ---- the common steps of every REST call ---------------------------------------------------------

    private interface Work {
        void run() throws IOException;
    }

    private void serve(RestExchange exchange, String operation, Work work) throws IOException {
        requests.received(operation);
        String authorization = exchange.header("Authorization");
        String bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        if (!tokens.valid(bearer)) {
            exchange.error(401, "INVALID_LOGIN", RestErrors.LOGIN_DETAIL);
            return;
        }
        if (!gate.tryEnter()) {
            concurrencyExceeded(exchange);
            return;
        }
        try {
            Optional<FaultRule> before = faults.takeBefore(operation);
            if (before.isPresent()) {
                switch (before.get().kind()) {
                    case REQUEST_BLOCKED -> {
                        concurrencyExceeded(exchange);
                        return;
                    }
                    case UNEXPECTED_ERROR -> {
                        exchange.error(500, "UNEXPECTED_ERROR", "An unexpected error occurred.");
                        return;
                    }
                    case SLOW -> pause(Duration.ofMillis(before.get().delayMillis()));
                    default -> throw new IllegalArgumentException(before.get().kind() + " is not a REST fault");
                }
            }
            pause(latency.get().of(operation, 1));
            work.run();
        } finally {
            gate.exit();
        }
    }

    private static void concurrencyExceeded(RestExchange exchange) throws IOException {
        // The code NetSuite puts in o:errorCode for REST over the limit is not verified; the status is 429.
        exchange.error(429, "CONCURRENCY_LIMIT_EXCEEDED",
                "Concurrent request limit exceeded. Request blocked.");
    }

    // ---- record API ---------------------------------------------------------------------------------

    private void record(RestExchange exchange) throws IOException {
        String[] segments = exchange.path().substring(RECORD_PATH.length()).split("/");
        if (segments.length == 2 && RestReadRendering.TYPES.contains(segments[0])) {
            readOnly(exchange, segments[0], URLDecoder.decode(segments[1], StandardCharsets.UTF_8));
            return;
        }
        boolean known = RestRecordMapping.TYPES.containsKey(segments[0]);
        if (known && "POST".equals(exchange.method()) && segments.length == 1) {
            serve(exchange, "rest.record.post", () -> create(exchange, segments[0]));
            return;
        }
        if (known && "POST".equals(exchange.method()) && segments.length == 4 && "!transform".equals(segments[2])
                && RestRecordMapping.TYPES.containsKey(segments[3])) {
            serve(exchange, "rest.record.post", () -> transform(exchange, segments[0],
                    URLDecoder.decode(segments[1], StandardCharsets.UTF_8), segments[3]));
            return;
        }
        if (segments.length != 2 || !known) {
            serve(exchange, "rest.record", () -> exchange.error(404, "NONEXISTENT_ID",
                    "The record type or path " + exchange.path() + " is not supported."));
            return;
        }
        String type = segments[0];
        String key = URLDecoder.decode(segments[1], StandardCharsets.UTF_8);
        switch (exchange.method()) {
            case "PUT" -> serve(exchange, "rest.record.put", () -> upsert(exchange, type, key));
            case "GET" -> serve(exchange, "rest.record.get", () -> get(exchange, type, key));
            default -> serve(exchange, "rest.record", () -> exchange.error(405, "METHOD_NOT_ALLOWED",
                    exchange.method() + " is not supported here by the simulator."));
        }
    }

    private void upsert(RestExchange exchange, String type, String key) throws IOException {
        if (!key.startsWith("eid:") || key.length() == 4) {
            exchange.error(400, "USER_ERROR", "PUT needs an external id: /" + type + "/eid:<externalId>.");
            return;
        }
        Record record;
        try {
            JsonNode body = exchange.json();
            if (body.hasNonNull("externalId") && !key.substring(4).equals(body.get("externalId").asString())) {
                exchange.error(400, "USER_ERROR", "The external id in the body differs from the one in the path.");
                return;
            }
            record = RestRecordMapping.read(type, body, key.substring(4), replaced(exchange));
        } catch (IllegalArgumentException | JacksonException e) {
            exchange.error(400, "INVALID_VALUE", e.getMessage());
            return;
        }
        RecordRef stored = new RecordRef();
        stored.setType(RestRecordMapping.TYPES.get(type));
        stored.setExternalId(key.substring(4));
        ReadResponse held = account.get(stored);
        if (held.getStatus().isIsSuccess()) {
            RestRecordMapping.addToStoredLines(record, held.getRecord(), replaced(exchange));
        }
        WriteResponse response = account.upsert(record);
        if (!response.getStatus().isIsSuccess()) {
            StatusDetail detail = response.getStatus().getStatusDetail().get(0);
            exchange.error(400, detail.getCode(), detail.getMessage());
            return;
        }
        RecordRef written = (RecordRef) response.getBaseRef();
        exchange.noContent(location(exchange, type, written.getInternalId()));
    }

    private void get(RestExchange exchange, String type, String key) throws IOException {
        RecordRef ref = new RecordRef();
        ref.setType(RestRecordMapping.TYPES.get(type));
        if (key.startsWith("eid:")) {
            ref.setExternalId(key.substring(4));
        } else {
            ref.setInternalId(key);
        }
        ReadResponse read = account.get(ref);
        if (!read.getStatus().isIsSuccess()) {
            exchange.error(404, "NONEXISTENT_ID", "The record instance does not exist. Provide a valid record"
                    + " instance ID.");
            return;
        }
        exchange.json(200, RestRecordMapping.render(read.getRecord(),
                "true".equalsIgnoreCase(exchange.query().get("expandSubResources"))));
    }

    /** POST to a record type's collection: a new record, its external id in the body. */
    private void create(RestExchange exchange, String type) throws IOException {
        Record record;
        try {
            record = RestRecordMapping.readNew(type, exchange.json());
        } catch (IllegalArgumentException | JacksonException e) {
            exchange.error(400, "INVALID_VALUE", e.getMessage());
            return;
        }
        answerWrite(exchange, type, account.add(record));
    }

    /** The transforms the hub uses, as SOAP initialize types from a source record type. */
    private static final Map<String, InitializeType> TRANSFORMS = Map.of(
            "salesOrder>returnAuthorization", InitializeType.RETURN_AUTHORIZATION,
            "returnAuthorization>itemReceipt", InitializeType.ITEM_RECEIPT,
            "returnAuthorization>creditMemo", InitializeType.CREDIT_MEMO);

    private void transform(RestExchange exchange, String sourceType, String sourceId, String targetType)
            throws IOException {
        InitializeType target = TRANSFORMS.get(sourceType + ">" + targetType);
        if (target == null) {
            exchange.error(400, "INVALID_PARAMETER", "The simulator does not transform " + sourceType + " into "
                    + targetType + ".");
            return;
        }
        InitializeRef reference = new InitializeRef();
        reference.setType(InitializeRefType.fromValue(sourceType));
        reference.setInternalId(sourceId);
        InitializeRecord request = new InitializeRecord();
        request.setType(target);
        request.setReference(reference);
        ReadResponse initialized = account.initialize(request);
        if (!initialized.getStatus().isIsSuccess()) {
            StatusDetail detail = initialized.getStatus().getStatusDetail().get(0);
            exchange.error(400, detail.getCode(), detail.getMessage());
            return;
        }
        Record record;
        try {
            JsonNode body = exchange.json();
            record = RestRecordMapping.transformed(initialized.getRecord(), body,
                    replaced(exchange).contains("item"));
        } catch (IllegalArgumentException | JacksonException e) {
            exchange.error(400, "INVALID_VALUE", e.getMessage());
            return;
        }
        answerWrite(exchange, targetType, account.add(record));
    }

    /** 204 with the new record's Location, or NetSuite's refusal; an answer lost after commit is a 500. */
    private void answerWrite(RestExchange exchange, String type, WriteResponse response) throws IOException {
        if (!response.getStatus().isIsSuccess()) {
            StatusDetail detail = response.getStatus().getStatusDetail().get(0);
            exchange.error(400, detail.getCode(), detail.getMessage());
            return;
        }
        if (faults.takeAfterCommit("rest.record.post").isPresent()) {
            // Stored, but the caller never hears so: it sends the same create again.
            exchange.error(500, "UNEXPECTED_ERROR", "An unexpected error occurred.");
            return;
        }
        RecordRef written = (RecordRef) response.getBaseRef();
        exchange.noContent(location(exchange, type, written.getInternalId()));
    }

    /** The sublists named in {@code replace}: their lines replace the stored ones. */
    private static java.util.Set<String> replaced(RestExchange exchange) {
        String replace = exchange.query().get("replace");
        return replace == null || replace.isBlank() ? java.util.Set.of()
                : java.util.Set.of(replace.split(","));
    }

    /** The record types the hub only reads: GET by internal id, sublists with expandSubResources=true. */
    private void readOnly(RestExchange exchange, String type, String key) throws IOException {
        if (!"GET".equals(exchange.method())) {
            serve(exchange, "rest.record", () -> exchange.error(405, "METHOD_NOT_ALLOWED",
                    exchange.method() + " is not supported here by the simulator."));
            return;
        }
        serve(exchange, "rest.record.get", () -> {
            boolean expand = "true".equalsIgnoreCase(exchange.query().get("expandSubResources"));
            Optional<Map<String, Object>> record = readRecords.read(type, key, expand);
            if (record.isEmpty()) {
                exchange.error(404, "NONEXISTENT_ID", "The record instance does not exist. Provide a valid record"
                        + " instance ID.");
                return;
            }
            exchange.json(200, record.get());
        });
    }

    private static String location(RestExchange exchange, String type, String internalId) {
        String host = exchange.header("Host");
        return "http://" + host + RECORD_PATH + type + "/" + internalId;
    }

    // ---- SuiteQL ------------------------------------------------------------------------------------

    private void suiteQl(RestExchange exchange) throws IOException {
        serve(exchange, "rest.suiteql", () -> {
            if (!"POST".equals(exchange.method())) {
                exchange.error(405, "METHOD_NOT_ALLOWED", "SuiteQL is queried with POST.");
                return;
            }
            if (!"transient".equalsIgnoreCase(String.valueOf(exchange.header("Prefer")).trim())) {
                exchange.error(400, "USER_ERROR", "The header Prefer: transient is required for SuiteQL.");
                return;
            }
            String q;
            int limit;
            int offset;
            try {
                q = exchange.json().path("q").asString("");
                Map<String, String> query = exchange.query();
                limit = Integer.parseInt(query.getOrDefault("limit", String.valueOf(SUITEQL_MAX_LIMIT)));
                offset = Integer.parseInt(query.getOrDefault("offset", "0"));
            } catch (IllegalArgumentException | JacksonException e) {
                exchange.error(400, "INVALID_PARAMETER", "Invalid request: " + e.getMessage());
                return;
            }
            if (limit < 1 || limit > SUITEQL_MAX_LIMIT || offset < 0 || offset % limit != 0) {
                exchange.error(400, "INVALID_PARAMETER", "Invalid limit or offset: the limit is 1 to 1000 and the"
                        + " offset a multiple of it.");
                return;
            }
            Optional<SuiteQlStatement> statement = SuiteQlStatement.parse(q);
            Optional<SuiteQlReadStatement> read = statement.isEmpty() ? SuiteQlReadStatement.parse(q)
                    : Optional.empty();
            if (statement.isEmpty() && read.isEmpty()) {
                exchange.error(400, "INVALID_PARAMETER", "Invalid search query. Detailed unprocessed description"
                        + " follows. The simulator does not answer this SuiteQL statement: " + q);
                return;
            }
            List<Map<String, Object>> rows = statement.isPresent() ? rows(statement.get())
                    : readRows.rows(read.get());
            int to = Math.min(rows.size(), offset + limit);
            List<Map<String, Object>> page = offset >= rows.size() ? List.of() : rows.subList(offset, to);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("links", List.of());
            answer.put("count", page.size());
            answer.put("hasMore", to < rows.size());
            answer.put("items", page);
            answer.put("offset", offset);
            answer.put("totalResults", rows.size());
            exchange.json(200, answer);
        });
    }

    private List<Map<String, Object>> rows(SuiteQlStatement statement) {
        if (statement instanceof SuiteQlStatement.SalesOrderNumbers numbers) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String externalId : numbers.externalIds()) {
                RecordRef ref = new RecordRef();
                ref.setType(RecordType.SALES_ORDER);
                ref.setExternalId(externalId);
                ReadResponse read = account.get(ref);
                if (read.getStatus().isIsSuccess()) {
                    var order = (com.netsuite.webservices.transactions.sales_2025_2.SalesOrder) read.getRecord();
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("links", List.of());
                    row.put("externalid", order.getExternalId());
                    row.put("id", order.getInternalId());
                    row.put("tranid", order.getTranId());
                    rows.add(row);
                }
            }
            return rows;
        }
        if (statement instanceof SuiteQlStatement.ServerTime) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("links", List.of());
            row.put("servertime", java.time.format.DateTimeFormatter.ISO_INSTANT.format(
                    account.now().toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
            return List.of(row);
        }
        if (statement instanceof SuiteQlStatement.ItemAvailability stock) {
            // The same query the SOAP getItemAvailability runs, so both adapters read the same rows.
            com.netsuite.webservices.platform.core_2025_2.ItemAvailabilityFilter filter =
                    new com.netsuite.webservices.platform.core_2025_2.ItemAvailabilityFilter();
            com.netsuite.webservices.platform.core_2025_2.RecordRefList items =
                    new com.netsuite.webservices.platform.core_2025_2.RecordRefList();
            for (String id : stock.itemIds()) {
                RecordRef ref = new RecordRef();
                ref.setInternalId(id);
                items.getRecordRef().add(ref);
            }
            filter.setItem(items);
            if (stock.changedSince() != null) {
                filter.setLastQtyAvailableChange(stock.changedSince().atOffset(java.time.ZoneOffset.UTC));
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            var list = account.itemAvailability(filter).getItemAvailabilityList();
            for (var availability : list == null ? List.<com.netsuite.webservices.platform.core_2025_2
                    .ItemAvailability>of() : list.getItemAvailability()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("links", List.of());
                row.put("item", availability.getItem().getInternalId());
                row.put("location", availability.getLocationId().getInternalId());
                row.put("quantityonhand", plain(availability.getQuantityOnHand()));
                row.put("quantityavailable", plain(availability.getQuantityAvailable()));
                row.put("quantitycommitted", plain(availability.getQuantityCommitted()));
                row.put("quantityonorder", plain(availability.getQuantityOnOrder()));
                row.put("quantitybackordered", plain(availability.getQuantityBackOrdered()));
                if (availability.getLastQtyAvailableChange() != null) {
                    row.put("lastquantityavailablechange", java.time.format.DateTimeFormatter.ISO_INSTANT.format(
                            availability.getLastQtyAvailableChange().toInstant()
                                    .truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
                }
                rows.add(row);
            }
            rows.sort(java.util.Comparator.<Map<String, Object>>comparingLong(row -> Long.parseLong((String) row.get("item")))
                    .thenComparingLong(row -> Long.parseLong((String) row.get("location"))));
            return rows;
        }
        throw new IllegalStateException("unhandled statement " + statement);
    }

    /** SuiteQL answers numbers as strings; an empty quantity is left out, as NetSuite leaves out empty columns. */
    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
