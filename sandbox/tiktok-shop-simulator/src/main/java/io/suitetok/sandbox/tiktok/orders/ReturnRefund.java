package io.suitetok.sandbox.tiktok.orders;

import io.suitetok.sandbox.tiktok.AmountText;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a return refunds, from the returned unit lines: each unit's sale price and tax, plus the
 * order's shipping (and its tax) only when the return takes back every line still on the order,
 * because the buyer paid shipping once per order. Rounded once, in the order's currency.
 */
record ReturnRefund(String currency, BigDecimal subtotal, BigDecimal shipping, BigDecimal tax) {

    static ReturnRefund of(ReturnOrder r, SimOrder o) {
        List<SimLine> returned = o.lines.stream().filter(l -> r.lineIds.contains(l.id)).toList();
        BigDecimal subtotal = returned.stream().map(l -> l.salePrice).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = returned.stream().map(l -> l.tax).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal shipping = BigDecimal.ZERO;
        if (returned.size() == o.activeLines().size()) {
            shipping = o.payment.shippingFee();
            tax = tax.add(o.payment.shippingFeeTax());
        }
        return new ReturnRefund(o.currency, round(subtotal, o.currency), round(shipping, o.currency),
                round(tax, o.currency));
    }

    static ReturnRefund ofLine(SimLine line, String currency) {
        return new ReturnRefund(currency, round(line.salePrice, currency), round(BigDecimal.ZERO, currency),
                round(line.tax, currency));
    }

    BigDecimal total() {
        return subtotal.add(shipping).add(tax);
    }

    private static BigDecimal round(BigDecimal amount, String currency) {
        return AmountText.round(amount, currency);
    }
}
