package io.suitetok.netsuite.soap;

import com.netsuite.webservices.platform.core_2025_2.BaseRef;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.StatusDetail;
import com.netsuite.webservices.platform.messages_2025_2.ReadResponse;
import com.netsuite.webservices.platform.messages_2025_2.ReadResponseList;
import io.suitetok.netsuite.list.Chunks;
import io.suitetok.netsuite.list.RecordLimits;
import io.suitetok.netsuite.metrics.SuiteTalkMetrics;
import java.util.ArrayList;
import java.util.List;

/** get and getList, the latter cut into chunks of NetSuite's getList limit; one outcome per reference. */
final class RecordReader {

    private final SuiteTalkCalls calls;
    private final SuiteTalkMetrics metrics;

    RecordReader(SuiteTalkCalls calls, SuiteTalkMetrics metrics) {
        this.calls = calls;
        this.metrics = metrics;
    }

    ReadOutcome get(BaseRef ref) {
        ReadResponse response = calls.call("get", Replay.SAFE, (port, passport) -> port.get(ref, passport, null));
        ReadOutcome outcome = toOutcome(ref, response);
        count("get", List.of(outcome));
        return outcome;
    }

    List<ReadOutcome> getList(List<? extends BaseRef> refs) {
        List<ReadOutcome> outcomes = new ArrayList<>(refs.size());
        for (List<? extends BaseRef> chunk : Chunks.of(refs, RecordLimits.GET_LIST)) {
            List<BaseRef> batch = new ArrayList<>(chunk);
            ReadResponseList list = calls.call("getList", Replay.SAFE,
                    (port, passport) -> port.getList(batch, passport, null));
            List<ReadResponse> responses = list == null ? List.of() : list.getReadResponse();
            for (int i = 0; i < batch.size(); i++) {
                ReadResponse response = i < responses.size() ? responses.get(i) : null;
                outcomes.add(toOutcome(batch.get(i), response));
            }
        }
        count("getList", outcomes);
        return outcomes;
    }

    private void count(String operation, List<ReadOutcome> outcomes) {
        long found = outcomes.stream().filter(ReadOutcome::found).count();
        metrics.records(operation, "read", (int) found);
        metrics.records(operation, "missing", outcomes.size() - (int) found);
    }

    static ReadOutcome toOutcome(BaseRef requested, ReadResponse response) {
        if (response == null || response.getStatus() == null) {
            return ReadOutcome.missing(requested, "HUB_MISSING_RESPONSE", "no readResponse for this reference");
        }
        Record record = response.getRecord();
        if (response.getStatus().isIsSuccess() && record != null) {
            return ReadOutcome.found(requested, record);
        }
        StatusDetail detail = WriteResponses.firstError(response.getStatus());
        return ReadOutcome.missing(requested, detail == null ? "UNKNOWN" : detail.getCode(),
                detail == null ? "" : detail.getMessage());
    }
}
