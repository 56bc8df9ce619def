package io.suitetok.sandbox.netsuite.faults;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Answers HTTP 503 in front of the SOAP endpoint when an HTTP_503_BEFORE rule is waiting for the
 * request's operation (read from its SOAPAction header), the way a load balancer would: no SOAP, no
 * processing, nothing committed.
 */
public final class HttpFaultFilter extends Filter {

    private static final byte[] PAGE = ("<html><head><title>503 Service Unavailable</title></head><body>"
            + "<h1>Service Unavailable</h1><p>NetSuite is temporarily unavailable. Please try again later.</p>"
            + "</body></html>").getBytes(StandardCharsets.UTF_8);

    private final FaultInjector faults;

    public HttpFaultFilter(FaultInjector faults) {
        this.faults = faults;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String action = exchange.getRequestHeaders().getFirst("SOAPAction");
        String operation = action == null ? "" : action.replace("\"", "").trim();
        boolean unavailable = "POST".equals(exchange.getRequestMethod())
                && faults.takeHttp503(operation).isPresent();
        if (!unavailable) {
            chain.doFilter(exchange);
            return;
        }
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(503, PAGE.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(PAGE);
        }
    }

    @Override
    public String description() {
        return "answers 503 for injected HTTP_503_BEFORE faults";
    }
}
