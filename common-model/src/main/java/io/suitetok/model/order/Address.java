package io.suitetok.model.order;

/**
 * A delivery address. TikTok masks name and phone when its own logistics ship the order, and
 * sends no address at all while the order is UNPAID or ON_HOLD, so every part may be absent. Lines 3
 * and 4 and the street detail are what some markets fill beyond two lines; first and last name are
 * TikTok's split of the recipient name, for systems that keep them apart.
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
        String fullAddress,
        String firstName,
        String lastName,
        String line3,
        String line4,
        String addressDetail) {

    /** The constructor from before the name parts, lines 3-4 and detail. */
    public Address(String recipientName, String phone, String line1, String line2, String city, String state,
            String postalCode, String countryCode, String fullAddress) {
        this(recipientName, phone, line1, line2, city, state, postalCode, countryCode, fullAddress, null, null, null,
                null, null);
    }
}
