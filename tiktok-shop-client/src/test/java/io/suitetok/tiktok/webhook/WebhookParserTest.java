package io.suitetok.tiktok.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.model.order.OrderStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(notification.dedupeKey())
                .isEqualTo("derived:7494726673780148744:1:576684019603311365:CANCEL:1664095610");
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

    private static WebhookNotification fixture(String name) throws IOException {
        return WebhookParser.parse(Files.readAllBytes(Path.of("src/test/resources/fixtures/webhooks", name)));
    }

    private static WebhookNotification inShop(WebhookNotification n, String shopId) {
        return new WebhookNotification(n.type(), n.notificationId(), shopId, n.timestamp(), n.data());
    }

    @Test
    void aPackageUpdateNamesEveryOrderOfEveryPackage() throws IOException {
        WebhookNotification combined = fixture("package-update-combined.json");

        assertThat(combined.orderId()).isNull();
        assertThat(combined.orderIds())
                .containsExactly("576600000000000101", "576600000000000102", "576600000000000103");
        assertThat(combined.subjectKey()).isEqualTo("576600000000000101");
    }

    @Test
    void aSplitPackageUpdateNamesItsOneOrderOnce() throws IOException {
        assertThat(fixture("package-update-split.json").orderIds()).containsExactly("576600000000000201");
    }

    @Test
    void twoPackageUpdatesOfTheSameSecondWithoutNotificationIdsKeepApartKeys() throws IOException {
        WebhookNotification combined = fixture("package-update-combined.json");
        WebhookNotification split = fixture("package-update-split.json");

        assertThat(combined.dedupeKey()).isNotEqualTo(split.dedupeKey());
        assertThat(combined.dedupeKey()).doesNotContain("null");
        assertThat(combined.dedupeKey()).isEqualTo(fixture("package-update-combined.json").dedupeKey());
    }

    @Test
    void deauthorizationAndExpiryOfTwoShopsAtTheSameSecondKeepApartKeys() throws IOException {
        WebhookNotification deauthorized = fixture("seller-deauthorization.json");
        WebhookNotification expiring = fixture("upcoming-authorization-expiration.json");

        assertThat(deauthorized.dedupeKey()).isNotEqualTo(inShop(deauthorized, "7495000000000000002").dedupeKey());
        assertThat(expiring.dedupeKey()).isNotEqualTo(inShop(expiring, "7495000000000000002").dedupeKey());
        assertThat(expiring.dedupeKey()).contains("1767592200");
        assertThat(deauthorized.orderIds()).isEmpty();
    }

    @Test
    void anOrderStatusTheHubDoesNotKnowReadsAsUnknownInsteadOfFailing() {
        WebhookNotification notification = parse("{\"type\":1,\"shop_id\":\"7494726673780148744\",\"timestamp\":"
                + "1664095733,\"data\":{\"order_id\":\"576684019603311365\",\"order_status\":\"AWAITING_REVIEW\","
                + "\"update_time\":1664095610}}");

        assertThat(notification.orderStatus()).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(notification.orderIds()).containsExactly("576684019603311365");
    }
}
