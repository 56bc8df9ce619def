package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.lists.relationships_2025_2.Customer;
import io.suitetok.netsuite.gateway.CustomerDraft;

/** A {@link CustomerDraft} as a SuiteTalk {@code Customer}. */
final class CustomerMapper {

    private CustomerMapper() {
    }

    static Customer toCustomer(CustomerDraft draft) {
        Customer customer = new Customer();
        customer.setExternalId(draft.externalId());
        customer.setIsPerson(draft.person());
        if (draft.person()) {
            customer.setFirstName(draft.firstName());
            customer.setLastName(draft.lastName());
        } else {
            customer.setCompanyName(draft.companyName());
        }
        customer.setEmail(draft.email());
        customer.setPhone(draft.phone());
        customer.setSubsidiary(SalesOrderMapper.ref(draft.subsidiary()));
        customer.setCurrency(SalesOrderMapper.ref(draft.currency()));
        return customer;
    }
}
