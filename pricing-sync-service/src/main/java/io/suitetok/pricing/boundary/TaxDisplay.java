package io.suitetok.pricing.boundary;

/**
 * Whether a shop shows prices with tax in them. US marketplaces show pre-tax prices and add sales tax
 * at checkout; UK and EU shops show VAT-inclusive prices by law.
 */
public enum TaxDisplay {
    PRE_TAX,
    TAX_INCLUSIVE
}
