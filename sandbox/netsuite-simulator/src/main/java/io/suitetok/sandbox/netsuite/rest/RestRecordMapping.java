package io.suitetok.sandbox.netsuite.rest;

import com.netsuite.webservices.lists.relationships_2025_2.Customer;
import com.netsuite.webservices.platform.common_2025_2.Address;
import com.netsuite.webservices.platform.core_2025_2.CustomFieldList;
import com.netsuite.webservices.platform.core_2025_2.StringCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.transactions.bank_2025_2.Deposit;
import com.netsuite.webservices.transactions.bank_2025_2.DepositOther;
import com.netsuite.webservices.transactions.bank_2025_2.DepositOtherList;
import com.netsuite.webservices.transactions.customers_2025_2.CreditMemo;
import com.netsuite.webservices.transactions.customers_2025_2.CreditMemoItem;
import com.netsuite.webservices.transactions.customers_2025_2.CreditMemoItemList;
import com.netsuite.webservices.transactions.customers_2025_2.CustomerRefund;
import com.netsuite.webservices.transactions.customers_2025_2.CustomerRefundApply;
import com.netsuite.webservices.transactions.customers_2025_2.CustomerRefundApplyList;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorization;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorizationItem;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorizationItemList;
import com.netsuite.webservices.transactions.general_2025_2.JournalEntry;
import com.netsuite.webservices.transactions.general_2025_2.JournalEntryLine;
import com.netsuite.webservices.transactions.general_2025_2.JournalEntryLineList;
import com.netsuite.webservices.transactions.purchases_2025_2.ItemReceipt;
import com.netsuite.webservices.transactions.purchases_2025_2.ItemReceiptItem;
import com.netsuite.webservices.transactions.purchases_2025_2.ItemReceiptItemList;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItem;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItemList;
import com.netsuite.webservices.transactions.sales_2025_2.types.SalesOrderItemCommitInventory;
import io.suitetok.netsuite.wire.RecordKeys;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
            "customer", RecordType.CUSTOMER, "returnAuthorization", RecordType.RETURN_AUTHORIZATION,
            "itemReceipt", RecordType.ITEM_RECEIPT, "creditMemo", RecordType.CREDIT_MEMO,
            "customerRefund", RecordType.CUSTOMER_REFUND, "journalEntry", RecordType.JOURNAL_ENTRY,
            "deposit", RecordType.DEPOSIT);

    private static final Set<String> SALES_ORDER_FIELDS = Set.of("externalId", "entity", "subsidiary", "currency",
            "location", "department", "class", "tranDate", "otherRefNum", "memo", "shipMethod", "shippingCost",
            "item", "shippingAddress");
    private static final Set<String> ADDRESS_FIELDS = Set.of("addressee", "addrPhone", "addr1", "addr2", "city",
            "state", "zip", "country");
    private static final Set<String> LINE_FIELDS = Set.of("item", "quantity", "rate", "price", "location",
            "commitInventory", "isClosed", "description");
    private static final Set<String> RETURN_AUTHORIZATION_FIELDS = Set.of("externalId", "tranDate", "memo", "item");
    private static final Set<String> RETURN_LINE_FIELDS = Set.of("line", "item", "orderLine", "quantity",
            "description", "price", "rate", "location", "isClosed");
    private static final Set<String> ITEM_RECEIPT_FIELDS = Set.of("externalId", "tranDate", "memo", "item");
    private static final Set<String> RECEIPT_LINE_FIELDS = Set.of("itemReceive", "item", "orderLine", "description",
            "location", "quantity");
    private static final Set<String> CREDIT_MEMO_FIELDS = Set.of("externalId", "entity", "subsidiary", "currency",
            "tranDate", "location", "otherRefNum", "memo", "shippingCost", "item");
    private static final Set<String> CREDIT_LINE_FIELDS = Set.of("item", "orderLine", "quantity", "description",
            "price", "rate", "location");
    private static final Set<String> CUSTOMER_REFUND_FIELDS = Set.of("externalId", "customer", "subsidiary",
            "currency", "tranDate", "memo", "paymentMethod", "account", "apply");
    private static final Set<String> APPLY_FIELDS = Set.of("doc", "apply", "amount");
    private static final Set<String> JOURNAL_ENTRY_FIELDS = Set.of("externalId", "subsidiary", "currency",
            "tranDate", "memo", "line");
    private static final Set<String> JOURNAL_LINE_FIELDS = Set.of("account", "debit", "credit", "memo", "entity");
    private static final Set<String> DEPOSIT_FIELDS = Set.of("externalId", "subsidiary", "account", "tranDate",
            "memo", "other");
    private static final Set<String> DEPOSIT_LINE_FIELDS = Set.of("account", "amount", "memo");
    /** Body field sets that take custom body fields ({@code custbody...}) beside their own. */
    private static final List<Set<String>> WITH_CUSTOM_FIELDS = List.of(SALES_ORDER_FIELDS,
            RETURN_AUTHORIZATION_FIELDS, CREDIT_MEMO_FIELDS, CUSTOMER_REFUND_FIELDS, JOURNAL_ENTRY_FIELDS,
            DEPOSIT_FIELDS);
    private static final Set<String> CUSTOMER_FIELDS = Set.of("externalId", "subsidiary", "isPerson", "firstName",
            "lastName", "companyName", "email", "phone", "currency");

    private RestRecordMapping() {
    }

    /**
     * @param replace the sublists the request names in {@code replace}: their lines replace the stored
     *                ones; the lines of another sublist change the stored lines of their key
     */
    static Record read(String type, JsonNode body, String externalId, Set<String> replace) {
        return switch (type) {
            case "salesOrder" -> salesOrder(body, externalId);
            case "customer" -> customer(body, externalId);
            case "returnAuthorization" -> returnAuthorization(body, externalId, replace);
            case "creditMemo" -> creditMemo(body, externalId);
            case "customerRefund" -> customerRefund(body, externalId);
            case "journalEntry" -> journalEntry(body, externalId, replace);
            case "deposit" -> deposit(body, externalId, replace);
            default -> throw new IllegalArgumentException("Record type " + type + " cannot be written here.");
        };
    }

    /** A record POSTed to its collection: its external id is in the body. */
    static Record readNew(String type, JsonNode body) {
        if (!"creditMemo".equals(type) && !"customerRefund".equals(type)) {
            throw new IllegalArgumentException("The simulator creates " + type + " records by upsert or transform"
                    + " only.");
        }
        return read(type, body, text(body, "externalId"), Set.of());
    }

    // ---- transforms ---------------------------------------------------------------------------------

    /**
     * The record a transform saves: what NetSuite prefilled ({@code initialized}) with the request's
     * fields set on it. With {@code replace=item} the request's lines are the record's lines; without,
     * a prefilled line stays unless a request line names its {@code orderLine}.
     */
    static Record transformed(Record initialized, JsonNode body, boolean replaceItems) {
        if (initialized instanceof ReturnAuthorization rma) {
            ReturnAuthorization sent = returnAuthorization(body, text(body, "externalId"), Set.of("item"));
            rma.setExternalId(sent.getExternalId());
            rma.setTranDate(sent.getTranDate() != null ? sent.getTranDate() : rma.getTranDate());
            rma.setMemo(sent.getMemo() != null ? sent.getMemo() : rma.getMemo());
            rma.setCustomFieldList(sent.getCustomFieldList());
            if (sent.getItemList() != null) {
                List<ReturnAuthorizationItem> lines = transformLines(rma.getItemList().getItem(),
                        sent.getItemList().getItem(), ReturnAuthorizationItem::getOrderLine, replaceItems);
                rma.getItemList().getItem().clear();
                rma.getItemList().getItem().addAll(lines);
            }
            return rma;
        }
        if (initialized instanceof ItemReceipt receipt) {
            known(body, ITEM_RECEIPT_FIELDS, false);
            receipt.setExternalId(text(body, "externalId"));
            if (body.hasNonNull("tranDate")) {
                receipt.setTranDate(date(body));
            }
            receipt.setMemo(body.hasNonNull("memo") ? text(body, "memo") : receipt.getMemo());
            JsonNode items = body.path("item").path("items");
            if (items.isArray()) {
                List<ItemReceiptItem> lines = new ArrayList<>();
                for (JsonNode line : items) {
                    lines.add(receiptLine(line));
                }
                ItemReceiptItemList list = new ItemReceiptItemList();
                list.getItem().addAll(transformLines(receipt.getItemList() == null ? List.of()
                        : receipt.getItemList().getItem(), lines, ItemReceiptItem::getOrderLine, replaceItems));
                receipt.setItemList(list);
            }
            return receipt;
        }
        if (initialized instanceof CreditMemo memo) {
            CreditMemo sent = creditMemo(body, text(body, "externalId"));
            memo.setExternalId(sent.getExternalId());
            memo.setEntity(sent.getEntity() != null ? sent.getEntity() : memo.getEntity());
            memo.setSubsidiary(sent.getSubsidiary() != null ? sent.getSubsidiary() : memo.getSubsidiary());
            memo.setCurrency(sent.getCurrency() != null ? sent.getCurrency() : memo.getCurrency());
            memo.setTranDate(sent.getTranDate() != null ? sent.getTranDate() : memo.getTranDate());
            memo.setLocation(sent.getLocation() != null ? sent.getLocation() : memo.getLocation());
            if (body.has("otherRefNum")) {
                // A field sent as null is emptied, as REST does for a body field set to null.
                memo.setOtherRefNum(sent.getOtherRefNum());
            }
            memo.setMemo(sent.getMemo() != null ? sent.getMemo() : memo.getMemo());
            memo.setShippingCost(sent.getShippingCost());
            memo.setCustomFieldList(sent.getCustomFieldList());
            if (sent.getItemList() != null) {
                List<CreditMemoItem> lines = transformLines(memo.getItemList().getItem(),
                        sent.getItemList().getItem(), CreditMemoItem::getOrderLine, replaceItems);
                memo.getItemList().getItem().clear();
                memo.getItemList().getItem().addAll(lines);
            }
            return memo;
        }
        throw new IllegalArgumentException("The simulator cannot transform into "
                + initialized.getClass().getSimpleName() + ".");
    }

    /** The prefilled lines no sent line names by orderLine (unless replaced), then the sent lines. */
    private static <L> List<L> transformLines(List<L> prefilled, List<L> sent, java.util.function.Function<L, Long> orderLine,
                                              boolean replace) {
        List<L> lines = new ArrayList<>();
        if (!replace) {
            prefilled.stream().filter(kept -> sent.stream().noneMatch(line -> orderLine.apply(kept) != null
                    && orderLine.apply(kept).equals(orderLine.apply(line)))).forEach(lines::add);
        }
        lines.addAll(sent);
        return lines;
    }

    // ---- returns ------------------------------------------------------------------------------------

    private static ReturnAuthorization returnAuthorization(JsonNode body, String externalId, Set<String> replace) {
        known(body, RETURN_AUTHORIZATION_FIELDS, true);
        ReturnAuthorization rma = new ReturnAuthorization();
        rma.setExternalId(externalId);
        if (body.hasNonNull("tranDate")) {
            rma.setTranDate(date(body));
        }
        rma.setMemo(text(body, "memo"));
        rma.setCustomFieldList(customFields(body));
        JsonNode items = body.path("item").path("items");
        if (items.isArray()) {
            ReturnAuthorizationItemList list = new ReturnAuthorizationItemList();
            // Without replace=item, lines sent change the stored lines of their number (a keyed sublist).
            list.setReplaceAll(replace.contains("item"));
            for (JsonNode line : items) {
                known(line, RETURN_LINE_FIELDS, false);
                ReturnAuthorizationItem item = new ReturnAuthorizationItem();
                item.setLine(longValue(line, "line"));
                item.setItem(ref(line.get("item")));
                item.setOrderLine(longValue(line, "orderLine"));
                item.setQuantity(decimal(line, "quantity"));
                item.setDescription(text(line, "description"));
                item.setPrice(ref(line.get("price")));
                BigDecimal rate = decimal(line, "rate");
                item.setRate(rate == null ? null : rate.toPlainString());
                item.setLocation(ref(line.get("location")));
                if (line.hasNonNull("isClosed")) {
                    item.setIsClosed(line.get("isClosed").asBoolean());
                }
                list.getItem().add(item);
            }
            rma.setItemList(list);
        }
        return rma;
    }

    private static ItemReceiptItem receiptLine(JsonNode line) {
        known(line, RECEIPT_LINE_FIELDS, false);
        ItemReceiptItem item = new ItemReceiptItem();
        if (line.hasNonNull("itemReceive")) {
            item.setItemReceive(line.get("itemReceive").asBoolean());
        }
        item.setItem(ref(line.get("item")));
        item.setOrderLine(longValue(line, "orderLine"));
        item.setDescription(text(line, "description"));
        item.setLocation(ref(line.get("location")));
        item.setQuantity(decimal(line, "quantity"));
        return item;
    }

    private static CreditMemo creditMemo(JsonNode body, String externalId) {
        known(body, CREDIT_MEMO_FIELDS, true);
        CreditMemo memo = new CreditMemo();
        memo.setExternalId(externalId);
        memo.setEntity(ref(body.get("entity")));
        memo.setSubsidiary(ref(body.get("subsidiary")));
        memo.setCurrency(ref(body.get("currency")));
        if (body.hasNonNull("tranDate")) {
            memo.setTranDate(date(body));
        }
        memo.setLocation(ref(body.get("location")));
        memo.setOtherRefNum(text(body, "otherRefNum"));
        memo.setMemo(text(body, "memo"));
        memo.setShippingCost(decimal(body, "shippingCost"));
        memo.setCustomFieldList(customFields(body));
        JsonNode items = body.path("item").path("items");
        if (items.isArray()) {
            CreditMemoItemList list = new CreditMemoItemList();
            for (JsonNode line : items) {
                known(line, CREDIT_LINE_FIELDS, false);
                CreditMemoItem item = new CreditMemoItem();
                item.setItem(ref(line.get("item")));
                item.setOrderLine(longValue(line, "orderLine"));
                item.setQuantity(decimal(line, "quantity"));
                item.setDescription(text(line, "description"));
                item.setPrice(ref(line.get("price")));
                BigDecimal rate = decimal(line, "rate");
                item.setRate(rate == null ? null : rate.toPlainString());
                item.setLocation(ref(line.get("location")));
                list.getItem().add(item);
            }
            memo.setItemList(list);
        }
        return memo;
    }

    private static CustomerRefund customerRefund(JsonNode body, String externalId) {
        known(body, CUSTOMER_REFUND_FIELDS, true);
        CustomerRefund refund = new CustomerRefund();
        refund.setExternalId(externalId);
        refund.setCustomer(ref(body.get("customer")));
        refund.setSubsidiary(ref(body.get("subsidiary")));
        refund.setCurrency(ref(body.get("currency")));
        if (body.hasNonNull("tranDate")) {
            refund.setTranDate(date(body));
        }
        refund.setMemo(text(body, "memo"));
        refund.setPaymentMethod(ref(body.get("paymentMethod")));
        refund.setAccount(ref(body.get("account")));
        refund.setCustomFieldList(customFields(body));
        JsonNode items = body.path("apply").path("items");
        if (items.isArray()) {
            CustomerRefundApplyList list = new CustomerRefundApplyList();
            // The apply sublist is keyed by doc: lines not sent are left as they are.
            list.setReplaceAll(false);
            for (JsonNode line : items) {
                known(line, APPLY_FIELDS, false);
                CustomerRefundApply apply = new CustomerRefundApply();
                RecordRef doc = ref(line.get("doc"));
                apply.setDoc(doc == null ? null : Long.parseLong(doc.getInternalId()));
                if (line.hasNonNull("apply")) {
                    apply.setApply(line.get("apply").asBoolean());
                }
                apply.setAmount(decimal(line, "amount"));
                list.getApply().add(apply);
            }
            refund.setApplyList(list);
        }
        return refund;
    }

    // ---- settlement ---------------------------------------------------------------------------------

    private static JournalEntry journalEntry(JsonNode body, String externalId, Set<String> replace) {
        known(body, JOURNAL_ENTRY_FIELDS, true);
        JournalEntry entry = new JournalEntry();
        entry.setExternalId(externalId);
        entry.setSubsidiary(ref(body.get("subsidiary")));
        entry.setCurrency(ref(body.get("currency")));
        if (body.hasNonNull("tranDate")) {
            entry.setTranDate(date(body));
        }
        entry.setMemo(text(body, "memo"));
        entry.setCustomFieldList(customFields(body));
        JsonNode items = body.path("line").path("items");
        if (items.isArray()) {
            JournalEntryLineList list = new JournalEntryLineList();
            list.setReplaceAll(replace.contains("line"));
            for (JsonNode node : items) {
                known(node, JOURNAL_LINE_FIELDS, false);
                JournalEntryLine line = new JournalEntryLine();
                line.setAccount(ref(node.get("account")));
                line.setDebit(decimal(node, "debit"));
                line.setCredit(decimal(node, "credit"));
                line.setMemo(text(node, "memo"));
                line.setEntity(ref(node.get("entity")));
                list.getLine().add(line);
            }
            entry.setLineList(list);
        }
        return entry;
    }

    private static Deposit deposit(JsonNode body, String externalId, Set<String> replace) {
        known(body, DEPOSIT_FIELDS, true);
        Deposit deposit = new Deposit();
        deposit.setExternalId(externalId);
        deposit.setSubsidiary(ref(body.get("subsidiary")));
        deposit.setAccount(ref(body.get("account")));
        if (body.hasNonNull("tranDate")) {
            deposit.setTranDate(date(body));
        }
        deposit.setMemo(text(body, "memo"));
        deposit.setCustomFieldList(customFields(body));
        JsonNode items = body.path("other").path("items");
        if (items.isArray()) {
            DepositOtherList list = new DepositOtherList();
            list.setReplaceAll(replace.contains("other"));
            for (JsonNode node : items) {
                known(node, DEPOSIT_LINE_FIELDS, false);
                DepositOther other = new DepositOther();
                other.setAccount(ref(node.get("account")));
                other.setAmount(decimal(node, "amount"));
                other.setMemo(text(node, "memo"));
                list.getDepositOther().add(other);
            }
            deposit.setOtherList(list);
        }
        return deposit;
    }

    /**
     * A PUT that sends the lines of a journal entry's {@code line} or a deposit's {@code other} sublist
     * without naming it in {@code replace} adds them to the stored lines (neither sublist has a key to
     * change a stored line by): the stored lines come first.
     */
    static void addToStoredLines(Record incoming, Record stored, Set<String> replace) {
        if (incoming instanceof JournalEntry entry && stored instanceof JournalEntry held && !replace.contains("line")
                && entry.getLineList() != null && held.getLineList() != null) {
            entry.getLineList().getLine().addAll(0, held.getLineList().getLine());
        }
        if (incoming instanceof Deposit deposit && stored instanceof Deposit held && !replace.contains("other")
                && deposit.getOtherList() != null && held.getOtherList() != null) {
            deposit.getOtherList().getDepositOther().addAll(0, held.getOtherList().getDepositOther());
        }
    }

    /** A date field is a plain date in REST; the account keeps it at noon UTC like the SOAP adapter sends. */
    private static OffsetDateTime date(JsonNode body) {
        return LocalDate.parse(body.get("tranDate").asString()).atTime(LocalTime.NOON).atOffset(ZoneOffset.UTC);
    }

    private static Long longValue(JsonNode body, String field) {
        if (!body.hasNonNull(field)) {
            return null;
        }
        try {
            return Long.parseLong(body.get(field).asString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value for " + field + ": a whole number is required.");
        }
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

    /**
     * A record as GET answers it: body fields with references as {@code {"id": ...}}; with
     * {@code expandSubResources=true} the item sublist's lines too, else only its link (left out here).
     */
    static Map<String, Object> render(Record record, boolean expand) {
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
            put(json, "location", refJson(order.getLocation()));
            if (expand && order.getItemList() != null) {
                json.put("item", sublist(order.getItemList().getItem().stream().map(line -> itemLine(line.getLine(),
                        line.getItem(), line.getQuantity(), null, line.getLocation(),
                        line.getDescription(), line.isIsClosed())).toList()));
            }
        } else if (record instanceof ReturnAuthorization rma) {
            json.put("id", rma.getInternalId());
            json.put("externalId", rma.getExternalId());
            json.put("tranId", rma.getTranId());
            put(json, "entity", refJson(rma.getEntity()));
            put(json, "currency", refJson(rma.getCurrency()));
            put(json, "location", refJson(rma.getLocation()));
            put(json, "memo", rma.getMemo());
            put(json, "status", rma.getStatus());
            if (expand && rma.getItemList() != null) {
                json.put("item", sublist(rma.getItemList().getItem().stream().map(line -> itemLine(line.getLine(),
                        line.getItem(), line.getQuantity(), line.getQuantityReceived(), line.getLocation(),
                        line.getDescription(), line.isIsClosed())).toList()));
            }
        } else if (RecordKeys.typeOf(record.getClass()).filter(TYPES::containsValue).isPresent()) {
            // The other transactions the hub writes: what it reads back is the id of the one it named.
            json.put("id", RecordKeys.internalId(record));
            json.put("externalId", RecordKeys.externalId(record));
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

    private static Map<String, Object> sublist(List<Map<String, Object>> lines) {
        Map<String, Object> sublist = new LinkedHashMap<>();
        sublist.put("links", List.of());
        sublist.put("items", lines);
        sublist.put("totalResults", lines.size());
        return sublist;
    }

    private static Map<String, Object> itemLine(Long line, RecordRef item, BigDecimal quantity, BigDecimal received,
                                                RecordRef location, String description, Boolean closed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("links", List.of());
        put(json, "line", line);
        put(json, "item", refJson(item));
        put(json, "quantity", quantity);
        put(json, "quantityReceived", received);
        put(json, "location", refJson(location));
        put(json, "description", description);
        json.put("isClosed", Boolean.TRUE.equals(closed));
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
        known(body, fields, WITH_CUSTOM_FIELDS.stream().anyMatch(set -> set == fields));
    }

    private static void known(JsonNode body, Set<String> fields, boolean customFields) {
        if (!body.isObject()) {
            throw new IllegalArgumentException("The request body must be a JSON object.");
        }
        for (String name : body.propertyNames()) {
            if (!fields.contains(name) && !(customFields && name.startsWith("custbody"))) {
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
