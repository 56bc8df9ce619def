package io.suitetok.model.order;

import io.suitetok.model.Required;
import io.suitetok.model.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * TikTok's order-level payment block. TikTok documents how the parts add up; {@link #mismatches()}
 * checks exactly those formulas, so a mapping bug or a surprising payload shows up before the
 * Sales Order is written rather than at month end. {@code otherFees} is the sum of {@code charges},
 * the buyer-paid charges TikTok itemises (retail delivery fee, service, handling, insurance, small
 * order fees); {@code total_amount} includes them.
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
        Money totalAmount,
        List<BuyerCharge> charges) {

    /** The constructor from before the charges were itemised: {@code otherFees} stays one amount. */
    public OrderTotals(Money originalProductPrice, Money sellerDiscount, Money platformDiscount, Money subTotal,
            Money originalShippingFee, Money shippingSellerDiscount, Money shippingPlatformDiscount,
            Money shippingFee, Money tax, Money otherFees, Money totalAmount) {
        this(originalProductPrice, sellerDiscount, platformDiscount, subTotal, originalShippingFee,
                shippingSellerDiscount, shippingPlatformDiscount, shippingFee, tax, otherFees, totalAmount, List.of());
    }

    public OrderTotals {
        Required.present("subTotal", subTotal, "totalAmount", totalAmount);
        charges = charges == null ? List.of() : List.copyOf(charges);
    }

    /** The charge of one kind; zero when the order has none. */
    public Money charge(BuyerCharge.Kind kind) {
        return charges.stream().filter(c -> c.kind() == kind).map(BuyerCharge::amount)
                .reduce(Money.zero(totalAmount.currency()), Money::plus);
    }

    /** Each documented identity that does not hold, in words; empty when the order ties out. */
    public List<String> mismatches() {
        List<String> problems = new ArrayList<>();
        check(problems, "sub_total", subTotal, originalProductPrice.minus(sellerDiscount).minus(platformDiscount));
        check(problems, "shipping_fee", shippingFee,
                originalShippingFee.minus(shippingSellerDiscount).minus(shippingPlatformDiscount));
        check(problems, "total_amount", totalAmount, subTotal.plus(shippingFee).plus(tax).plus(otherFees));
        if (!charges.isEmpty()) {
            check(problems, "the buyer-paid charges", otherFees, charges.stream().map(BuyerCharge::amount)
                    .reduce(Money.zero(totalAmount.currency()), Money::plus));
        }
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
