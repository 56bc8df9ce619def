package io.suitetok.model.order;

/**
 * A delivery address. TikTok masks name and phone when its own logistics ship the order, and
 * sends no address at all while the order is UNPAID or ON_HOLD, so every part may be absent.
 */
public record Address(
        String recipientName,
        String phone,
        String line1,
        String line2,
        String city,
        String state,
        String postalCode,
        String countryCode,
        String fullAddress) {
}
