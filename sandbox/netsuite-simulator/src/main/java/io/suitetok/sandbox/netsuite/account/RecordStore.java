package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import io.suitetok.netsuite.wire.RecordKeys;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Records by type and internal id, with external ids unique per type (the guarantee upsert rests on),
 * one internal id sequence for the account and a transaction number sequence per transaction type.
 * Not thread-safe: {@link SimulatedAccount} holds its lock around it.
 */
final class RecordStore {

    private static final Map<RecordType, String> TRAN_PREFIX = Map.of(
            RecordType.SALES_ORDER, "SO", RecordType.ITEM_FULFILLMENT, "IF", RecordType.CASH_SALE, "CS",
            RecordType.INVOICE, "INV", RecordType.CREDIT_MEMO, "CM", RecordType.CUSTOMER_REFUND, "CR",
            RecordType.RETURN_AUTHORIZATION, "RMA", RecordType.JOURNAL_ENTRY, "JE", RecordType.DEPOSIT, "DEP",
            RecordType.ITEM_RECEIPT, "IR");

    private final Map<RecordType, TreeMap<Long, Record>> byType = new EnumMap<>(RecordType.class);
    private final Map<RecordType, Map<String, String>> externalIds = new EnumMap<>(RecordType.class);
    private final Map<RecordType, Integer> tranNumbers = new HashMap<>();
    private final List<Deletion> deleted = new ArrayList<>();
    private long nextInternalId = 10_000;

    static boolean isTransaction(RecordType type) {
        return TRAN_PREFIX.containsKey(type);
    }

    String nextInternalId() {
        return String.valueOf(nextInternalId++);
    }

    String nextTranId(RecordType type) {
        int number = tranNumbers.merge(type, 10_001, (current, one) -> current + 1);
        return TRAN_PREFIX.get(type) + number;
    }

    /** Stores (or replaces) a record that already has its internal id. */
    void put(Record record) {
        RecordType type = RecordKeys.type(record);
        String internalId = RecordKeys.internalId(record);
        long numeric = Long.parseLong(internalId);
        nextInternalId = Math.max(nextInternalId, numeric + 1);
        TreeMap<Long, Record> records = byType.computeIfAbsent(type, t -> new TreeMap<>());
        Record previous = records.put(numeric, record);
        Map<String, String> index = externalIds.computeIfAbsent(type, t -> new HashMap<>());
        if (previous != null && RecordKeys.externalId(previous) != null) {
            index.remove(RecordKeys.externalId(previous));
        }
        if (RecordKeys.externalId(record) != null) {
            index.put(RecordKeys.externalId(record), internalId);
        }
    }

    Optional<Record> byInternalId(RecordType type, String internalId) {
        if (internalId == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(byType.getOrDefault(type, new TreeMap<>()).get(Long.parseLong(internalId)));
        } catch (NumberFormatException notNumeric) {
            return Optional.empty();
        }
    }

    Optional<Record> byExternalId(RecordType type, String externalId) {
        if (externalId == null) {
            return Optional.empty();
        }
        String internalId = externalIds.getOrDefault(type, Map.of()).get(externalId);
        return byInternalId(type, internalId);
    }

    /** Which record, if any, already holds this external id for this type. */
    Optional<String> holderOfExternalId(RecordType type, String externalId) {
        return Optional.ofNullable(externalIds.getOrDefault(type, Map.of()).get(externalId));
    }

    List<Record> all(RecordType type) {
        return new ArrayList<>(byType.getOrDefault(type, new TreeMap<>()).values());
    }

    boolean remove(RecordType type, String internalId, Deletion log) {
        Optional<Record> record = byInternalId(type, internalId);
        if (record.isEmpty()) {
            return false;
        }
        byType.get(type).remove(Long.parseLong(internalId));
        String externalId = RecordKeys.externalId(record.get());
        if (externalId != null) {
            externalIds.get(type).remove(externalId);
        }
        deleted.add(log);
        return true;
    }

    List<Deletion> deleted() {
        return List.copyOf(deleted);
    }

    int count(RecordType type) {
        return byType.getOrDefault(type, new TreeMap<>()).size();
    }

    void clear() {
        byType.clear();
        externalIds.clear();
        tranNumbers.clear();
        deleted.clear();
        nextInternalId = 10_000;
    }
}
