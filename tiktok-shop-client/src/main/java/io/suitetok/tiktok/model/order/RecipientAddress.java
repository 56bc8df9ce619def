package io.suitetok.tiktok.model.order;

import java.util.List;

/** TikTok masks name and phone when its own logistics ship the order. */
public record RecipientAddress(
        String name,
        String phoneNumber,
        String fullAddress,
        String addressLine1,
        String addressLine2,
        String postalCode,
        String regionCode,
        List<DistrictInfo> districtInfo) {

    /** Address levels L0 (country) to L4, named by the market. */
    public record DistrictInfo(String addressLevel, String addressLevelName, String addressName) {
    }
}
