package io.suitetok.tiktok.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.model.order.OrderStatus;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookParserTest {

    private static WebhookNotification parse(String json) {
        return WebhookParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anOrderStatusChangeIsReadWithItsNotificationId() {
        WebhookNotification notification = parse("{\"type\":1,\"tts_notification_id\":\"7380066284010030890\","
                + "\"shop_id\":\"7495540735365777507\",\"timestamp\":1718305585,\"data\":{\"order_id\":"
                + "\"576653688135258178\",\"order_status\":\"AWAITING_SHIPMENT\",\"update_time\":1718305585}}");

        assertThat(notification.type()).isEqualTo(WebhookType.ORDER_STATUS_CHANGE);
        assertThat(notification.orderId()).isEqualTo("576653688135258178");
        assertThat(notification.orderStatus()).isEqualTo(OrderStatus.AWAITING_SHIPMENT);
        assertThat(notification.dedupeKey()).isEqualTo("tts:7380066284010030890");
        assertThat(notification.subjectKey()).isEqualTo("576653688135258178");
    }

    @Test
    void withoutANotificationIdTheDedupeKeyComesFromTypeOrderStatusAndTime() {
        WebhookNotification notification = parse("{\"type\":1,\"shop_id\":\"7494726673780148744\",\"timestamp\":"
                + "1664095733,\"data\":{\"order_id\":\"576684019603311365\",\"order_status\":\"CANCEL\","
                + "\"update_time\":1664095610}}");

        assertThat(notification.notificationId()).isNull();
        assertThat(notification.orderStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(notification.dedupeKey()).isEqualTo("derived:1:576684019603311365:CANCEL:1664095610");
    }

    @Test
    void aProductIdSentAsAJsonNumberKeepsEveryDigit() {
        WebhookNotification notification = parse("{\"type\":5,\"shop_id\":\"7494726673780148744\",\"timestamp\":1,"
                + "\"data\":{\"product_id\":576486316948490001,\"status\":\"PRODUCT_AUDIT_FAILURE\",\"update_time\":2}}");

        assertThat(notification.productId()).isEqualTo("576486316948490001");
        assertThat(WebhookType.isProductType(notification.type())).isTrue();
    }

    @Test
    void aBodyThatIsNotAnEnvelopeSaysWhatIsMissing() {
        assertThatThrownBy(() -> parse("{not json")).isInstanceOf(MalformedWebhookException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> parse("{\"type\":1,\"data\":{}}")).hasMessageContaining("shop_id");
        assertThatThrownBy(() -> parse("{\"shop_id\":\"1\",\"data\":{}}")).hasMessageContaining("type");
        assertThatThrownBy(() -> parse("[1,2]")).hasMessageContaining("JSON object");
    }
}
