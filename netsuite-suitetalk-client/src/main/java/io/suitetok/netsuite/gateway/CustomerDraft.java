package io.suitetok.netsuite.gateway;

import io.suitetok.model.Required;
import io.suitetok.model.id.NetSuiteInternalId;

/**
 * A customer keyed by external id (for example {@code TTS-BUYER-<buyerId>}). A person has first and
 * last name; a company has a company name.
 */
public record CustomerDraft(String externalId, NetSuiteInternalId subsidiary, boolean person, String firstName,
                            String lastName, String companyName, String email, String phone,
                            NetSuiteInternalId currency) {

    public CustomerDraft {
        Required.present("externalId", externalId, "subsidiary", subsidiary);
    }
}
