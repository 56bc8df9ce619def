package io.suitetok.tiktok.model.shop;

/**
 * A carrier of a delivery option. Ship Package takes its {@code id}; mapping a NetSuite carrier
 * (ship method) to one of these is the caller's business, by name or by configuration.
 */
public record ShippingProvider(String id, String name) {
}
