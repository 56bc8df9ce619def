package io.suitetok.sandbox.tiktok;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny webhook endpoint for tests: records every request (raw body and Authorization header) and
 * answers 200, optionally only after a delay for the first N requests (a slow receiver).
 */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger slowRemaining = new AtomicInteger();
    private volatile Duration slowDelay = Duration.ZERO;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhooks", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            synchronized (received) {
                received.add(new Received(body, exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), System.nanoTime()));
            }
            if (slowRemaining.getAndDecrement() > 0) {
                try {
                    Thread.sleep(slowDelay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
    }

    /** The next {@code count} requests are answered only after {@code delay}. */
    void answerSlowly(int count, Duration delay) {
        slowDelay = delay;
        slowRemaining.set(count);
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    record Received(byte[] body, String authorization, String contentType, long atNanos) {
        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
