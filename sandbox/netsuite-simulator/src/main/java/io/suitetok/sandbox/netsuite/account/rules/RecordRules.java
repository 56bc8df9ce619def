package io.suitetok.sandbox.netsuite.account.rules;

import com.netsuite.webservices.platform.core_2025_2.Record;

/**
 * What NetSuite checks and does when one record type is stored. {@link #validate} throws
 * {@link io.suitetok.sandbox.netsuite.account.RecordError} and changes nothing; {@link #apply} sets
 * derived fields and moves stock, and runs only after validation passed.
 */
public interface RecordRules<T extends Record> {

    Class<T> type();

    void validate(Write<T> write, AccountAccess account);

    void apply(Write<T> write, AccountAccess account);

    /**
     * One write: {@code record} is what will be stored (for an update, the stored record with the
     * request's fields merged in); {@code previous} the record before an update, else {@code null};
     * {@code incoming} the record exactly as the request sent it.
     */
    record Write<T extends Record>(T record, T previous, T incoming) {

        public boolean isUpdate() {
            return previous != null;
        }
    }
}
