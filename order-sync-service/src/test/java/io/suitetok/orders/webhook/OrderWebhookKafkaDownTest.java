package io.suitetok.orders.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.orders.OrderSyncApplication;
import io.suitetok.testkit.EmbeddedHubApplication;
import io.suitetok.testkit.IsolationName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Kafka away: the webhook is not acknowledged, so TikTok delivers it again later. */
class OrderWebhookKafkaDownTest {

    @Test
    void whenKafkaCannotTakeTheNotificationTheAnswerIs503() throws Exception {
        try (ConfigurableApplicationContext service = EmbeddedHubApplication.start(OrderSyncApplication.class,
                IsolationName.of(OrderWebhookKafkaDownTest.class),
                "--spring.kafka.bootstrap-servers=127.0.0.1:9", "--spring.kafka.admin.auto-create=false",
                "--hub.outbox.relay-enabled=false",
                "--hub.tiktok.app-key=" + SignedWebhooks.APP_KEY, "--hub.tiktok.app-secret=" + SignedWebhooks.APP_SECRET,
                "--hub.tiktok.token-table=order_kafka_down_tokens.shop_token", "--hub.orders.flush-enabled=false",
                "--hub.orders.poll-enabled=false", "--hub.netsuite.account-id=TSTDRV0000001",
                "--hub.netsuite.endpoint=http://127.0.0.1:9/services/NetSuitePort_2025_2",
                "--hub.netsuite.consumer-key=unused", "--hub.netsuite.consumer-secret=unused",
                "--hub.netsuite.token-id=unused", "--hub.netsuite.token-secret=unused")) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();

            var answer = new SignedWebhooks(port).post(SignedWebhooks.orderStatus("576469000000000103",
                    "AWAITING_SHIPMENT", 1764150103L));

            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.body()).contains("retry");
        }
    }
}
