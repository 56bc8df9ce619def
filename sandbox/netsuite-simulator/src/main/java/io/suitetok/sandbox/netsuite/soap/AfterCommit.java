package io.suitetok.sandbox.netsuite.soap;

import com.sun.net.httpserver.HttpExchange;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to an answer after the write committed, when a fault rule says so: the connection
 * drops with no answer, a 502 comes back instead, or the answer is held past the caller's timeout.
 * In every case the records are stored; only the caller does not learn it.
 */
final class AfterCommit {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);
    private static final byte[] BAD_GATEWAY = ("<html><head><title>502 Bad Gateway</title></head>"
            + "<body><h1>Bad Gateway</h1></body></html>").getBytes(StandardCharsets.UTF_8);

    private AfterCommit() {
    }

    static void apply(FaultRule rule, HttpExchange exchange) {
        log.info("fault injection: {} after commit of {}", rule.kind(), rule.operation());
        switch (rule.kind()) {
            case LOSE_RESPONSE_AFTER_COMMIT -> {
                // Closing an exchange before any header is sent closes the TCP connection itself.
                exchange.close();
                throw new AnswerWithheld();
            }
            case HTTP_502_AFTER_COMMIT -> {
                try {
                    exchange.getResponseHeaders().set("Content-Type", "text/html");
                    exchange.sendResponseHeaders(502, BAD_GATEWAY.length);
                    try (OutputStream body = exchange.getResponseBody()) {
                        body.write(BAD_GATEWAY);
                    }
                } catch (IOException e) {
                    log.debug("client went away before the 502", e);
                }
                throw new AnswerWithheld();
            }
            case HANG_AFTER_COMMIT -> pause(rule.delayMillis());
            default -> throw new IllegalArgumentException(rule.kind() + " is not an after-commit fault");
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The answer was already dealt with on the HTTP exchange; the SOAP layer must not write one. */
    static final class AnswerWithheld extends RuntimeException {
        AnswerWithheld() {
            super("answer withheld by fault injection", null, false, false);
        }
    }
}
