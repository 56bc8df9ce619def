package io.suitetok.orders.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.topic.HubTopic;
import io.suitetok.orders.OrderSyncApplication;
import io.suitetok.runtime.kafka.HubTopicNames;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.testkit.TopicRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@EmbeddedHubTest
@SpringBootTest(classes = OrderSyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hub.tiktok.app-key=" + SignedWebhooks.APP_KEY, "hub.tiktok.app-secret=" + SignedWebhooks.APP_SECRET,
                "hub.tiktok.token-table=order_webhook_test_tokens.shop_token", "hub.orders.flush-enabled=false",
                "hub.orders.poll-enabled=false", "hub.netsuite.account-id=TSTDRV0000001",
                "hub.netsuite.endpoint=http://127.0.0.1:9/services/NetSuitePort_2025_2",
                "hub.netsuite.consumer-key=unused", "hub.netsuite.consumer-secret=unused",
                "hub.netsuite.token-id=unused", "hub.netsuite.token-secret=unused"})
class OrderWebhookIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    HubTopicNames topics;

    private List<ConsumerRecord<String, byte[]>> notificationsFor(String orderId, int expected) {
        return TopicRecords.read(topics.name(HubTopic.TIKTOK_ORDER_NOTIFICATIONS), expected, Duration.ofSeconds(5),
                Duration.ofMillis(500)).stream().filter(record -> orderId.equals(record.key())).toList();
    }

    @Test
    void aVerifiedWebhookIsOnKafkaKeyedByOrderWhenTheAnswerIs200() throws Exception {
        var answer = new SignedWebhooks(port).post(SignedWebhooks.orderStatus("576469000000000101", "AWAITING_SHIPMENT",
                1764150101L));

        assertThat(answer.statusCode()).isEqualTo(200);
        List<ConsumerRecord<String, byte[]>> stored = notificationsFor("576469000000000101", 1);
        assertThat(stored).singleElement().satisfies(record -> assertThat(new String(record.value(),
                StandardCharsets.UTF_8)).contains("\"dedupeKey\":\"tts:738006628401764150101\"")
                .contains("\"type\":\"TikTokWebhookReceived\""));
    }

    @Test
    void aBadSignatureGets401AndNothingIsStored() throws Exception {
        byte[] body = SignedWebhooks.orderStatus("576469000000000102", "CANCEL", 1764150102L)
                .getBytes(StandardCharsets.UTF_8);

        var answer = new SignedWebhooks(port).post(body, "5dec0f11ec2f6783b8deee53c9ffbf8d024302f7c7e7fa55a35d17629031ac05");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(notificationsFor("576469000000000102", 0)).isEmpty();
    }

    @Test
    void malformedJsonWithAValidSignatureGets400() throws Exception {
        var answer = new SignedWebhooks(port).post("{\"type\":1,\"shop_id\":");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("not JSON");
    }
}
