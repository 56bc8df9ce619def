package io.suitetok.runtime.web;

/**
 * Patterns for the ids a path may carry, for {@code @Pattern} on path variables: an id that cannot be
 * one is refused with 400 before it reaches a query or a log line.
 */
public final class PathIds {

    /** TikTok and NetSuite ids (digits in both; letters, '-', '_' and '.' allowed for external ids). */
    public static final String ID = "[A-Za-z0-9._-]{1,64}";
    /** A seller SKU: TikTok allows up to 50 characters; no control characters. */
    public static final String SELLER_SKU = "[^\\p{Cntrl}]{1,50}";
    public static final String ID_MESSAGE = "must be 1 to 64 letters, digits, '.', '_' or '-'";
    public static final String SELLER_SKU_MESSAGE = "must be 1 to 50 characters without control characters";

    private PathIds() {
    }
}
