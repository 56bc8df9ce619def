package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.platform.core_2025_2.Record;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;

/**
 * Deep copies of records, and their XML. Stored records never share objects with a request or a
 * response: JAX-WS marshals answers after the account lock is released, and a caller's objects
 * must not change what is stored.
 */
public final class RecordCopier {

    private static final QName RECORD = new QName("urn:messages_2025_2.platform.webservices.netsuite.com", "record");

    private final JAXBContext context;

    public RecordCopier() {
        try {
            context = JAXBContext.newInstance(
                    com.netsuite.webservices.platform.core_2025_2.ObjectFactory.class,
                    com.netsuite.webservices.platform.common_2025_2.ObjectFactory.class,
                    com.netsuite.webservices.transactions.sales_2025_2.ObjectFactory.class,
                    com.netsuite.webservices.transactions.customers_2025_2.ObjectFactory.class,
                    com.netsuite.webservices.transactions.purchases_2025_2.ObjectFactory.class,
                    com.netsuite.webservices.transactions.general_2025_2.ObjectFactory.class,
                    com.netsuite.webservices.transactions.bank_2025_2.ObjectFactory.class,
                    com.netsuite.webservices.lists.accounting_2025_2.ObjectFactory.class,
                    com.netsuite.webservices.lists.relationships_2025_2.ObjectFactory.class,
                    com.netsuite.webservices.lists.marketing_2025_2.ObjectFactory.class,
                    com.netsuite.webservices.setup.customization_2025_2.ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("the generated SuiteTalk types do not form a JAXB context", e);
        }
    }

    @SuppressWarnings("unchecked")
    public <T extends Record> T copy(T record) {
        try {
            String xml = xml(record);
            JAXBElement<Record> element = context.createUnmarshaller()
                    .unmarshal(new StreamSource(new StringReader(xml)), Record.class);
            return (T) element.getValue();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    public String xml(Record record) {
        try {
            Marshaller marshaller = context.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            StringWriter out = new StringWriter();
            marshaller.marshal(new JAXBElement<>(RECORD, Record.class, record), out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + record.getClass().getSimpleName(), e);
        }
    }
}
