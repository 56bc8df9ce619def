package io.suitetok.tiktok.webhook;

/** A webhook whose signature was fine but whose body is not a TikTok envelope: answer 400. */
public class MalformedWebhookException extends IllegalArgumentException {

    public MalformedWebhookException(String message) {
        super(message);
    }
}
