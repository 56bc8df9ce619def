package io.suitetok.sandbox.netsuite.account;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Accounting periods closed to posting; a transaction dated inside one is refused with CLOSED_TRAN_PRD. */
final class ClosedPeriods {

    record Period(LocalDate from, LocalDate to) {
    }

    private final List<Period> periods = new ArrayList<>();

    void close(LocalDate from, LocalDate to) {
        periods.add(new Period(from, to));
    }

    void check(OffsetDateTime tranDate) {
        if (tranDate == null) {
            return;
        }
        LocalDate day = tranDate.toLocalDate();
        for (Period period : periods) {
            if (!day.isBefore(period.from()) && !day.isAfter(period.to())) {
                throw new RecordError("CLOSED_TRAN_PRD",
                        "The transaction date you specified is within a closed period. (" + day + ")");
            }
        }
    }

    void clear() {
        periods.clear();
    }
}
