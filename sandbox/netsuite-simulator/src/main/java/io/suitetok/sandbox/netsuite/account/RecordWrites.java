package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.platform.messages_2025_2.WriteResponse;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillment;
import io.suitetok.netsuite.wire.RecordKeys;
import io.suitetok.sandbox.netsuite.account.rules.RecordRules;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * add, update and upsert with NetSuite's semantics. Each record is checked on its own; a refused
 * record comes back as {@code isSuccess="false"} with its code and changes nothing.
 * <ul>
 *   <li>add: a new record; an external id already used for the type is refused (DUP_RCRD).</li>
 *   <li>update: by internal id (or external id); fields sent replace stored ones, others stay.</li>
 *   <li>upsert: by external id, required, internal id refused; updates when found, adds otherwise.
 *       A fulfilment created from an order is a transform, which upsert only ever adds.</li>
 * </ul>
 */
final class RecordWrites {

    private final AccountState state;
    private final StateAccess access;
    private final Map<Class<?>, RecordRules<?>> rules;

    RecordWrites(AccountState state, StateAccess access, Map<Class<?>, RecordRules<?>> rules) {
        this.state = state;
        this.access = access;
        this.rules = rules;
    }

    WriteResponse add(Record incoming) {
        return refusalOr(incoming, () -> insert(incoming));
    }

    WriteResponse update(Record incoming) {
        return refusalOr(incoming, () -> {
            RecordType type = RecordKeys.type(incoming);
            Record stored = state.records.byInternalId(type, RecordKeys.internalId(incoming))
                    .or(() -> RecordKeys.internalId(incoming) == null
                            ? state.records.byExternalId(type, RecordKeys.externalId(incoming)) : Optional.empty())
                    .orElseThrow(RecordError::notFound);
            return change(stored, incoming);
        });
    }

    WriteResponse upsert(Record incoming) {
        return refusalOr(incoming, () -> {
            if (RecordKeys.internalId(incoming) != null) {
                throw new RecordError("USER_ERROR", "You cannot set internalId with upsert.");
            }
            String externalId = RecordKeys.externalId(incoming);
            if (externalId == null || externalId.isBlank()) {
                // sic: NetSuite's own spelling of this message
                throw new RecordError("USER_ERROR", "This operation requies a value for externalId.");
            }
            boolean transform = incoming instanceof ItemFulfillment fulfilment && fulfilment.getCreatedFrom() != null;
            Optional<Record> existing = state.records.byExternalId(RecordKeys.type(incoming), externalId);
            return existing.isPresent() && !transform ? change(existing.get(), incoming) : insert(incoming);
        });
    }

    private WriteResponse insert(Record incoming) {
        RecordType type = RecordKeys.type(incoming);
        Record record = state.copier.copy(incoming);
        RecordKeys.setInternalId(record, null);
        String externalId = RecordKeys.externalId(record);
        if (externalId != null && state.records.holderOfExternalId(type, externalId).isPresent()) {
            throw new RecordError("DUP_RCRD", "This record already exists");
        }
        RecordRules.Write<Record> write = new RecordRules.Write<>(record, null, incoming);
        rules(record).validate(write, access);
        String internalId = state.records.nextInternalId();
        RecordKeys.setInternalId(record, internalId);
        if (RecordStore.isTransaction(type) && BeanFields.get(record, "tranId") == null) {
            BeanFields.set(record, "tranId", state.records.nextTranId(type));
        }
        OffsetDateTime now = state.clock.now();
        BeanFields.set(record, "createdDate", now);
        BeanFields.set(record, "dateCreated", now);  // Customer names its creation stamp dateCreated
        rules(record).apply(write, access);
        BeanFields.set(record, "lastModifiedDate", now);
        state.records.put(record);
        return Responses.written(type, internalId, externalId);
    }

    private WriteResponse change(Record stored, Record incoming) {
        RecordType type = RecordKeys.type(stored);
        Record previous = state.copier.copy(stored);
        Record merged = state.copier.copy(stored);
        RecordMerger.merge(merged, incoming);
        String externalId = RecordKeys.externalId(merged);
        if (externalId != null) {
            state.records.holderOfExternalId(type, externalId)
                    .filter(holder -> !holder.equals(RecordKeys.internalId(stored)))
                    .ifPresent(holder -> {
                        throw new RecordError("DUP_RCRD", "This record already exists");
                    });
        }
        RecordRules.Write<Record> write = new RecordRules.Write<>(merged, previous, incoming);
        rules(merged).validate(write, access);
        rules(merged).apply(write, access);
        BeanFields.set(merged, "lastModifiedDate", state.clock.now());
        state.records.put(merged);
        return Responses.written(type, RecordKeys.internalId(merged), externalId);
    }

    @SuppressWarnings("unchecked")
    private RecordRules<Record> rules(Record record) {
        RecordRules<?> found = rules.get(record.getClass());
        if (found == null) {
            throw new RecordError("INVALID_RCRD_TYPE",
                    "The simulator does not store " + record.getClass().getSimpleName() + " records.");
        }
        return (RecordRules<Record>) found;
    }

    private static WriteResponse refusalOr(Record incoming, java.util.function.Supplier<WriteResponse> write) {
        try {
            return write.get();
        } catch (RecordError refused) {
            return Responses.refused(RecordKeys.typeOf(incoming.getClass()).orElse(null),
                    RecordKeys.externalId(incoming), refused.code(), refused.getMessage());
        }
    }
}
