package io.suitetok.tiktok.model.order;

import java.util.List;

/**
 * TikTok masks name and phone when its own logistics ship the order. Lines 3 and 4 carry what some
 * markets need beyond two lines; {@code addressDetail} is the street part the buyer typed (the rest of
 * {@code fullAddress} repeats the district levels).
 */
public record RecipientAddress(
        String name,
        String phoneNumber,
        String fullAddress,
        String addressLine1,
        String addressLine2,
        String postalCode,
        String regionCode,
        List<DistrictInfo> districtInfo,
        String firstName,
        String lastName,
        String addressDetail,
        String addressLine3,
        String addressLine4) {

    /** The constructor from before the name parts, detail and lines 3-4, kept so existing callers compile. */
    public RecipientAddress(String name, String phoneNumber, String fullAddress, String addressLine1,
            String addressLine2, String postalCode, String regionCode, List<DistrictInfo> districtInfo) {
        this(name, phoneNumber, fullAddress, addressLine1, addressLine2, postalCode, regionCode, districtInfo, null,
                null, null, null, null);
    }

    /** Address levels L0 (country) to L4, named by the market. */
    public record DistrictInfo(String addressLevel, String addressLevelName, String addressName) {
    }
}
