package io.suitetok.netsuite.gateway;

import io.suitetok.model.id.NetSuiteInternalId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What the hub's services ask of NetSuite, in the hub's terms. Services depend on this port only; the
 * SuiteTalk SOAP adapter implements it today, and a SuiteTalk REST adapter can implement it later
 * (Oracle ends SOAP in 2028.2) without a change to any service.
 *
 * <p>Writes return one {@link WriteOutcome} per input, in input order, and never throw because one
 * record failed. Reads throw {@link io.suitetok.netsuite.fault.SuiteTalkException} when NetSuite cannot
 * be read after retries.
 */
public interface NetSuiteGateway {

    /** The fault code of {@link #currencyRate} when NetSuite has no rate in effect at the date. */
    String NO_CURRENCY_RATE = "HUB_NO_CURRENCY_RATE";

    /**
     * Adds or updates Sales Orders by external id ({@code TTS-<shopId>-<orderId>}), so a retry, a
     * redelivery or a lost answer never makes a second order. A written order carries its tran id (the
     * SO number).
     */
    List<WriteOutcome> upsertSalesOrders(List<SalesOrderDraft> orders);

    /** Adds or updates customers by external id (for example one per TikTok buyer). */
    List<WriteOutcome> upsertCustomers(List<CustomerDraft> customers);

    /**
     * Stock per item and location. With {@code changedSince}, only rows whose quantity available
     * changed at or after it (NetSuite's {@code lastQtyAvailableChange}); {@code null} returns all.
     */
    List<ItemAvailabilityRow> itemAvailability(Collection<NetSuiteInternalId> items, Instant changedSince);

    /** Inventory items modified at or after {@code since}, first page. */
    Page<ItemSnapshot> itemsModifiedSince(Instant since);

    /** The page a previous {@link Page#next()} cursor points to. */
    Page<ItemSnapshot> moreItems(String cursor);

    /**
     * The named items and, for matrix parents among them, all their children: a matrix product is
     * listed whole, even when only one size changed.
     */
    List<ItemSnapshot> itemsWithChildren(Collection<NetSuiteInternalId> items);

    /** Item fulfilments (with packages and tracking numbers) modified at or after {@code since}, first page. */
    Page<FulfilmentSnapshot> fulfilmentsModifiedSince(Instant since);

    Page<FulfilmentSnapshot> moreFulfilments(String cursor);

    /** NetSuite's clock: take watermarks from it, not from the local clock. */
    Instant serverTime();

    // ---- pricing ------------------------------------------------------------------------------------

    /**
     * Items' full pricing matrices (every price level, currency and quantity break) modified at or
     * after {@code since}, first page. A price change moves the item's lastModifiedDate.
     */
    Page<ItemPricing> itemPricingModifiedSince(Instant since);

    /** The page a previous {@link Page#next()} cursor of {@link #itemPricingModifiedSince} points to. */
    Page<ItemPricing> moreItemPricing(String cursor);

    /** The named items' pricing matrices (on demand, e.g. a re-push); unknown ids are left out. */
    List<ItemPricing> itemPricing(Collection<NetSuiteInternalId> items);

    /**
     * Effective-dated prices (custom record {@code customrecord_suitetok_price_schedule}) modified at
     * or after {@code since}, inactive ones included (they were withdrawn), all pages.
     */
    List<ScheduledPrice> scheduledPricesModifiedSince(Instant since);

    /**
     * Promotions (NetSuite promotionCode records) modified at or after {@code since}, all pages.
     * SuiteTalk 2025_2 has no modification date for promotion codes (neither on the record nor in
     * its search), so this returns every promotion that has not ended before {@code since}, with
     * {@code lastModified} null; the caller compares them with what it last saw.
     */
    List<PromotionSnapshot> promotionsModifiedSince(Instant since);

    /**
     * NetSuite's exchange rate from one currency to another at a date (SOAP getCurrencyRate): how
     * many units of {@code toCurrency} one unit of {@code fromCurrency} buys, unrounded. One for the
     * same currency. Throws {@link io.suitetok.netsuite.fault.SuiteTalkException} (code
     * {@code HUB_NO_CURRENCY_RATE}) when NetSuite has no rate in effect at that date.
     */
    BigDecimal currencyRate(NetSuiteInternalId fromCurrency, NetSuiteInternalId toCurrency, LocalDate effectiveDate);

    // ---- returns and refunds ------------------------------------------------------------------------
    // Each write below keys its record by the draft's external id and is safe to repeat: a record
    // NetSuite already holds under that external id is answered Written with its internal id and is
    // never added a second time (these records are made with initialize, and an upsert of an
    // initialized record only adds, so the adapter relies on the external id's uniqueness instead).

    /**
     * Adds Return Authorizations made from their Sales Orders, or updates one that exists: its memo,
     * custom fields and, when the draft says {@code closed}, every line closed. The lines of an existing
     * RA are never changed.
     */
    List<WriteOutcome> upsertReturnAuthorizations(List<ReturnAuthorizationDraft> returns);

    /** Adds Item Receipts of returned goods, each made from its Return Authorization. */
    List<WriteOutcome> addReturnReceipts(List<ReturnReceiptDraft> receipts);

    /** Adds Credit Memos, from their Return Authorization where the draft names one. */
    List<WriteOutcome> addCreditMemos(List<CreditMemoDraft> memos);

    /** Adds Customer Refunds, each applied to its Credit Memo. */
    List<WriteOutcome> addCustomerRefunds(List<CustomerRefundDraft> refunds);

    // ---- settlement ---------------------------------------------------------------------------------

    /**
     * Adds or updates Journal Entries by external id: a re-run of a statement replaces the entry's lines,
     * never posts a second entry.
     */
    List<WriteOutcome> upsertJournalEntries(List<JournalEntryDraft> entries);

    /** Adds or updates bank Deposits by external id (one per TikTok payout). */
    List<WriteOutcome> upsertDeposits(List<DepositDraft> deposits);
}
