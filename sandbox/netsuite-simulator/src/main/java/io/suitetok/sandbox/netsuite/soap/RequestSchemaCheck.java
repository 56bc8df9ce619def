package io.suitetok.sandbox.netsuite.soap;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Checks the operation element of a SOAP request body against the schema subset (the same XSDs the
 * client is generated from, whose element order and value lists {@code SchemaOrderFactsTest} pins to
 * NetSuite's). Unmarshalling alone accepted anything: JAXB tolerates elements out of order and
 * unknown values, so a request real NetSuite refuses went through the simulator.
 */
public final class RequestSchemaCheck {

    private static final String SOAP_ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final Schema SCHEMA = load();

    private RequestSchemaCheck() {
    }

    /** The first violation, worded like a schema validator, or empty when the body is valid. */
    public static Optional<String> violation(byte[] request) {
        Element body;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            body = firstChild(firstChildNamed(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(request)).getDocumentElement(), "Body"));
        } catch (Exception e) {
            return Optional.of(e.getMessage());
        }
        if (body == null) {
            return Optional.empty();  // not a SOAP call this check knows; the SOAP runtime answers it
        }
        try {
            SCHEMA.newValidator().validate(new DOMSource(body));
            return Optional.empty();
        } catch (SAXException e) {
            return Optional.of(e.getMessage());
        } catch (java.io.IOException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Element firstChildNamed(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && SOAP_ENVELOPE.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static Element firstChild(Element parent) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static Schema load() {
        // platform.messages.xsd imports every record namespace, so xsi:type records resolve.
        URL messages = RequestSchemaCheck.class.getResource("/wsdl/2025_2/platform.messages.xsd");
        if (messages == null) {
            throw new IllegalStateException("the client's wsdl/2025_2 schema subset is not on the classpath");
        }
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(messages);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load the schema subset", e);
        }
    }
}
