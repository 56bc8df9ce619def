package io.suitetok.sandbox.tiktok.webhooks;

import java.util.Map;

/** What the shop state tells the outside world: one notification of a TikTok webhook type. */
public interface WebhookEvents {

    /**
     * @param type the envelope's type number ({@code WebhookType})
     * @param data the envelope's data, in TikTok's field names
     */
    void publish(String shopId, int type, Map<String, Object> data);
}
