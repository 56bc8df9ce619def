package io.suitetok.sandbox.tiktok.logistics;

/** A carrier as Get Shipping Providers lists it; its id is what Ship Package takes. */
public record SimShippingProvider(String id, String name) {
}
