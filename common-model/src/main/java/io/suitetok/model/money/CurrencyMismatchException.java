package io.suitetok.model.money;

/** Adding dollars to pounds is a bug upstream, never something to paper over with a conversion. */
public class CurrencyMismatchException extends IllegalArgumentException {

    public CurrencyMismatchException(Money left, Money right) {
        super("cannot combine " + left + " with " + right + ": currencies differ");
    }
}
