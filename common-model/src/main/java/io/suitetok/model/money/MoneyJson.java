package io.suitetok.model.money;

/** Wire shape of {@link Money}: the amount as a plain decimal string, never a JSON number. */
record MoneyJson(String amount, String currency) {
}
