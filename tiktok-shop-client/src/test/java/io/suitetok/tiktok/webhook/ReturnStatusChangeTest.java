package io.suitetok.tiktok.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.tiktok.model.order.ReturnStatus;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReturnStatusChangeTest {

    private static WebhookNotification parse(String json) {
        return WebhookParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aReturnStatusChangeIsReadIntoATypedEvent() {
        WebhookNotification notification = parse("{\"type\":12,\"tts_notification_id\":\"7380066284010031111\","
                + "\"shop_id\":\"7495540735365777507\",\"timestamp\":1718305700,\"data\":{\"order_id\":"
                + "\"576653688135258178\",\"return_role\":\"BUYER\",\"return_type\":\"RETURN_AND_REFUND\","
                + "\"return_status\":\"AWAITING_BUYER_SHIP\",\"return_id\":4036000000000100001,"
                + "\"create_time\":1718305600,\"update_time\":1718305690}}");

        ReturnStatusChange change = notification.returnStatusChange();

        assertThat(change.shopId()).isEqualTo("7495540735365777507");
        assertThat(change.orderId()).isEqualTo("576653688135258178");
        assertThat(change.returnId()).isEqualTo("4036000000000100001");
        assertThat(change.returnRole()).isEqualTo("BUYER");
        assertThat(change.returnType()).isEqualTo("RETURN_AND_REFUND");
        assertThat(change.returnStatus()).isEqualTo(ReturnStatus.AWAITING_BUYER_SHIP);
        assertThat(change.createTime()).isEqualTo(1718305600L);
        assertThat(change.updateTime()).isEqualTo(1718305690L);
        assertThat(notification.subjectKey()).isEqualTo("576653688135258178");
    }

    @Test
    void anUnknownReturnStatusIsAcceptedAndItsTextKept() {
        WebhookNotification notification = parse("{\"type\":12,\"shop_id\":\"7495540735365777507\",\"timestamp\":"
                + "1718305700,\"data\":{\"order_id\":\"576653688135258178\",\"return_type\":\"REFUND\","
                + "\"return_status\":\"RETURN_OR_REFUND__REQUEST_CANCELLED\",\"return_id\":\"4036000000000100002\","
                + "\"update_time\":1718305690}}");

        ReturnStatusChange change = notification.returnStatusChange();

        assertThat(change.returnStatus()).isEqualTo(ReturnStatus.UNKNOWN);
        assertThat(change.returnStatusText()).isEqualTo("RETURN_OR_REFUND__REQUEST_CANCELLED");
        assertThat(change.createTime()).isNull();
    }

    @Test
    void anotherTypeOrAMissingReturnIdIsNotAReturnStatusChange() {
        WebhookNotification order = parse("{\"type\":1,\"shop_id\":\"1\",\"data\":{\"order_id\":\"5\"}}");
        WebhookNotification noId = parse("{\"type\":12,\"shop_id\":\"1\",\"data\":{\"order_id\":\"5\"}}");

        assertThatThrownBy(order::returnStatusChange).isInstanceOf(MalformedWebhookException.class);
        assertThatThrownBy(noId::returnStatusChange).isInstanceOf(MalformedWebhookException.class)
                .hasMessageContaining("return_id");
    }
}
