package io.suitetok.localstack.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** The generator sends TikTok's bytes and signature unchanged, counts what was not a 2xx, and reads back its line. */
class WebhookReplayTest {

    @Test
    void everyNotificationIsSentAsCapturedAndNonSuccessAnswersAreCountedAsFailed() throws IOException {
        ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhooks/tiktok", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestHeaders().getFirst("Authorization") + "|" + body);
            exchange.sendResponseHeaders(body.contains("\"bad\"") ? 401 : 200, -1);
            exchange.close();
        });
        server.start();
        try {
            List<WebhookReplay.Notification> notifications = List.of(
                    WebhookReplay.Notification.parse("abc123\t{\"type\":1,\"n\":\"good\"}"),
                    WebhookReplay.Notification.parse("def456\t{\"type\":1,\"n\":\"bad\"}"));
            URI target = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/tiktok");

            ReplayResult result = WebhookReplay.replay(HttpClient.newHttpClient(), target, notifications, 100, 4, 0);

            assertThat(result.sent()).isEqualTo(4);
            assertThat(result.ok()).isEqualTo(2);
            assertThat(result.failed()).isEqualTo(2);
            assertThat(received).containsExactlyInAnyOrder("abc123|{\"type\":1,\"n\":\"good\"}",
                    "def456|{\"type\":1,\"n\":\"bad\"}", "abc123|{\"type\":1,\"n\":\"good\"}",
                    "def456|{\"type\":1,\"n\":\"bad\"}");
            assertThat(result.p50Millis()).isPositive().isLessThanOrEqualTo(result.p99Millis());
            assertThat(ReplayResult.parse(result.line()).line()).isEqualTo(result.line());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void percentilesAreTakenFromTheSortedAnswerTimes() {
        long[] micros = {1_000, 2_000, 3_000, 4_000, 100_000};
        assertThat(WebhookReplay.percentileMillis(micros, 0.5)).isEqualTo(3.0);
        assertThat(WebhookReplay.percentileMillis(micros, 0.99)).isEqualTo(100.0);
        assertThatThrownBy(() -> ReplayResult.parse("not a result")).isInstanceOf(IllegalArgumentException.class);
    }
}
