package io.suitetok.sandbox.netsuite.account.rules;

import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import io.suitetok.sandbox.netsuite.account.GlAccount;
import io.suitetok.sandbox.netsuite.account.StockLevel;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** What record rules may read and change in the account while a write is being stored. */
public interface AccountAccess {

    Optional<Record> resolve(RecordType type, RecordRef ref);

    /** The referenced record, or INVALID_KEY_OR_REF naming {@code field}. */
    <T extends Record> T require(RecordType type, RecordRef ref, String field, Class<T> as);

    void requireIfPresent(RecordType type, RecordRef ref, String field);

    void requireCurrencyIfPresent(RecordRef currency);

    /** The seeded GL account a reference names by internal id. */
    Optional<GlAccount> glAccount(RecordRef ref);

    /** Whether any GL account was seeded: the chart is only enforced once there is one. */
    boolean hasChartOfAccounts();

    /** CLOSED_TRAN_PRD when the date falls in a closed period. */
    void requireOpenPeriod(OffsetDateTime tranDate);

    List<Record> all(RecordType type);

    OffsetDateTime now();

    StockLevel stock(String item, String location);

    /** Adds to committed and back-ordered quantities (negative values release). */
    void commit(String item, String location, BigDecimal committed, BigDecimal backOrdered);

    /** Takes shipped quantity off hand. */
    void ship(String item, String location, BigDecimal quantity);

    /** Puts received quantity on hand (returned goods), moving the row's last quantity change. */
    void receive(String item, String location, BigDecimal quantity);

    /** Stores a changed copy of another record (the order a fulfilment ships from). */
    void replace(Record record);
}
