package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.Status;
import com.netsuite.webservices.platform.core_2025_2.StatusDetail;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.platform.faults_2025_2.types.StatusDetailType;
import com.netsuite.webservices.platform.messages_2025_2.ReadResponse;
import com.netsuite.webservices.platform.messages_2025_2.WriteResponse;

/** The status and response shapes NetSuite answers with. */
public final class Responses {

    private Responses() {
    }

    public static Status success() {
        Status status = new Status();
        status.setIsSuccess(true);
        return status;
    }

    public static Status failure(String code, String message) {
        Status status = new Status();
        status.setIsSuccess(false);
        StatusDetail detail = new StatusDetail();
        detail.setType(StatusDetailType.ERROR);
        detail.setCode(code);
        detail.setMessage(message);
        status.getStatusDetail().add(detail);
        return status;
    }

    public static WriteResponse written(RecordType type, String internalId, String externalId) {
        WriteResponse response = new WriteResponse();
        response.setStatus(success());
        response.setBaseRef(ref(type, internalId, externalId));
        return response;
    }

    /** A refused record: the failure status, and a baseRef carrying what identifies the record. */
    public static WriteResponse refused(RecordType type, String externalId, String code, String message) {
        WriteResponse response = new WriteResponse();
        response.setStatus(failure(code, message));
        if (type != null) {
            response.setBaseRef(ref(type, null, externalId));
        }
        return response;
    }

    public static ReadResponse read(Record record) {
        ReadResponse response = new ReadResponse();
        response.setStatus(success());
        response.setRecord(record);
        return response;
    }

    public static ReadResponse unread(String code, String message) {
        ReadResponse response = new ReadResponse();
        response.setStatus(failure(code, message));
        return response;
    }

    static RecordRef ref(RecordType type, String internalId, String externalId) {
        RecordRef ref = new RecordRef();
        ref.setType(type);
        ref.setInternalId(internalId);
        ref.setExternalId(externalId);
        return ref;
    }
}
