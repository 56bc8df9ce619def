package io.suitetok.model.money;

import io.suitetok.model.Required;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount of one ISO 4217 currency. The amount is kept exactly as received (TikTok sends
 * decimal strings, NetSuite sends xsd:decimal); rounding happens once, at a boundary, through a
 * named {@link MoneyRounding} rule. Serialized as {@code {"amount":"12.50","currency":"USD"}} so
 * that no JSON consumer ever reads it as a floating-point number.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Required.present("amount", amount, "currency", currency);
    }

    /** Parses a decimal string such as TikTok's {@code "12.50"}; never goes through a double. */
    public static Money of(String amount, String currencyCode) {
        return new Money(DecimalText.parse(amount), currencyOf(currencyCode));
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currencyOf(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits()), currency);
    }

    public static Money zero(String currencyCode) {
        return zero(currencyOf(currencyCode));
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money rounded(MoneyRounding rule) {
        return rule.apply(this);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Equal in value and currency, whatever the scale: 12.5 USD equals 12.50 USD. */
    public boolean isSameAmountAs(Money other) {
        return compareTo(other) == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    /** The amount as a plain decimal string, never in scientific notation. */
    public String amountText() {
        return amount.toPlainString();
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    @JsonValue
    MoneyJson toJson() {
        return new MoneyJson(amountText(), currencyCode());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Money fromJson(MoneyJson json) {
        return of(json.amount(), json.currency());
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(this, other);
        }
        return other;
    }

    private static Currency currencyOf(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("currency is required");
        }
        try {
            return Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO 4217 currency '" + code + "'", e);
        }
    }
}
