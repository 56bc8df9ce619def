package io.suitetok.sandbox.netsuite.account.rules;

import com.netsuite.webservices.lists.accounting_2025_2.Location;
import com.netsuite.webservices.lists.accounting_2025_2.PriceLevel;
import com.netsuite.webservices.lists.accounting_2025_2.Subsidiary;
import com.netsuite.webservices.platform.core_2025_2.Record;
import io.suitetok.sandbox.netsuite.account.RecordError;
import java.util.List;
import java.util.function.Function;

/** Subsidiaries, locations and price levels: the reference data orders point at. They need a name. */
public final class ReferenceRules<T extends Record> implements RecordRules<T> {

    private final Class<T> type;
    private final Function<T, String> name;

    private ReferenceRules(Class<T> type, Function<T, String> name) {
        this.type = type;
        this.name = name;
    }

    public static List<RecordRules<?>> all() {
        return List.of(new ReferenceRules<>(Subsidiary.class, Subsidiary::getName),
                new ReferenceRules<>(Location.class, Location::getName),
                new ReferenceRules<>(PriceLevel.class, PriceLevel::getName));
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public void validate(Write<T> write, AccountAccess account) {
        String value = name.apply(write.record());
        if (value == null || value.isBlank()) {
            throw RecordError.missingValue("Name");
        }
    }

    @Override
    public void apply(Write<T> write, AccountAccess account) {
        // Nothing derived.
    }
}
