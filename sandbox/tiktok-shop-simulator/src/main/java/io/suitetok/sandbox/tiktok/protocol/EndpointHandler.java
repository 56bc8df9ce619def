package io.suitetok.sandbox.tiktok.protocol;

/** Serves one TikTok endpoint: returns what goes in the envelope's {@code data}, or throws TikTokError. */
@FunctionalInterface
public interface EndpointHandler {

    Object handle(VerifiedCall call);
}
