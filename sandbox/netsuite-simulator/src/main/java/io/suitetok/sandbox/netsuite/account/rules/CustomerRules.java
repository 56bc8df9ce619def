package io.suitetok.sandbox.netsuite.account.rules;

import com.netsuite.webservices.lists.relationships_2025_2.Customer;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import io.suitetok.sandbox.netsuite.account.RecordError;

/** Customers need a subsidiary and a name: first and last for a person, a company name otherwise. */
public final class CustomerRules implements RecordRules<Customer> {

    @Override
    public Class<Customer> type() {
        return Customer.class;
    }

    @Override
    public void validate(Write<Customer> write, AccountAccess account) {
        Customer customer = write.record();
        if (customer.getSubsidiary() == null) {
            throw RecordError.missingValue("Primary Subsidiary");
        }
        account.requireIfPresent(RecordType.SUBSIDIARY, customer.getSubsidiary(), "subsidiary");
        account.requireIfPresent(RecordType.PRICE_LEVEL, customer.getPriceLevel(), "pricelevel");
        account.requireCurrencyIfPresent(customer.getCurrency());
        if (Boolean.TRUE.equals(customer.isIsPerson())) {
            if (blank(customer.getFirstName()) || blank(customer.getLastName())) {
                throw RecordError.missingValue("First Name, Last Name");
            }
        } else if (blank(customer.getCompanyName())) {
            throw RecordError.missingValue("Company Name");
        }
    }

    @Override
    public void apply(Write<Customer> write, AccountAccess account) {
        Customer customer = write.record();
        if (blank(customer.getEntityId())) {
            customer.setEntityId(Boolean.TRUE.equals(customer.isIsPerson())
                    ? customer.getFirstName() + " " + customer.getLastName() : customer.getCompanyName());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
