package io.suitetok.netsuite.rest;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.CommitInventory;
import io.suitetok.netsuite.gateway.CreditMemoDraft;
import io.suitetok.netsuite.gateway.CustomerDraft;
import io.suitetok.netsuite.gateway.CustomerRefundDraft;
import io.suitetok.netsuite.gateway.DepositDraft;
import io.suitetok.netsuite.gateway.JournalEntryDraft;
import io.suitetok.netsuite.gateway.ReturnAuthorizationDraft;
import io.suitetok.netsuite.gateway.ReturnReceiptDraft;
import io.suitetok.netsuite.gateway.ReturnedItem;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import io.suitetok.netsuite.gateway.SalesOrderLine;
import io.suitetok.netsuite.gateway.ShippingAddress;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The REST record API's JSON bodies for the hub's drafts: references as {@code {"id": ...}}, a
 * sublist as {@code {"items": [...]}}, custom body fields at the top level under their script ids,
 * dates as plain dates. An upsert names the external id in the path ({@code eid:}); a create or a
 * transform (a POST) carries it in the body. Sublist names ({@code item}, {@code line}, {@code other},
 * {@code apply}) and the line key {@code orderLine} follow the REST record browser as far as known;
 * see docs/netsuite/rest-migration.md for what is not verified.
 */
final class RestRecordBodies {

    /** NetSuite's "Custom" price level: the line's rate applies instead of a price level's price. */
    static final String CUSTOM_PRICE_LEVEL = "-1";

    private RestRecordBodies() {
    }

    static Map<String, Object> salesOrder(SalesOrderDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "entity", ref(draft.customer()));
        put(body, "subsidiary", ref(draft.subsidiary()));
        put(body, "currency", ref(draft.currency()));
        put(body, "location", ref(draft.location()));
        put(body, "department", ref(draft.department()));
        put(body, "class", ref(draft.classification()));
        // A date field in REST is a plain date in the account's zone: no noon-UTC workaround is needed.
        put(body, "tranDate", draft.tranDate().toString());
        put(body, "otherRefNum", draft.otherRefNum());
        put(body, "memo", draft.memo());
        put(body, "shipMethod", ref(draft.shipMethod()));
        put(body, "shippingCost", draft.shippingCost());
        put(body, "shippingAddress", address(draft.shippingAddress()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (SalesOrderLine line : draft.lines()) {
            items.add(line(line));
        }
        body.put("item", Map.of("items", items));
        new TreeMap<>(draft.customFields()).forEach(body::put);
        return body;
    }

    private static Map<String, Object> line(SalesOrderLine line) {
        Map<String, Object> item = new LinkedHashMap<>();
        put(item, "item", ref(line.item()));
        put(item, "quantity", line.quantity());
        if (line.rate() != null) {
            item.put("price", Map.of("id", CUSTOM_PRICE_LEVEL));
            item.put("rate", line.rate());
        }
        put(item, "location", ref(line.location()));
        put(item, "commitInventory", commit(line.commit()));
        if (line.closed()) {
            item.put("isClosed", true);
        }
        put(item, "description", line.description());
        return item;
    }

    /** The commit inventory select by id, in the UI's order (the ids are not verified against NetSuite). */
    private static Map<String, Object> commit(CommitInventory commit) {
        if (commit == null) {
            return null;
        }
        return Map.of("id", switch (commit) {
            case AVAILABLE_QTY -> "1";
            case COMPLETE_QTY -> "2";
            case DO_NOT_COMMIT -> "3";
        });
    }

    private static Map<String, Object> address(ShippingAddress shipping) {
        if (shipping == null) {
            return null;
        }
        Map<String, Object> address = new LinkedHashMap<>();
        put(address, "addressee", shipping.addressee());
        put(address, "addrPhone", shipping.phone());
        put(address, "addr1", shipping.addr1());
        put(address, "addr2", shipping.addr2());
        put(address, "city", shipping.city());
        put(address, "state", shipping.state());
        put(address, "zip", shipping.zip());
        // REST names a country by its ISO code, where SOAP needs NetSuite's enumeration value.
        put(address, "country", shipping.countryCode() == null ? null : Map.of("id", shipping.countryCode()));
        return address;
    }

    static Map<String, Object> customer(CustomerDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "subsidiary", ref(draft.subsidiary()));
        body.put("isPerson", draft.person());
        put(body, "firstName", draft.firstName());
        put(body, "lastName", draft.lastName());
        put(body, "companyName", draft.companyName());
        put(body, "email", draft.email());
        put(body, "phone", draft.phone());
        put(body, "currency", ref(draft.currency()));
        return body;
    }

    // ---- returns: read from the source transaction, written by transform ------------------------------

    /**
     * One item line of a transaction as GET {@code ?expandSubResources=true} answers it: its line
     * number (the {@code orderLine} of a line made from it), item, location (the header's when the line
     * has none), description, quantity, quantity received so far and whether it is closed.
     */
    record SourceLine(String line, String item, String location, String description, BigDecimal quantity,
                      BigDecimal received, boolean closed) {

        BigDecimal remaining() {
            return quantity.subtract(received);
        }
    }

    static List<SourceLine> itemLines(JsonNode record) {
        String headerLocation = record.path("location").path("id").asString(null);
        List<SourceLine> lines = new ArrayList<>();
        for (JsonNode line : record.path("item").path("items")) {
            String location = line.path("location").path("id").asString(null);
            lines.add(new SourceLine(line.path("line").asString(), line.path("item").path("id").asString(),
                    location != null ? location : headerLocation, line.path("description").asString(null),
                    decimal(line, "quantity"), decimal(line, "quantityReceived"),
                    line.path("isClosed").asBoolean(false)));
        }
        return lines;
    }

    /** The RA made from its order: only the returned items, each on the order line of its item. */
    static Map<String, Object> returnAuthorization(ReturnAuthorizationDraft draft, List<Map<String, Object>> lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", draft.externalId());
        put(body, "tranDate", draft.tranDate().toString());
        put(body, "memo", draft.memo());
        body.put("item", Map.of("items", lines));
        new TreeMap<>(draft.customFields()).forEach(body::put);
        return body;
    }

    /** @param source the order line of the item, or null to let NetSuite refuse the transform itself */
    static Map<String, Object> returnAuthorizationLine(ReturnedItem returned, SourceLine source, boolean closed) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("item", ref(returned.item()));
        put(line, "orderLine", source == null ? null : source.line());
        line.put("quantity", returned.quantity());
        put(line, "description", returned.description() != null ? returned.description()
                : source == null ? null : source.description());
        line.put("price", Map.of("id", CUSTOM_PRICE_LEVEL));
        line.put("rate", returned.rate());
        put(line, "location", source == null ? null : Map.of("id", source.location()));
        if (closed) {
            line.put("isClosed", true);
        }
        return line;
    }

    /**
     * The update of an RA NetSuite holds: memo and custom fields, and when the draft says closed, every
     * stored line closed by its line number (the other line fields are left as they are).
     */
    static Map<String, Object> returnAuthorizationUpdate(ReturnAuthorizationDraft draft, List<SourceLine> stored) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "memo", draft.memo());
        if (draft.closed() && !stored.isEmpty()) {
            List<Map<String, Object>> closing = new ArrayList<>();
            for (SourceLine line : stored) {
                closing.add(Map.of("line", line.line(), "isClosed", true));
            }
            body.put("item", Map.of("items", closing));
        }
        new TreeMap<>(draft.customFields()).forEach(body::put);
        return body;
    }

    static Map<String, Object> itemReceipt(ReturnReceiptDraft draft, List<Map<String, Object>> lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", draft.externalId());
        put(body, "tranDate", draft.tranDate().toString());
        put(body, "memo", draft.memo());
        body.put("item", Map.of("items", lines));
        return body;
    }

    /**
     * A receipt line on an RA line: received ({@code itemReceive} true, the draft's quantity and location)
     * or left as NetSuite prefilled it, not received.
     */
    static Map<String, Object> itemReceiptLine(SourceLine source, String item, BigDecimal quantity,
                                               NetSuiteInternalId location, boolean receive) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("itemReceive", receive);
        line.put("item", Map.of("id", item));
        put(line, "orderLine", source == null ? null : source.line());
        put(line, "description", source == null ? null : source.description());
        put(line, "location", location != null ? ref(location)
                : source == null || source.location() == null ? null : Map.of("id", source.location()));
        line.put("quantity", quantity);
        return line;
    }

    /**
     * A credit memo: from its RA (a transform, so customer, subsidiary and currency come from the RA)
     * or standalone for the draft's customer. Either way its lines and shipping are exactly the draft's.
     *
     * @param raLines the RA's open lines when made from it, else empty
     */
    static Map<String, Object> creditMemo(CreditMemoDraft draft, boolean fromReturn, List<SourceLine> raLines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", draft.externalId());
        if (!fromReturn) {
            put(body, "entity", ref(draft.customer()));
            put(body, "subsidiary", ref(draft.subsidiary()));
            put(body, "currency", ref(draft.currency()));
        }
        put(body, "tranDate", draft.tranDate().toString());
        put(body, "location", ref(draft.location()));
        // Sent even when empty: a transform would otherwise keep the RA's reference number.
        body.put("otherRefNum", draft.otherRefNum());
        put(body, "memo", draft.memo());
        put(body, "shippingCost", draft.shippingCost());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (ReturnedItem credited : draft.lines()) {
            SourceLine source = raLines.stream().filter(line -> line.item().equals(credited.item().value()))
                    .findFirst().orElse(null);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("item", ref(credited.item()));
            put(line, "orderLine", source == null ? null : source.line());
            line.put("quantity", credited.quantity());
            put(line, "description", credited.description() != null ? credited.description()
                    : source == null ? null : source.description());
            line.put("price", Map.of("id", CUSTOM_PRICE_LEVEL));
            line.put("rate", credited.rate());
            put(line, "location", draft.location() != null ? ref(draft.location())
                    : source == null || source.location() == null ? null : Map.of("id", source.location()));
            lines.add(line);
        }
        body.put("item", Map.of("items", lines));
        new TreeMap<>(draft.customFields()).forEach(body::put);
        return body;
    }

    /** A refund applied to one credit memo only: the apply sublist is keyed by {@code doc}, other credits stay. */
    static Map<String, Object> customerRefund(CustomerRefundDraft draft, String creditMemoInternalId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", draft.externalId());
        put(body, "customer", ref(draft.customer()));
        put(body, "subsidiary", ref(draft.subsidiary()));
        put(body, "currency", ref(draft.currency()));
        put(body, "tranDate", draft.tranDate().toString());
        put(body, "memo", draft.memo());
        put(body, "paymentMethod", ref(draft.paymentMethod()));
        put(body, "account", ref(draft.account()));
        Map<String, Object> apply = new LinkedHashMap<>();
        apply.put("doc", Map.of("id", creditMemoInternalId));
        apply.put("apply", true);
        apply.put("amount", draft.amount());
        body.put("apply", Map.of("items", List.of(apply)));
        new TreeMap<>(draft.customFields()).forEach(body::put);
        return body;
    }

    // ---- settlement ---------------------------------------------------------------------------------

    static Map<String, Object> journalEntry(JournalEntryDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "subsidiary", ref(draft.subsidiary()));
        put(body, "currency", ref(draft.currency()));
        put(body, "tranDate", draft.tranDate().toString());
        put(body, "memo", draft.memo());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (JournalEntryDraft.Line draftLine : draft.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("account", ref(draftLine.account()));
            // One side per line: the zero side is left out rather than sent as 0.
            if (draftLine.debit().signum() > 0) {
                line.put("debit", draftLine.debit());
            }
            if (draftLine.credit().signum() > 0) {
                line.put("credit", draftLine.credit());
            }
            put(line, "memo", draftLine.memo());
            put(line, "entity", ref(draftLine.entity()));
            lines.add(line);
        }
        body.put("line", Map.of("items", lines));
        new TreeMap<>(draft.customFields()).forEach(body::put);
        return body;
    }

    /** A deposit whose money comes from "other" lines; it has no currency field (it is the bank account's). */
    static Map<String, Object> deposit(DepositDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "subsidiary", ref(draft.subsidiary()));
        put(body, "account", ref(draft.bankAccount()));
        put(body, "tranDate", draft.tranDate().toString());
        put(body, "memo", draft.memo());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (DepositDraft.Line draftLine : draft.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("account", ref(draftLine.account()));
            line.put("amount", draftLine.amount());
            put(line, "memo", draftLine.memo());
            lines.add(line);
        }
        body.put("other", Map.of("items", lines));
        new TreeMap<>(draft.customFields()).forEach(body::put);
        return body;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        String value = node.path(field).asString("");
        return value.isEmpty() ? BigDecimal.ZERO : new BigDecimal(value);
    }

    private static Map<String, Object> ref(NetSuiteInternalId id) {
        return id == null ? null : Map.of("id", id.value());
    }

    private static void put(Map<String, Object> body, String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
    }
}
