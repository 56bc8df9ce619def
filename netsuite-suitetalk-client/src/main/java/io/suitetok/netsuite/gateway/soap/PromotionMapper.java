package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.lists.marketing_2025_2.PromotionCode;
import com.netsuite.webservices.lists.marketing_2025_2.PromotionCodeCurrency;
import com.netsuite.webservices.lists.marketing_2025_2.PromotionCodeItems;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.PromotionSnapshot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A SuiteTalk {@code PromotionCode} as a {@link PromotionSnapshot}.
 *
 * <p>NetSuite carries the discount as text in {@code rate} ("15%" or "5.00") and a boolean
 * {@code discountType}. A rate ending in {@code %} is a percent off, as NetSuite's form shows it; a
 * rate without one is a percent when {@code discountType} is true and an amount otherwise. UNVERIFIED:
 * the meaning of {@code discountType} (the schema only says boolean), and that an amount off is in the
 * promotion's first listed currency.
 */
final class PromotionMapper {

    private PromotionMapper() {
    }

    static PromotionSnapshot toSnapshot(PromotionCode promotion) {
        String rate = promotion.getRate() == null ? "" : promotion.getRate().strip();
        boolean percentSign = rate.endsWith("%");
        boolean percent = percentSign || Boolean.TRUE.equals(promotion.isDiscountType());
        String number = (percentSign ? rate.substring(0, rate.length() - 1) : rate).strip();
        BigDecimal discount = number.isEmpty() ? null : new BigDecimal(number).abs();
        PromotionSnapshot.Kind kind = percent ? PromotionSnapshot.Kind.PERCENT_OFF : PromotionSnapshot.Kind.AMOUNT_OFF;
        return new PromotionSnapshot(promotion.getInternalId(), promotion.getCode(), promotion.getName(), kind,
                discount, percent ? null : firstCurrency(promotion), WireValues.instant(promotion.getStartDate()),
                WireValues.instant(promotion.getEndDate()), items(promotion),
                Boolean.TRUE.equals(promotion.isIsInactive()), null);
    }

    /** With excludeItems the list names the items left out: not an item promotion the hub can map. */
    private static List<NetSuiteInternalId> items(PromotionCode promotion) {
        if (promotion.getItemsList() == null || Boolean.TRUE.equals(promotion.isExcludeItems())) {
            return List.of();
        }
        return promotion.getItemsList().getItems().stream().map(PromotionCodeItems::getItem)
                .map(WireValues::id).filter(Objects::nonNull).toList();
    }

    private static NetSuiteInternalId firstCurrency(PromotionCode promotion) {
        if (promotion.getCurrencyList() == null) {
            return null;
        }
        return promotion.getCurrencyList().getCurrency().stream().map(PromotionCodeCurrency::getCurrency)
                .map(WireValues::id).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
