package io.suitetok.netsuite.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What an XSD declares, read from the files themselves: per named complexType the element names of
 * its own sequence (an {@code ref="prefix:name"} counts as {@code name}), and per named simpleType its
 * enumeration values.
 */
record XsdDeclarations(Map<String, List<String>> sequences, Map<String, List<String>> enumerations) {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema";

    static XsdDeclarations readDirectory(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            XsdDeclarations all = new XsdDeclarations(new LinkedHashMap<>(), new LinkedHashMap<>());
            files.filter(file -> file.toString().endsWith(".xsd")).sorted().forEach(all::read);
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XsdDeclarations readText(String xsd) {
        XsdDeclarations one = new XsdDeclarations(new LinkedHashMap<>(), new LinkedHashMap<>());
        one.parse(new org.xml.sax.InputSource(new java.io.StringReader(xsd)));
        return one;
    }

    private void read(Path file) {
        parse(new org.xml.sax.InputSource(file.toUri().toString()));
    }

    private void parse(org.xml.sax.InputSource source) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element schema = factory.newDocumentBuilder().parse(source).getDocumentElement();
            for (Element type : children(schema, "complexType")) {
                List<String> names = new ArrayList<>();
                collectSequence(type, names);
                put(sequences, type.getAttribute("name"), names);
            }
            for (Element type : children(schema, "simpleType")) {
                List<String> values = new ArrayList<>();
                for (Element restriction : children(type, "restriction")) {
                    for (Element value : children(restriction, "enumeration")) {
                        values.add(value.getAttribute("value"));
                    }
                }
                put(enumerations, type.getAttribute("name"), values);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + source.getSystemId(), e);
        }
    }

    private static void put(Map<String, List<String>> map, String name, List<String> values) {
        if (map.put(name, values) != null) {
            throw new IllegalStateException("type " + name + " declared twice");
        }
    }

    /** The sequence directly under the type or under its complexContent extension/restriction. */
    private static void collectSequence(Element parent, List<String> names) {
        for (Element child : children(parent, null)) {
            switch (child.getLocalName()) {
                case "sequence" -> {
                    for (Element element : children(child, "element")) {
                        String name = element.getAttribute("name");
                        if (name.isEmpty()) {
                            String ref = element.getAttribute("ref");
                            name = ref.substring(ref.indexOf(':') + 1);
                        }
                        names.add(name);
                    }
                }
                case "complexContent", "extension", "restriction" -> collectSequence(child, names);
                default -> { }
            }
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && XSD.equals(element.getNamespaceURI())
                    && (localName == null || localName.equals(element.getLocalName()))) {
                found.add(element);
            }
        }
        return found;
    }
}
