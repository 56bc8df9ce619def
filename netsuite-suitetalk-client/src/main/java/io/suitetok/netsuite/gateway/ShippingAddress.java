package io.suitetok.netsuite.gateway;

/** A delivery address; {@code countryCode} is ISO 3166-1 alpha-2 ("US", "GB"). */
public record ShippingAddress(String addressee, String phone, String addr1, String addr2, String city, String state,
                              String zip, String countryCode) {
}
