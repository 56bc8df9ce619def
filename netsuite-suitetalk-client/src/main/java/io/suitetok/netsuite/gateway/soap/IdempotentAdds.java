package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.platform.core_2025_2.BaseRef;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.fault.FaultClassifier;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.fault.SuiteTalkFault;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.soap.ReadOutcome;
import io.suitetok.netsuite.soap.SuiteTalkClient;
import io.suitetok.netsuite.wire.RecordKeys;
import io.suitetok.netsuite.wire.RecordRefs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes records made with initialize so that a repeat never makes a second one. upsert cannot do
 * that here (an upsert of an initialized record only adds), so the external id's uniqueness does:
 * <ol>
 *   <li>one getList by external id: a record NetSuite holds is answered Written with its internal id,
 *       or, when the plan says so, updated;</li>
 *   <li>the others are built (usually one initialize each, inside the client's concurrency share) and
 *       sent in one addList;</li>
 *   <li>an add refused with DUP_RCRD lost the race to an earlier add whose answer went missing: the
 *       record is read by external id and answered Written with its internal id.</li>
 * </ol>
 * Every failure is that draft's Rejected outcome; nothing throws for one record.
 */
final class IdempotentAdds {

    /** The codes a get answers when nothing holds the external id. */
    private static final Set<String> NOT_FOUND = Set.of("RCRD_DSNT_EXIST", "INVALID_KEY_OR_REF", "INVALID_KEY");

    private final SuiteTalkClient client;
    private final FaultClassifier classifier = new FaultClassifier();

    IdempotentAdds(SuiteTalkClient client) {
        this.client = client;
    }

    /** How one kind of draft becomes a record. */
    interface Plan<D> {

        String externalId(D draft);

        /** A new record for the draft, external id set; may throw {@link DraftRefused} or SuiteTalkException. */
        Record create(D draft);

        /** The update to send for a record that already exists, or empty to answer it as written. */
        default Optional<Record> update(D draft, Record existing) {
            return Optional.empty();
        }
    }

    <D> List<WriteOutcome> write(RecordType type, List<D> drafts, Plan<D> plan) {
        WriteOutcome[] outcomes = new WriteOutcome[drafts.size()];
        List<String> externalIds = drafts.stream().map(plan::externalId).toList();
        List<Lookup> existing = lookUp(type, externalIds);
        List<Integer> toUpdate = new ArrayList<>();
        List<Record> updates = new ArrayList<>();
        List<Integer> toAdd = new ArrayList<>();
        List<Record> adds = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            D draft = drafts.get(i);
            Lookup found = existing.get(i);
            if (found.rejected() != null) {
                outcomes[i] = found.rejected();
            } else if (found.record() != null) {
                Optional<Record> update = plan.update(draft, found.record());
                if (update.isPresent()) {
                    toUpdate.add(i);
                    updates.add(update.get());
                } else {
                    outcomes[i] = written(externalIds.get(i), RecordKeys.internalId(found.record()));
                }
            } else {
                try {
                    adds.add(plan.create(draft));
                    toAdd.add(i);
                } catch (DraftRefused refused) {
                    outcomes[i] = refused.outcome(externalIds.get(i));
                } catch (SuiteTalkException e) {
                    outcomes[i] = rejected(externalIds.get(i), e.fault());
                }
            }
        }
        place(outcomes, toUpdate, updates.isEmpty() ? List.of() : client.updateList(updates));
        place(outcomes, toAdd, adds.isEmpty() ? List.of() : client.addList(adds));
        settleDuplicates(type, outcomes);
        return List.of(outcomes);
    }

    /**
     * The records NetSuite holds under these external ids, one result per id, in order; a getList
     * that fails as a whole rejects every draft with its fault.
     */
    List<Lookup> lookUp(RecordType type, List<String> externalIds) {
        List<BaseRef> refs = externalIds.stream().<BaseRef>map(id -> RecordRefs.external(type, id)).toList();
        List<Lookup> found = new ArrayList<>();
        if (refs.isEmpty()) {
            return found;
        }
        List<ReadOutcome> reads;
        try {
            reads = client.getList(refs);
        } catch (SuiteTalkException e) {
            externalIds.forEach(id -> found.add(new Lookup(null, rejected(id, e.fault()))));
            return found;
        }
        for (int k = 0; k < reads.size(); k++) {
            ReadOutcome read = reads.get(k);
            if (read.found()) {
                found.add(new Lookup(read.recordValue(), null));
            } else if (read.code() == null || NOT_FOUND.contains(read.code())) {
                found.add(new Lookup(null, null));
            } else {
                found.add(new Lookup(null, new WriteOutcome.Rejected(externalIds.get(k), read.code(), read.message(),
                        classifier.classifyCode(read.code(), read.message()))));
            }
        }
        return found;
    }

    /** Internal ids of the records held under these external ids (missing ones left out). */
    Map<String, String> internalIds(RecordType type, List<String> externalIds) {
        List<String> distinct = externalIds.stream().distinct().toList();
        List<Lookup> found = lookUp(type, distinct);
        Map<String, String> ids = new HashMap<>();
        for (int k = 0; k < distinct.size(); k++) {
            if (found.get(k).record() != null) {
                ids.put(distinct.get(k), RecordKeys.internalId(found.get(k).record()));
            }
        }
        return ids;
    }

    private void settleDuplicates(RecordType type, WriteOutcome[] outcomes) {
        List<Integer> duplicates = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] instanceof WriteOutcome.Rejected rejected && "DUP_RCRD".equals(rejected.code())
                    && rejected.externalIdValue() != null) {
                duplicates.add(i);
            }
        }
        if (duplicates.isEmpty()) {
            return;
        }
        List<String> ids = duplicates.stream().map(i -> outcomes[i].externalId().orElseThrow()).toList();
        List<Lookup> found = lookUp(type, ids);
        for (int k = 0; k < duplicates.size(); k++) {
            if (found.get(k).record() != null) {
                outcomes[duplicates.get(k)] = written(ids.get(k), RecordKeys.internalId(found.get(k).record()));
            }
        }
    }

    private static void place(WriteOutcome[] outcomes, List<Integer> indices, List<WriteOutcome> written) {
        for (int k = 0; k < indices.size(); k++) {
            outcomes[indices.get(k)] = written.get(k);
        }
    }

    private static WriteOutcome.Written written(String externalId, String internalId) {
        return new WriteOutcome.Written(externalId, new NetSuiteInternalId(internalId), null);
    }

    static WriteOutcome.Rejected rejected(String externalId, SuiteTalkFault fault) {
        return new WriteOutcome.Rejected(externalId, fault.code(), fault.message(), fault.faultClass());
    }

    /** What a get by external id found: the record, nothing (both null), or a failure to report. */
    record Lookup(Record record, WriteOutcome.Rejected rejected) {
    }
}
