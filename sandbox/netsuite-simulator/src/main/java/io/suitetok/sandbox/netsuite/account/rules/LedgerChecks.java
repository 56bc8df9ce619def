package io.suitetok.sandbox.netsuite.account.rules;

import com.netsuite.webservices.lists.accounting_2025_2.Subsidiary;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import io.suitetok.sandbox.netsuite.account.GlAccount;
import io.suitetok.sandbox.netsuite.account.RecordError;

/**
 * The checks journal entries and deposits share: GL accounts against the seeded chart of accounts
 * and the transaction's currency against its subsidiary's. Account checks apply once a chart is
 * seeded, so older fixtures without one keep working.
 */
final class LedgerChecks {

    private LedgerChecks() {
    }

    /** The account a line or header names: it exists, is active and its subsidiary may post to it. */
    static GlAccount postable(AccountAccess account, RecordRef ref, RecordRef subsidiary, String field) {
        if (ref == null) {
            throw RecordError.missingValue("Account");
        }
        GlAccount gl = account.glAccount(ref)
                .orElseThrow(() -> RecordError.invalidReference(field, String.valueOf(ref.getInternalId())));
        if (gl.inactive()) {
            throw RecordError.invalidReference(field, gl.internalId());
        }
        String subsidiaryId = subsidiary == null ? null : subsidiary.getInternalId();
        if (!gl.availableTo(subsidiaryId)) {
            throw new RecordError("INVALID_KEY_OR_REF", "Invalid " + field + " reference key " + gl.internalId()
                    + " for subsidiary " + subsidiaryId + ".");
        }
        return gl;
    }

    /** The transaction's currency, when it names one, is its subsidiary's base currency. */
    static void currencyOfSubsidiary(AccountAccess account, RecordRef currency, RecordRef subsidiary) {
        account.requireCurrencyIfPresent(currency);
        if (currency == null || subsidiary == null) {
            return;
        }
        account.resolve(RecordType.SUBSIDIARY, subsidiary)
                .map(record -> ((Subsidiary) record).getCurrency())
                .filter(base -> base.getInternalId() != null
                        && !base.getInternalId().equals(currency.getInternalId()))
                .ifPresent(base -> {
                    throw new RecordError("USER_ERROR", "The currency " + currency.getInternalId()
                            + " is not the currency of subsidiary " + subsidiary.getInternalId() + ".");
                });
    }
}
