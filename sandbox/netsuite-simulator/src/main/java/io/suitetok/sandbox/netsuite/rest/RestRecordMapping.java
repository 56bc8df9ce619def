package io.suitetok.sandbox.netsuite.rest;

import com.netsuite.webservices.lists.relationships_2025_2.Customer;
import com.netsuite.webservices.platform.common_2025_2.Address;
import com.netsuite.webservices.platform.core_2025_2.CustomFieldList;
import com.netsuite.webservices.platform.core_2025_2.StringCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItem;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItemList;
import com.netsuite.webservices.transactions.sales_2025_2.types.SalesOrderItemCommitInventory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The REST record API's JSON for the records the hub writes, read into and rendered from the account's
 * records, so REST and SOAP change the same state. Only the fields the hub sends are known; any other
 * field is refused as NetSuite refuses a field it does not have.
 */
final class RestRecordMapping {

    /** REST record type names (the path segment) and the account's types. */
    static final Map<String, RecordType> TYPES = Map.of("salesOrder", RecordType.SALES_ORDER,
            "customer", RecordType.CUSTOMER);

    private static final Set<String> SALES_ORDER_FIELDS = Set.of("externalId", "entity", "subsidiary", "currency",
            "location", "department", "class", "tranDate", "otherRefNum", "memo", "shipMethod", "shippingCost",
            "item", "shippingAddress");
    private static final Set<String> ADDRESS_FIELDS = Set.of("addressee", "addrPhone", "addr1", "addr2", "city",
            "state", "zip", "country");
    private static final Set<String> LINE_FIELDS = Set.of("item", "quantity", "rate", "price", "location",
            "commitInventory", "isClosed", "description");
    private static final Set<String> CUSTOMER_FIELDS = Set.of("externalId", "subsidiary", "isPerson", "firstName",
            "lastName", "companyName", "email", "phone", "currency");

    private RestRecordMapping() {
    }

    static Record read(String type, JsonNode body, String externalId) {
        return switch (type) {
            case "salesOrder" -> salesOrder(body, externalId);
            case "customer" -> customer(body, externalId);
            default -> throw new IllegalArgumentException("Record type " + type + " is not supported.");
        };
    }

    private static SalesOrder salesOrder(JsonNode body, String externalId) {
        known(body, SALES_ORDER_FIELDS);
        SalesOrder order = new SalesOrder();
        order.setExternalId(externalId);
        order.setEntity(ref(body.get("entity")));
        order.setSubsidiary(ref(body.get("subsidiary")));
        order.setCurrency(ref(body.get("currency")));
        order.setLocation(ref(body.get("location")));
        order.setDepartment(ref(body.get("department")));
        order.setClazz(ref(body.get("class")));
        order.setShipMethod(ref(body.get("shipMethod")));
        if (body.hasNonNull("tranDate")) {
            // A date field is a plain date in REST; the account keeps it at noon UTC like the SOAP adapter sends.
            order.setTranDate(LocalDate.parse(body.get("tranDate").asString()).atTime(LocalTime.NOON)
                    .atOffset(ZoneOffset.UTC));
        }
        order.setOtherRefNum(text(body, "otherRefNum"));
        order.setMemo(text(body, "memo"));
        order.setShippingCost(decimal(body, "shippingCost"));
        order.setShippingAddress(address(body.get("shippingAddress")));
        order.setCustomFieldList(customFields(body));
        JsonNode items = body.path("item").path("items");
        if (items.isArray()) {
            SalesOrderItemList list = new SalesOrderItemList();
            for (JsonNode line : items) {
                list.getItem().add(line(line));
            }
            order.setItemList(list);
        }
        return order;
    }

    private static SalesOrderItem line(JsonNode line) {
        known(line, LINE_FIELDS);
        SalesOrderItem item = new SalesOrderItem();
        item.setItem(ref(line.get("item")));
        item.setQuantity(decimal(line, "quantity"));
        BigDecimal rate = decimal(line, "rate");
        item.setRate(rate == null ? null : rate.toPlainString());
        item.setPrice(ref(line.get("price")));
        item.setLocation(ref(line.get("location")));
        item.setDescription(text(line, "description"));
        if (line.hasNonNull("isClosed")) {
            item.setIsClosed(line.get("isClosed").asBoolean());
        }
        if (line.hasNonNull("commitInventory")) {
            item.setCommitInventory(commit(line.get("commitInventory").path("id").asString("")));
        }
        return item;
    }

    /** The commit inventory select's ids; the numbering follows the UI's order (not verified against NetSuite). */
    private static SalesOrderItemCommitInventory commit(String id) {
        return switch (id) {
            case "1" -> SalesOrderItemCommitInventory.AVAILABLE_QTY;
            case "2" -> SalesOrderItemCommitInventory.COMPLETE_QTY;
            case "3" -> SalesOrderItemCommitInventory.DO_NOT_COMMIT;
            default -> throw new IllegalArgumentException("Invalid value for commitInventory: " + id);
        };
    }

    private static Customer customer(JsonNode body, String externalId) {
        known(body, CUSTOMER_FIELDS);
        Customer customer = new Customer();
        customer.setExternalId(externalId);
        customer.setSubsidiary(ref(body.get("subsidiary")));
        customer.setCurrency(ref(body.get("currency")));
        if (body.hasNonNull("isPerson")) {
            customer.setIsPerson(body.get("isPerson").asBoolean());
        }
        customer.setFirstName(text(body, "firstName"));
        customer.setLastName(text(body, "lastName"));
        customer.setCompanyName(text(body, "companyName"));
        customer.setEmail(text(body, "email"));
        customer.setPhone(text(body, "phone"));
        return customer;
    }

    /** A record as GET answers it: body fields with references as {@code {"id": ...}}. */
    static Map<String, Object> render(Record record) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (record instanceof SalesOrder order) {
            json.put("id", order.getInternalId());
            json.put("externalId", order.getExternalId());
            json.put("tranId", order.getTranId());
            put(json, "entity", refJson(order.getEntity()));
            put(json, "subsidiary", refJson(order.getSubsidiary()));
            put(json, "currency", refJson(order.getCurrency()));
            put(json, "otherRefNum", order.getOtherRefNum());
            put(json, "memo", order.getMemo());
            put(json, "status", order.getStatus());
            put(json, "lastModifiedDate", instant(order.getLastModifiedDate()));
        } else if (record instanceof Customer customer) {
            json.put("id", customer.getInternalId());
            json.put("externalId", customer.getExternalId());
            put(json, "entityId", customer.getEntityId());
            put(json, "isPerson", customer.isIsPerson());
            put(json, "firstName", customer.getFirstName());
            put(json, "lastName", customer.getLastName());
            put(json, "companyName", customer.getCompanyName());
            put(json, "email", customer.getEmail());
            put(json, "subsidiary", refJson(customer.getSubsidiary()));
        } else {
            throw new IllegalArgumentException("no REST rendering for " + record.getClass().getSimpleName());
        }
        return json;
    }

    private static Address address(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        known(node, ADDRESS_FIELDS);
        Address address = new Address();
        address.setAddressee(text(node, "addressee"));
        address.setAddrPhone(text(node, "addrPhone"));
        address.setAddr1(text(node, "addr1"));
        address.setAddr2(text(node, "addr2"));
        address.setCity(text(node, "city"));
        address.setState(text(node, "state"));
        address.setZip(text(node, "zip"));
        if (node.hasNonNull("country")) {
            address.setCountry(RestCountries.toAccountValue(node.get("country").path("id").asString("")));
        }
        return address;
    }

    /** Custom body fields sit at the top level under their script ids; kept as text like SOAP's string refs. */
    private static CustomFieldList customFields(JsonNode body) {
        CustomFieldList list = new CustomFieldList();
        for (String name : body.propertyNames()) {
            if (name.startsWith("custbody")) {
                StringCustomFieldRef ref = new StringCustomFieldRef();
                ref.setScriptId(name);
                ref.setValue(body.get(name).asString());
                list.getCustomField().add(ref);
            }
        }
        return list.getCustomField().isEmpty() ? null : list;
    }

    private static void known(JsonNode body, Set<String> fields) {
        if (!body.isObject()) {
            throw new IllegalArgumentException("The request body must be a JSON object.");
        }
        for (String name : body.propertyNames()) {
            if (!fields.contains(name) && !(fields == SALES_ORDER_FIELDS && name.startsWith("custbody"))) {
                throw new IllegalArgumentException("Invalid field name: " + name + ".");
            }
        }
    }

    private static RecordRef ref(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        RecordRef ref = new RecordRef();
        String id = node.path("id").asString(null);
        if (id == null) {
            throw new IllegalArgumentException("A reference needs an id.");
        }
        ref.setInternalId(id);
        return ref;
    }

    private static Optional<Map<String, Object>> refJson(RecordRef ref) {
        return ref == null || ref.getInternalId() == null ? Optional.empty()
                : Optional.of(Map.of("id", ref.getInternalId()));
    }

    private static void put(Map<String, Object> json, String name, Object value) {
        Object unwrapped = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (unwrapped != null) {
            json.put(name, unwrapped);
        }
    }

    private static String text(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asString() : null;
    }

    private static BigDecimal decimal(JsonNode body, String field) {
        if (!body.hasNonNull(field)) {
            return null;
        }
        JsonNode value = body.get(field);
        if (!value.isNumber()) {
            throw new IllegalArgumentException("Invalid value for " + field + ": a number is required.");
        }
        return value.decimalValue();
    }

    private static String instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant().toString();
    }

    static List<String> typeNames() {
        return List.copyOf(TYPES.keySet());
    }
}
