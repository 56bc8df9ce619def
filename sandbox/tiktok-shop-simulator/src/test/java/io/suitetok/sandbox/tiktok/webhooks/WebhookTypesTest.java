package io.suitetok.sandbox.tiktok.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.tiktok.webhook.WebhookType;
import org.junit.jupiter.api.Test;

/** Both copies of TikTok's webhook numbers hold the documented values (reference §2.3). */
class WebhookTypesTest {

    @Test
    void theSimulatorAndTheClientUseTikToksDocumentedNumbers() {
        int[][] documented = {
                {1, WebhookTypes.ORDER_STATUS_CHANGE, WebhookType.ORDER_STATUS_CHANGE},
                {2, WebhookTypes.REVERSE_STATUS_UPDATE, WebhookType.REVERSE_STATUS_UPDATE},
                {3, WebhookTypes.RECIPIENT_ADDRESS_UPDATE, WebhookType.RECIPIENT_ADDRESS_UPDATE},
                {4, WebhookTypes.PACKAGE_UPDATE, WebhookType.PACKAGE_UPDATE},
                {5, WebhookTypes.PRODUCT_STATUS_CHANGE, WebhookType.PRODUCT_STATUS_CHANGE},
                {6, WebhookTypes.SELLER_DEAUTHORIZATION, WebhookType.SELLER_DEAUTHORIZATION},
                {7, WebhookTypes.UPCOMING_AUTHORIZATION_EXPIRATION, WebhookType.UPCOMING_AUTHORIZATION_EXPIRATION},
                {11, WebhookTypes.CANCELLATION_STATUS_CHANGE, WebhookType.CANCELLATION_STATUS_CHANGE},
                {12, WebhookTypes.RETURN_STATUS_CHANGE, WebhookType.RETURN_STATUS_CHANGE},
                {15, WebhookTypes.PRODUCT_INFORMATION_CHANGE, WebhookType.PRODUCT_INFORMATION_CHANGE},
                {16, WebhookTypes.PRODUCT_CREATION, WebhookType.PRODUCT_CREATION},
                {27, WebhookTypes.INVENTORY_STATUS_CHANGE, WebhookType.INVENTORY_STATUS_CHANGE}};
        for (int[] row : documented) {
            assertThat(row[1]).isEqualTo(row[0]);
            assertThat(row[2]).isEqualTo(row[0]);
        }
    }
}
