package io.suitetok.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.model.event.EventCodec;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void tiktokDecimalStringsAddUpToTheCentWithoutFloatingPoint() {
        Money total = Money.of("0.1", "USD").plus(Money.of("0.2", "USD"));

        assertThat(total.amount()).isEqualByComparingTo("0.3");
        assertThat(total.isSameAmountAs(Money.of("0.30", "USD"))).isTrue();
    }

    @Test
    void addingDifferentCurrenciesIsRefused() {
        assertThatThrownBy(() -> Money.of("1.00", "USD").plus(Money.of("1.00", "GBP")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("1.00 USD").hasMessageContaining("1.00 GBP");
    }

    @Test
    void roundingRespectsEachCurrencysMinorUnits() {
        assertThat(Money.of("1234.5", "JPY").rounded(MoneyRounding.HALF_UP).amountText()).isEqualTo("1235");
        assertThat(Money.of("10.005", "USD").rounded(MoneyRounding.HALF_UP).amountText()).isEqualTo("10.01");
        assertThat(Money.of("10.005", "USD").rounded(MoneyRounding.HALF_EVEN).amountText()).isEqualTo("10.00");
        assertThat(Money.of("1.23456", "KWD").rounded(MoneyRounding.HALF_UP).amountText()).isEqualTo("1.235");
        assertThat(Money.of("9.999", "GBP").rounded(MoneyRounding.DOWN).amountText()).isEqualTo("9.99");
    }

    @Test
    void exactRoundingRefusesAnAmountWithTooManyDecimals() {
        assertThat(Money.of("12.50", "USD").rounded(MoneyRounding.EXACT).amountText()).isEqualTo("12.50");
        assertThatThrownBy(() -> Money.of("12.501", "USD").rounded(MoneyRounding.EXACT))
                .hasMessageContaining("more decimals than USD allows");
    }

    @Test
    void exponentsGroupingAndGarbageAreNotAmounts() {
        assertThatThrownBy(() -> Money.of("1e3", "USD")).hasMessageContaining("not a plain decimal");
        assertThatThrownBy(() -> Money.of("1,000.00", "USD")).hasMessageContaining("not a plain decimal");
        assertThatThrownBy(() -> Money.of("NaN", "USD")).hasMessageContaining("not a plain decimal");
        assertThatThrownBy(() -> Money.of(" ", "USD")).hasMessageContaining("amount is required");
        assertThatThrownBy(() -> Money.of("1.00", "XYZ")).hasMessageContaining("unknown ISO 4217 currency 'XYZ'");
        assertThat(Money.of("-30", "USD").isNegative()).isTrue();
        assertThat(Money.of(".5", "EUR").amount()).isEqualByComparingTo("0.5");
    }

    @Test
    void jsonCarriesTheAmountAsAStringAndKeepsItsScale() {
        String json = codec.writeText(Money.of("19.90", "EUR"));

        assertThat(json).isEqualTo("{\"amount\":\"19.90\",\"currency\":\"EUR\"}");
        assertThat(codec.readValue(json, Money.class)).isEqualTo(new Money(new BigDecimal("19.90"),
                java.util.Currency.getInstance("EUR")));
    }

    @Test
    void largeAmountsNeverTurnIntoScientificNotation() {
        Money big = new Money(new BigDecimal("1E+3"), java.util.Currency.getInstance("USD"));

        assertThat(codec.writeText(big)).contains("\"1000\"");
        assertThat(Money.zero("JPY").amountText()).isEqualTo("0");
        assertThat(Money.zero("KWD").amountText()).isEqualTo("0.000");
    }

    @Test
    void timesMultipliesByQuantityExactly() {
        assertThat(Money.of("3.33", "USD").times(3).amountText()).isEqualTo("9.99");
        assertThat(Money.of("3.33", "USD").negate().amountText()).isEqualTo("-3.33");
    }
}
