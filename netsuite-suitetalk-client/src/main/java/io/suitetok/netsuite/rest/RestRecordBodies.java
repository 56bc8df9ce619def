package io.suitetok.netsuite.rest;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.CommitInventory;
import io.suitetok.netsuite.gateway.CustomerDraft;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import io.suitetok.netsuite.gateway.SalesOrderLine;
import io.suitetok.netsuite.gateway.ShippingAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The REST record API's JSON bodies for the hub's drafts: references as {@code {"id": ...}}, a
 * sublist as {@code {"items": [...]}}, custom body fields at the top level under their script ids,
 * dates as plain dates. The external id is in the path ({@code eid:}), not the body.
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

    private static Map<String, Object> ref(NetSuiteInternalId id) {
        return id == null ? null : Map.of("id", id.value());
    }

    private static void put(Map<String, Object> body, String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
    }
}
