package io.suitetok.netsuite.soap;

import com.netsuite.webservices.platform.core_2025_2.Status;
import com.netsuite.webservices.platform.core_2025_2.StatusDetail;
import io.suitetok.netsuite.fault.UnsuccessfulStatusException;

/** Raises an unsuccessful whole-call status as an exception inside the call, where it is retried. */
final class Statuses {

    private Statuses() {
    }

    static void requireSuccess(Status status) throws UnsuccessfulStatusException {
        if (status == null) {
            throw new UnsuccessfulStatusException("HUB_MISSING_STATUS", "the answer carried no status");
        }
        if (!status.isIsSuccess()) {
            StatusDetail detail = WriteResponses.firstError(status);
            throw new UnsuccessfulStatusException(detail == null ? null : detail.getCode(),
                    detail == null ? null : detail.getMessage());
        }
    }
}
