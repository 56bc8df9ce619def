package io.suitetok.sandbox.netsuite.soap;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Refuses a SOAP request whose body does not follow NetSuite's schema (elements out of order, an
 * element or value NetSuite does not have) before anything is processed, the way NetSuite does: HTTP
 * 500 with a SOAP fault {@code soapenv:Server.userException} whose faultstring is the parser's
 * {@code org.xml.sax.SAXException: ...} and whose detail holds only the host name (no platformFaults
 * element, no code). Valid requests go on to the SOAP runtime unchanged.
 */
public final class SchemaValidationFilter extends Filter {

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            chain.doFilter(exchange);
            return;
        }
        byte[] request = exchange.getRequestBody().readAllBytes();
        Optional<String> violation = RequestSchemaCheck.violation(request);
        if (violation.isEmpty()) {
            exchange.setStreams(new ByteArrayInputStream(request), null);
            chain.doFilter(exchange);
            return;
        }
        byte[] fault = fault("org.xml.sax.SAXException: " + violation.get()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
        exchange.sendResponseHeaders(500, fault.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(fault);
        }
    }

    private static String fault(String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Body><soapenv:Fault>"
                + "<faultcode>soapenv:Server.userException</faultcode>"
                + "<faultstring>" + escape(message) + "</faultstring>"
                + "<detail><ns1:hostname xmlns:ns1=\"http://xml.apache.org/axis/\">suitetok-netsuite-simulator"
                + "</ns1:hostname></detail>"
                + "</soapenv:Fault></soapenv:Body></soapenv:Envelope>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public String description() {
        return "refuses SOAP requests that do not follow NetSuite's schema";
    }
}
