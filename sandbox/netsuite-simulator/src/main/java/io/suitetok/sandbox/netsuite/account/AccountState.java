package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one simulated account holds, shared by the account's operations. Only touched while
 * {@link SimulatedAccount}'s lock is held.
 */
final class AccountState {

    final MonotonicClock clock;
    final RecordStore records = new RecordStore();
    final InventoryLedger ledger;
    final ClosedPeriods closedPeriods = new ClosedPeriods();
    final Set<String> currencies = new HashSet<>();
    final PricingBook pricing = new PricingBook();
    /** The chart of accounts by internal id; seeded only, never written over SOAP. */
    final Map<String, GlAccount> glAccounts = new LinkedHashMap<>();
    final RecordCopier copier;

    AccountState(MonotonicClock clock, RecordCopier copier) {
        this.clock = clock;
        this.copier = copier;
        this.ledger = new InventoryLedger(clock);
    }

    /** The record a reference points to, by internal id or else by external id. */
    Optional<Record> resolve(RecordType type, RecordRef ref) {
        if (ref == null) {
            return Optional.empty();
        }
        Optional<Record> byInternal = records.byInternalId(type, ref.getInternalId());
        return byInternal.isPresent() ? byInternal : records.byExternalId(type, ref.getExternalId());
    }

    /** Resolves a reference that must exist; {@code field} names it in the error, as NetSuite does. */
    <T extends Record> T require(RecordType type, RecordRef ref, String field, Class<T> as) {
        Record record = resolve(type, ref).orElseThrow(() -> RecordError.invalidReference(field, key(ref)));
        return as.cast(record);
    }

    void requireIfPresent(RecordType type, RecordRef ref, String field) {
        if (ref != null) {
            resolve(type, ref).orElseThrow(() -> RecordError.invalidReference(field, key(ref)));
        }
    }

    void requireCurrencyIfPresent(RecordRef currency) {
        if (currency != null && !currencies.isEmpty() && !currencies.contains(currency.getInternalId())) {
            throw RecordError.invalidReference("currency", key(currency));
        }
    }

    static String key(RecordRef ref) {
        return ref.getInternalId() != null ? ref.getInternalId() : String.valueOf(ref.getExternalId());
    }

    void clear() {
        records.clear();
        ledger.clear();
        closedPeriods.clear();
        currencies.clear();
        glAccounts.clear();
        pricing.clear();
    }
}
