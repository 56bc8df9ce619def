package io.suitetok.netsuite.soap;

import com.netsuite.webservices.platform.core_2025_2.BaseRef;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.messages_2025_2.WriteResponse;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.config.RetryPolicy;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.fault.FaultClassifier;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.fault.SuiteTalkFault;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.governance.JitteredBackoff;
import io.suitetok.netsuite.list.Chunks;
import io.suitetok.netsuite.metrics.SuiteTalkMetrics;
import io.suitetok.netsuite.wire.RecordKeys;
import io.suitetok.netsuite.wire.RecordRefs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a list of records in chunks of the operation's limit and returns one outcome per record, in
 * order. Each chunk is one request through {@link SuiteTalkCalls}. Afterwards, per record:
 * <ul>
 *   <li>a record NetSuite answered with a transient code is sent again in a later round;</li>
 *   <li>{@code RCRD_HAS_BEEN_CHANGED}: the record is read again, and sent again if it still exists;</li>
 *   <li>an add whose answer was lost (timeout, dropped connection, 5xx) is looked up by external id:
 *       a record found is the one that add created; only records not found are added again, and if
 *       such an add then meets "already exists", the look-up settles it. Records without an external id
 *       cannot be looked up and come back as {@code HUB_OUTCOME_UNKNOWN}.</li>
 * </ul>
 * A failure of a whole request after its retries marks every record of that chunk rejected with the
 * fault's code; it does not touch the other chunks.
 */
final class RecordWriter {

    private static final Logger log = LoggerFactory.getLogger(RecordWriter.class);
    private static final int ROUNDS = 3;

    private final SuiteTalkCalls calls;
    private final RecordReader reader;
    private final FaultClassifier classifier;
    private final SuiteTalkMetrics metrics;
    private final JitteredBackoff backoff;

    RecordWriter(SuiteTalkCalls calls, RecordReader reader, FaultClassifier classifier, SuiteTalkMetrics metrics,
                 RetryPolicy retry) {
        this.calls = calls;
        this.reader = reader;
        this.classifier = classifier;
        this.metrics = metrics;
        this.backoff = new JitteredBackoff(retry);
    }

    List<WriteOutcome> write(WriteOperation operation, List<? extends Record> records) {
        WriteOutcome[] outcomes = new WriteOutcome[records.size()];
        Set<Integer> sentWithLostAnswer = new HashSet<>();
        List<Integer> pending = indices(records.size());
        for (int round = 1; round <= ROUNDS && !pending.isEmpty(); round++) {
            if (round > 1 && !pause(round - 1)) {
                break;
            }
            Round result = new Round();
            for (List<Integer> chunk : Chunks.of(pending, operation.chunkSize())) {
                sendChunk(operation, records, chunk, outcomes, sentWithLostAnswer, result);
            }
            settleDuplicatesOfLostAdds(records, result.duplicatesOfLostAdds, outcomes);
            result.again.addAll(stillPresent(records, result.reread, outcomes));
            pending = result.again;
        }
        long written = Arrays.stream(outcomes).filter(WriteOutcome::written).count();
        metrics.records(operation.name(), "written", (int) written);
        metrics.records(operation.name(), "rejected", outcomes.length - (int) written);
        return List.of(outcomes);
    }

    private void sendChunk(WriteOperation operation, List<? extends Record> records, List<Integer> chunk,
                           WriteOutcome[] outcomes, Set<Integer> sentWithLostAnswer, Round round) {
        List<Record> batch = chunk.stream().<Record>map(records::get).toList();
        List<WriteResponse> responses;
        try {
            responses = calls.call(operation.name(), operation.replay(),
                    (port, passport) -> operation.invoker().invoke(port, passport, batch));
        } catch (SuiteTalkException e) {
            SuiteTalkFault fault = e.fault();
            if (operation.adds() && fault.outcomeUnknown()) {
                sentWithLostAnswer.addAll(chunk);
                resolveLostAdds(records, chunk, outcomes, round, fault);
            } else {
                for (int index : chunk) {
                    outcomes[index] = new WriteOutcome.Rejected(RecordKeys.externalId(records.get(index)),
                            fault.code(), fault.message(), fault.faultClass());
                }
            }
            return;
        }
        for (int k = 0; k < chunk.size(); k++) {
            int index = chunk.get(k);
            WriteResponse response = responses != null && k < responses.size() ? responses.get(k) : null;
            WriteOutcome outcome = WriteResponses.toOutcome(response, records.get(index), classifier);
            outcomes[index] = outcome;
            if (outcome instanceof WriteOutcome.Rejected rejected) {
                if (sentWithLostAnswer.contains(index) && isDuplicate(rejected)) {
                    round.duplicatesOfLostAdds.add(index);
                } else if (rejected.faultClass() == FaultClass.REREAD_THEN_RETRY) {
                    round.reread.add(index);
                } else if (rejected.faultClass().retryNow()) {
                    round.again.add(index);
                }
            }
        }
    }

    /** The answer to an add was lost: what NetSuite has under those external ids is what the add did. */
    private void resolveLostAdds(List<? extends Record> records, List<Integer> chunk, WriteOutcome[] outcomes,
                                 Round round, SuiteTalkFault fault) {
        log.info("answer to an add of {} record(s) was lost ({}); looking them up by external id", chunk.size(),
                fault.code());
        List<Integer> lookup = new ArrayList<>();
        for (int index : chunk) {
            String externalId = RecordKeys.externalId(records.get(index));
            outcomes[index] = new WriteOutcome.Rejected(externalId, SuiteTalkFault.OUTCOME_UNKNOWN,
                    "the answer was lost (" + fault.code() + ") and the record could not be looked up",
                    FaultClass.RETRY);
            if (externalId != null) {
                lookup.add(index);
            }
        }
        List<Integer> notFound = lookUp(records, lookup, outcomes);
        round.again.addAll(notFound);
    }

    private void settleDuplicatesOfLostAdds(List<? extends Record> records, List<Integer> duplicates,
                                            WriteOutcome[] outcomes) {
        if (!duplicates.isEmpty()) {
            lookUp(records, duplicates, outcomes);
        }
    }

    /** Looks records up by type and external id; sets found ones as written and returns the rest. */
    private List<Integer> lookUp(List<? extends Record> records, List<Integer> indices, WriteOutcome[] outcomes) {
        if (indices.isEmpty()) {
            return List.of();
        }
        List<BaseRef> refs = indices.stream()
                .<BaseRef>map(i -> RecordRefs.external(RecordKeys.type(records.get(i)),
                        RecordKeys.externalId(records.get(i))))
                .toList();
        List<ReadOutcome> found;
        try {
            found = reader.getList(refs);
        } catch (SuiteTalkException e) {
            log.warn("look-up by external id failed ({}); {} record(s) stay unresolved", e.fault().code(),
                    indices.size());
            return List.of();
        }
        List<Integer> missing = new ArrayList<>();
        for (int k = 0; k < indices.size(); k++) {
            int index = indices.get(k);
            ReadOutcome read = found.get(k);
            if (read.found()) {
                String internalId = RecordKeys.internalId(read.recordValue());
                outcomes[index] = new WriteOutcome.Written(RecordKeys.externalId(records.get(index)),
                        new NetSuiteInternalId(internalId), null);
            } else {
                missing.add(index);
            }
        }
        return missing;
    }

    /** Re-reads records NetSuite reported as changed meanwhile; those still there are sent again. */
    private List<Integer> stillPresent(List<? extends Record> records, List<Integer> changed, WriteOutcome[] outcomes) {
        if (changed.isEmpty()) {
            return List.of();
        }
        List<BaseRef> refs = changed.stream().<BaseRef>map(i -> currentRef(records.get(i))).toList();
        List<ReadOutcome> current;
        try {
            current = reader.getList(refs);
        } catch (SuiteTalkException e) {
            return List.of();
        }
        List<Integer> again = new ArrayList<>();
        for (int k = 0; k < changed.size(); k++) {
            if (current.get(k).found()) {
                again.add(changed.get(k));
            } else {
                WriteOutcome.Rejected before = (WriteOutcome.Rejected) outcomes[changed.get(k)];
                outcomes[changed.get(k)] = new WriteOutcome.Rejected(before.externalIdValue(),
                        current.get(k).code(), current.get(k).message(), FaultClass.DO_NOT_RETRY);
            }
        }
        return again;
    }

    private static BaseRef currentRef(Record record) {
        String internalId = RecordKeys.internalId(record);
        return internalId != null
                ? RecordRefs.internal(RecordKeys.type(record), internalId)
                : RecordRefs.external(RecordKeys.type(record), RecordKeys.externalId(record));
    }

    private static boolean isDuplicate(WriteOutcome.Rejected rejected) {
        return rejected.code().startsWith("DUP_") || rejected.message().contains("already exists");
    }

    /** Waits before the next round; false when interrupted, which ends the rounds with what is known. */
    private boolean pause(int failedRounds) {
        try {
            Thread.sleep(backoff.delayAfter(failedRounds).toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<Integer> indices(int size) {
        List<Integer> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(i);
        }
        return all;
    }

    /** What one round leaves for the next. */
    private static final class Round {
        final List<Integer> again = new ArrayList<>();
        final List<Integer> reread = new ArrayList<>();
        final List<Integer> duplicatesOfLostAdds = new ArrayList<>();
    }
}
