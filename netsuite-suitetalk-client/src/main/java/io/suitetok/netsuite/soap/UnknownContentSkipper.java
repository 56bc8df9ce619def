package io.suitetok.netsuite.soap;

import com.netsuite.webservices.platform.core_2025_2.Record;
import io.suitetok.netsuite.metrics.SuiteTalkMetrics;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.soap.SOAPBody;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Makes a real account's answers readable by the subset, before JAXB sees them. A record of a type
 * the subset does not declare (a kit or a non-inventory item in an item search) would make JAXB fail
 * the whole page ("Unable to create an instance of Record"); it is taken out of the answer instead. An
 * element the subset does not declare inside a known record (NetSuite returns every populated field)
 * is ignored by JAXB. Both are logged once per type and element and counted in
 * {@code netsuite.suitetalk.skipped} ({@code what=record|element}, {@code type}), so nothing vanishes
 * unseen.
 */
final class UnknownContentSkipper implements SOAPHandler<SOAPMessageContext> {

    private static final Logger log = LoggerFactory.getLogger(UnknownContentSkipper.class);
    private static final Map<QName, Optional<Class<?>>> TYPES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Set<String>> ELEMENTS = new ConcurrentHashMap<>();
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();
    /** The operations whose answers hold {@code record} elements of whatever type the account has. */
    private static final Set<String> RECORD_OPERATIONS = Set.of("get", "getList", "search", "searchMore",
            "searchMoreWithId", "searchNext", "initialize", "initializeList");

    private final SuiteTalkMetrics metrics;

    UnknownContentSkipper(SuiteTalkMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY)) || !carriesRecords(context)) {
            return true;
        }
        try {
            SOAPBody body = context.getMessage().getSOAPBody();
            if (body != null && !body.hasFault()) {
                skipUnknown(body);
            }
        } catch (SOAPException e) {
            // An answer that cannot be read as SOAP is left to JAX-WS, which classifies it as unreadable.
            log.debug("answer not inspected: {}", e.getMessage());
        }
        return true;
    }

    /**
     * Only answers that carry records of many types need looking at; turning an answer into SAAJ's DOM is
     * costly (most of the time spent reading 1,000 rows of item availability went there), and the other
     * operations answer with fixed types.
     */
    private static boolean carriesRecords(SOAPMessageContext context) {
        Object operation = context.get(MessageContext.WSDL_OPERATION);
        return !(operation instanceof QName name) || RECORD_OPERATIONS.contains(name.getLocalPart());
    }

    private void skipUnknown(SOAPBody body) {
        NodeList records = body.getElementsByTagNameNS("*", "record");
        List<Element> candidates = new ArrayList<>();
        for (int i = 0; i < records.getLength(); i++) {
            candidates.add((Element) records.item(i));
        }
        for (Element record : candidates) {
            QName type = xsiType(record);
            if (type == null) {
                continue;
            }
            Optional<Class<?>> known = TYPES.computeIfAbsent(type, UnknownContentSkipper::generatedClass);
            if (known.isEmpty()) {
                record.getParentNode().removeChild(record);
                skipped("record", type.getLocalPart(), null);
                continue;
            }
            if (!Record.class.isAssignableFrom(known.get())) {
                continue;  // a reference (getDeleted's record is a RecordRef), not a record
            }
            Set<String> declared = ELEMENTS.computeIfAbsent(known.get(), UnknownContentSkipper::elementNames);
            for (Node child = record.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && !declared.contains(element.getLocalName())) {
                    skipped("element", type.getLocalPart(), element.getLocalName());
                }
            }
        }
    }

    private void skipped(String what, String type, String element) {
        metrics.skipped(what, type);
        String key = what + ":" + type + (element == null ? "" : "." + element);
        if (WARNED.add(key)) {
            log.warn(element == null
                    ? "NetSuite returned a {} record, a type the client's schema subset does not declare; skipped"
                    + " (counted in netsuite.suitetalk.skipped, logged once)"
                    : "NetSuite returned {}.{}, an element the client's schema subset does not declare; ignored"
                    + " (counted in netsuite.suitetalk.skipped, logged once)", type, element);
        }
    }

    private static QName xsiType(Element record) {
        String value = record.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
        if (value == null || value.isEmpty()) {
            return null;
        }
        int colon = value.indexOf(':');
        String prefix = colon < 0 ? null : value.substring(0, colon);
        String namespace = record.lookupNamespaceURI(prefix);
        return new QName(namespace == null ? "" : namespace, value.substring(colon + 1));
    }

    /** {@code urn:accounting_2025_2.lists.webservices.netsuite.com} is package {@code com.netsuite.webservices.lists.accounting_2025_2}. */
    private static Optional<Class<?>> generatedClass(QName type) {
        String namespace = type.getNamespaceURI();
        if (!namespace.startsWith("urn:") || !namespace.endsWith(".webservices.netsuite.com")) {
            return Optional.empty();
        }
        String[] parts = namespace.substring(4, namespace.length() - ".webservices.netsuite.com".length()).split("\\.");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            Class<?> generated = Class.forName("com.netsuite.webservices." + parts[1] + "." + parts[0] + "."
                    + type.getLocalPart(), false, Record.class.getClassLoader());
            return Optional.of(generated);
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Set<String> elementNames(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                XmlElement element = field.getAnnotation(XmlElement.class);
                names.add(element != null && !"##default".equals(element.name()) ? element.name() : field.getName());
            }
        }
        return names;
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of();
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        return true;
    }

    @Override
    public void close(MessageContext context) {
    }
}
