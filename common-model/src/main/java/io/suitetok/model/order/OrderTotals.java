package io.suitetok.model.order;

import io.suitetok.model.Required;
import io.suitetok.model.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * TikTok's order-level payment block. TikTok documents how the parts add up; {@link #mismatches()}
 * checks exactly those formulas, so a mapping bug or a surprising payload shows up before the
 * Sales Order is written rather than at month end.
 */
public record OrderTotals(
        Money originalProductPrice,
        Money sellerDiscount,
        Money platformDiscount,
        Money subTotal,
        Money originalShippingFee,
        Money shippingSellerDiscount,
        Money shippingPlatformDiscount,
        Money shippingFee,
        Money tax,
        Money otherFees,
        Money totalAmount) {

    public OrderTotals {
        Required.present("subTotal", subTotal, "totalAmount", totalAmount);
    }

    /** Each documented identity that does not hold, in words; empty when the order ties out. */
    public List<String> mismatches() {
        List<String> problems = new ArrayList<>();
        check(problems, "sub_total", subTotal, originalProductPrice.minus(sellerDiscount).minus(platformDiscount));
        check(problems, "shipping_fee", shippingFee,
                originalShippingFee.minus(shippingSellerDiscount).minus(shippingPlatformDiscount));
        check(problems, "total_amount", totalAmount, subTotal.plus(shippingFee).plus(tax).plus(otherFees));
        return problems;
    }

    public boolean tiesOut() {
        return mismatches().isEmpty();
    }

    private static void check(List<String> problems, String field, Money actual, Money expected) {
        if (!actual.isSameAmountAs(expected)) {
            problems.add(field + " is " + actual + " but its parts add up to " + expected);
        }
    }
}
