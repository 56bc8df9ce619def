package io.suitetok.sandbox.netsuite.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the account's currency exchange rate table: {@code rate} base units per from unit, from a date. */
record ExchangeRateEntry(String baseCurrency, String fromCurrency, BigDecimal rate, LocalDate effectiveDate) {
}
