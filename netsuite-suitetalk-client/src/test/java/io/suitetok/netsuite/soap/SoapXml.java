package io.suitetok.netsuite.soap;

import java.io.StringReader;
import java.util.Iterator;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** XPath over a captured SOAP request, with NetSuite's usual prefixes bound to the real namespaces. */
public final class SoapXml {

    private static final Map<String, String> NAMESPACES = Map.of(
            "soap", "http://schemas.xmlsoap.org/soap/envelope/",
            "xsi", "http://www.w3.org/2001/XMLSchema-instance",
            "platformMsgs", "urn:messages_2025_2.platform.webservices.netsuite.com",
            "platformCore", "urn:core_2025_2.platform.webservices.netsuite.com",
            "platformCommon", "urn:common_2025_2.platform.webservices.netsuite.com",
            "tranSales", "urn:sales_2025_2.transactions.webservices.netsuite.com",
            "listRel", "urn:relationships_2025_2.lists.webservices.netsuite.com");

    private final Document document;
    private final XPath xpath;

    private SoapXml(Document document) {
        this.document = document;
        this.xpath = XPathFactory.newInstance().newXPath();
        this.xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    public static SoapXml parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return new SoapXml(factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML: " + xml, e);
        }
    }

    public String text(String expression) {
        try {
            return xpath.evaluate(expression, document);
        } catch (Exception e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    public int count(String expression) {
        try {
            return ((NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET)).getLength();
        } catch (Exception e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /** The namespace URI an xsi:type value's prefix is bound to at that element. */
    public String xsiTypeNamespace(String elementExpression) {
        try {
            org.w3c.dom.Element element = (org.w3c.dom.Element) xpath.evaluate(elementExpression, document,
                    XPathConstants.NODE);
            String type = element.getAttributeNS(NAMESPACES.get("xsi"), "type");
            String prefix = type.contains(":") ? type.substring(0, type.indexOf(':')) : null;
            return element.lookupNamespaceURI(prefix);
        } catch (Exception e) {
            throw new IllegalArgumentException(elementExpression, e);
        }
    }

    public String xsiTypeLocalName(String elementExpression) {
        String type = text(elementExpression + "/@xsi:type");
        return type.contains(":") ? type.substring(type.indexOf(':') + 1) : type;
    }
}
