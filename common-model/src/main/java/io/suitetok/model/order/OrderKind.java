package io.suitetok.model.order;

/** Why the order exists; finance reports samples and replacements apart from sales. */
public enum OrderKind {
    NORMAL,
    SAMPLE,
    REPLACEMENT,
    EXCHANGE,
    SUBSCRIPTION
}
