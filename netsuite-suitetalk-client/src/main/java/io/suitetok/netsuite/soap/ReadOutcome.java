package io.suitetok.netsuite.soap;

import com.netsuite.webservices.platform.core_2025_2.BaseRef;
import com.netsuite.webservices.platform.core_2025_2.Record;
import java.util.Optional;

/**
 * One record of a get or getList: the record, or NetSuite's code and message for it
 * ({@code RCRD_DSNT_EXIST} for an unknown id). One missing record never hides the others.
 */
public record ReadOutcome(BaseRef requested, Record recordValue, String code, String message) {

    public static ReadOutcome found(BaseRef requested, Record record) {
        return new ReadOutcome(requested, record, null, null);
    }

    public static ReadOutcome missing(BaseRef requested, String code, String message) {
        return new ReadOutcome(requested, null, code, message);
    }

    public boolean found() {
        return recordValue != null;
    }

    public Optional<Record> record() {
        return Optional.ofNullable(recordValue);
    }

    /** The record as {@code type}, when it was found and is of that type. */
    public <T extends Record> Optional<T> record(Class<T> type) {
        return record().filter(type::isInstance).map(type::cast);
    }
}
