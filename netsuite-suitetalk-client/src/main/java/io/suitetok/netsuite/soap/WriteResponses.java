package io.suitetok.netsuite.soap;

import com.netsuite.webservices.platform.core_2025_2.BaseRef;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.Status;
import com.netsuite.webservices.platform.core_2025_2.StatusDetail;
import com.netsuite.webservices.platform.faults_2025_2.types.StatusDetailType;
import com.netsuite.webservices.platform.messages_2025_2.WriteResponse;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.fault.FaultClassifier;
import io.suitetok.netsuite.fault.SuiteTalkFault;
import io.suitetok.netsuite.gateway.NetSuiteError;
import io.suitetok.netsuite.gateway.WriteOutcome;
import java.util.ArrayList;
import java.util.List;
import io.suitetok.netsuite.wire.RecordKeys;

/**
 * Turns one {@code writeResponse} into a {@link WriteOutcome}. A failed record is not a SOAP fault:
 * it is HTTP 200 with {@code status isSuccess="false"} and a {@code statusDetail} carrying the code,
 * so every write response is read, record by record.
 */
final class WriteResponses {

    private WriteResponses() {
    }

    static WriteOutcome toOutcome(WriteResponse response, Record sent, FaultClassifier classifier) {
        String externalId = RecordKeys.externalId(sent);
        if (response == null || response.getStatus() == null) {
            return new WriteOutcome.Rejected(externalId, SuiteTalkFault.MISSING_RESPONSE,
                    "NetSuite returned no writeResponse for this record", FaultClass.RETRY);
        }
        Status status = response.getStatus();
        if (status.isIsSuccess()) {
            BaseRef ref = response.getBaseRef();
            String internalId = ref instanceof RecordRef recordRef ? recordRef.getInternalId() : null;
            if (internalId == null || internalId.isBlank()) {
                return new WriteOutcome.Rejected(externalId, SuiteTalkFault.MISSING_RESPONSE,
                        "writeResponse succeeded without an internalId", FaultClass.RETRY);
            }
            String confirmedExternalId = ref instanceof RecordRef recordRef && recordRef.getExternalId() != null
                    ? recordRef.getExternalId() : externalId;
            return new WriteOutcome.Written(confirmedExternalId, new NetSuiteInternalId(internalId), null);
        }
        StatusDetail error = firstError(status);
        String code = error == null || error.getCode() == null ? "UNKNOWN" : error.getCode();
        String message = error == null ? "" : error.getMessage();
        return new WriteOutcome.Rejected(externalId, code, message, classifier.classifyCode(code, message),
                allDetails(status));
    }

    /** Every statusDetail, in NetSuite's order: a record refused for two reasons shows both. */
    static List<NetSuiteError> allDetails(Status status) {
        List<NetSuiteError> details = new ArrayList<>();
        for (StatusDetail detail : status.getStatusDetail()) {
            details.add(new NetSuiteError(detail.getType() == null ? null : detail.getType().value(),
                    detail.getCode(), detail.getMessage()));
        }
        return details;
    }

    /** The first ERROR detail; warnings that precede it do not hide it. */
    static StatusDetail firstError(Status status) {
        StatusDetail first = null;
        for (StatusDetail detail : status.getStatusDetail()) {
            if (detail.getType() == StatusDetailType.ERROR) {
                return detail;
            }
            if (first == null) {
                first = detail;
            }
        }
        return first;
    }
}
