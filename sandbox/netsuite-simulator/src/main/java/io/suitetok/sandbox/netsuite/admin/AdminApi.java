package io.suitetok.sandbox.netsuite.admin;

import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.suitetok.netsuite.wire.RecordKeys;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import io.suitetok.sandbox.netsuite.governance.OtherIntegrationTraffic;
import io.suitetok.sandbox.netsuite.latency.LatencyModel;
import io.suitetok.sandbox.netsuite.latency.OperationLatency;
import io.suitetok.sandbox.netsuite.seed.PricingChange;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import io.suitetok.sandbox.netsuite.seed.StockAdjustment;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API under {@code /sim} that tests and the local stack use to set the account up, look
 * into it and misbehave it. Routes are listed in the module README.
 */
public final class AdminApi {

    private static final Logger log = LoggerFactory.getLogger(AdminApi.class);

    private final NetSuiteSimulator simulator;

    public AdminApi(NetSuiteSimulator simulator) {
        this.simulator = simulator;
    }

    public void register(HttpServer server) {
        server.createContext("/sim", this::handle);
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonExchange io = new JsonExchange(exchange);
        String method = exchange.getRequestMethod();
        String[] path = exchange.getRequestURI().getPath().replaceFirst("^/sim/?", "").split("/");
        try {
            route(method, path, io);
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
            io.json(400, Map.of("error", String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            log.warn("admin request {} {} failed", method, exchange.getRequestURI(), e);
            io.json(500, Map.of("error", String.valueOf(e)));
        } finally {
            exchange.close();
        }
    }

    private void route(String method, String[] path, JsonExchange io) throws IOException {
        String resource = path[0];
        switch (method + " " + resource) {
            case "GET health" -> io.json(200, Map.of("status", "UP", "soapEndpoint", simulator.soapEndpoint(),
                    "account", simulator.settings().accountId(),
                    "priceScheduleRecordTypeId", simulator.account().priceScheduleTypeId()));
            case "POST seed" -> io.json(200, simulator.account().seed(io.body(SeedRequest.class)));
            case "POST reset" -> {
                simulator.account().reset();
                simulator.faults().clear();
                simulator.requests().clear();
                simulator.governance().resetStats();
                io.empty();
            }
            case "POST pricing" -> io.json(200, simulator.account().changePricing(io.body(PricingChange.class)));
            case "GET pricing" -> io.json(200, simulator.account().pricing());
            case "GET stock" -> {
                String item = io.query().get("item");
                io.json(200, simulator.account().stock().stream()
                        .filter(level -> item == null || level.item().equals(item)).toList());
            }
            case "PUT stock" -> {
                simulator.account().adjustStock(io.body(StockAdjustment.class));
                io.empty();
            }
            case "GET records" -> records(path, io);
            case "GET returns" -> io.json(200, simulator.account().returnDocuments());
            case "GET journal-entries" -> io.json(200, simulator.account().journalEntries());
            case "GET deposits" -> io.json(200, simulator.account().deposits());
            case "DELETE records" -> {
                boolean deleted = simulator.account().delete(type(path[1]), path[2]);
                io.json(deleted ? 200 : 404, Map.of("deleted", deleted));
            }
            case "GET governance" -> io.json(200, simulator.governance().stats());
            case "PUT governance" -> governance(io.body(AdminRequests.GovernanceChange.class), io);
            case "GET faults" -> io.json(200, simulator.faults().pending());
            case "POST faults" -> {
                AdminRequests.FaultRequest request = io.body(AdminRequests.FaultRequest.class);
                FaultRule rule = new FaultRule(request.operation() == null ? "*" : request.operation(), request.kind(),
                        request.times() == null ? 1 : request.times(),
                        request.delayMillis() == null ? 0 : request.delayMillis());
                simulator.faults().inject(rule);
                io.json(201, rule);
            }
            case "DELETE faults" -> {
                simulator.faults().clear();
                io.empty();
            }
            case "GET latency" -> io.json(200, simulator.latency());
            case "PUT latency" -> latency(io.body(AdminRequests.LatencyChange.class), io);
            case "GET login-audit" -> io.json(200, simulator.passports().auditTrail());
            case "GET requests" -> io.json(200, simulator.requests().all());
            default -> io.json(404, Map.of("error", "no route " + method + " /sim/" + String.join("/", path)));
        }
    }

    private void records(String[] path, JsonExchange io) throws IOException {
        if (path.length >= 3) {
            Record record = simulator.account().record(type(path[1]), path[2])
                    .orElseThrow(() -> new IllegalArgumentException("no " + path[1] + " " + path[2]));
            io.xml(simulator.account().xml(record));
            return;
        }
        String type = path.length == 2 ? path[1] : io.query().get("type");
        if (type == null) {
            throw new IllegalArgumentException("name a record type: /sim/records/salesOrder");
        }
        RecordType recordType = type(type);
        List<AdminRequests.RecordSummary> summaries = simulator.account().records(recordType).stream()
                .map(record -> summary(recordType, record)).toList();
        io.json(200, summaries);
    }

    private void governance(AdminRequests.GovernanceChange change, JsonExchange io) throws IOException {
        if (change.accountLimit() != null) {
            simulator.governance().setLimit(change.accountLimit());
        }
        if (change.otherTraffic() != null) {
            AdminRequests.TrafficShape shape = change.otherTraffic();
            simulator.setOtherTraffic(new OtherIntegrationTraffic.Shape(shape.slots(),
                    Duration.ofMillis(shape.holdMillis()), Duration.ofMillis(shape.pauseMillis())));
        }
        if (Boolean.TRUE.equals(change.resetStats())) {
            simulator.governance().resetStats();
        }
        io.json(200, simulator.governance().stats());
    }

    private void latency(AdminRequests.LatencyChange change, JsonExchange io) throws IOException {
        LatencyModel current = simulator.latency();
        Map<String, OperationLatency> operations = new LinkedHashMap<>(current.operations());
        if (change.operations() != null) {
            operations.putAll(change.operations());
        }
        LatencyModel next = new LatencyModel(operations, change.scale() == null ? current.scale() : change.scale());
        simulator.setLatency(next);
        io.json(200, next);
    }

    private static AdminRequests.RecordSummary summary(RecordType type, Record record) {
        Map<String, Object> fields = new HashMap<>();
        for (String property : List.of("tranId", "itemId", "entityId", "name", "lastModifiedDate")) {
            try {
                var getter = record.getClass().getMethod("get" + Character.toUpperCase(property.charAt(0))
                        + property.substring(1));
                fields.put(property, getter.invoke(record));
            } catch (ReflectiveOperationException absent) {
                // this record type has no such field
            }
        }
        Object name = fields.get("itemId") != null ? fields.get("itemId")
                : fields.get("entityId") != null ? fields.get("entityId") : fields.get("name");
        return new AdminRequests.RecordSummary(type.value(), RecordKeys.internalId(record),
                RecordKeys.externalId(record), (String) fields.get("tranId"), name == null ? null : name.toString(),
                fields.get("lastModifiedDate") == null ? null : fields.get("lastModifiedDate").toString());
    }

    private static RecordType type(String value) {
        return RecordType.fromValue(value);
    }
}
