package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import io.suitetok.sandbox.netsuite.account.rules.AccountAccess;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** {@link AccountAccess} over the account's state. */
final class StateAccess implements AccountAccess {

    private final AccountState state;

    StateAccess(AccountState state) {
        this.state = state;
    }

    @Override
    public Optional<Record> resolve(RecordType type, RecordRef ref) {
        return state.resolve(type, ref);
    }

    @Override
    public <T extends Record> T require(RecordType type, RecordRef ref, String field, Class<T> as) {
        return state.require(type, ref, field, as);
    }

    @Override
    public void requireIfPresent(RecordType type, RecordRef ref, String field) {
        state.requireIfPresent(type, ref, field);
    }

    @Override
    public void requireCurrencyIfPresent(RecordRef currency) {
        state.requireCurrencyIfPresent(currency);
    }

    @Override
    public Optional<GlAccount> glAccount(RecordRef ref) {
        return ref == null || ref.getInternalId() == null ? Optional.empty()
                : Optional.ofNullable(state.glAccounts.get(ref.getInternalId()));
    }

    @Override
    public boolean hasChartOfAccounts() {
        return !state.glAccounts.isEmpty();
    }

    @Override
    public void requireOpenPeriod(OffsetDateTime tranDate) {
        state.closedPeriods.check(tranDate);
    }

    @Override
    public List<Record> all(RecordType type) {
        return state.records.all(type);
    }

    @Override
    public OffsetDateTime now() {
        return state.clock.now();
    }

    @Override
    public StockLevel stock(String item, String location) {
        return state.ledger.level(item, location);
    }

    @Override
    public void commit(String item, String location, BigDecimal committed, BigDecimal backOrdered) {
        state.ledger.commit(item, location, committed, backOrdered);
    }

    @Override
    public void ship(String item, String location, BigDecimal quantity) {
        state.ledger.ship(item, location, quantity, BigDecimal.ZERO);
    }

    @Override
    public void receive(String item, String location, BigDecimal quantity) {
        state.ledger.receive(item, location, quantity);
    }

    @Override
    public void replace(Record record) {
        state.records.put(record);
    }
}
