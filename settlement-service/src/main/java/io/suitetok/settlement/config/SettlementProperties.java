package io.suitetok.settlement.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.settlement.*}.
 *
 * @param pollInterval   how often each shop's new statements and payments are read (daily is TikTok's
 *                       rhythm; an hour catches a statement soon after TikTok closes the day)
 * @param firstLookback  how far back the very first read goes
 * @param overlap        how far before the watermark each read starts: TikTok filters by statement_time (the
 *                       statement's day), and a day it closes late must still be read; reading a week of headers
 *                       again is one page, and a statement already ingested with the same totals is skipped
 * @param pageSize       statement transactions per page (TikTok allows 1 to 100)
 * @param postingEnabled write Journal Entries and Deposits to NetSuite (off: statements are only matched)
 */
@Validated
@ConfigurationProperties("hub.settlement")
public record SettlementProperties(
        @Valid @DefaultValue List<Shop> shops,
        @DefaultValue("1h") Duration pollInterval,
        @DefaultValue("true") boolean pollEnabled,
        @DefaultValue("30d") Duration firstLookback,
        @DefaultValue("7d") Duration overlap,
        @DefaultValue("100") int pageSize,
        @DefaultValue("true") boolean postingEnabled,
        @DefaultValue BodyFields bodyFields) {

    public Optional<Shop> shop(String shopId) {
        return shops.stream().filter(shop -> shop.shopId().equals(shopId)).findFirst();
    }

    /**
     * One shop's books: its NetSuite subsidiary and currency, and the GL account of each kind of amount.
     *
     * @param clearing           TikTok's clearing account: what TikTok holds for the merchant until it pays out
     * @param receivable         what the orders' revenue was booked against (credited when TikTok settles it)
     * @param bank               where payouts arrive (the Deposit's account)
     * @param suspense           where an amount the hub cannot place goes (an unknown fee type), surfaced for review
     * @param feeAccounts        TikTok's fee field name ({@code referral_fee_amount}, ...) to its expense account
     * @param adjustmentAccounts TikTok adjustment type ({@code SHIPPING_FEE_COMPENSATION}, ...) to its account
     * @param platformDiscountAccount where the platform discount TikTok takes back on a refund is debited (a
     *                           contra-revenue account): the Credit Memo credits only the buyer's refund, so this
     *                           share of the sale is reversed here. Optional; without it the share goes to suspense
     * @param expectedFeeRates   fee field name to the rate TikTok is expected to charge, for the reconciliation's
     *                           expected net; leave out what you do not want predicted
     * @param expectedFeeBases   fee field name to what its rate is a rate of: GOODS (after seller discounts, the
     *                           default) or PAYMENT (the buyer's payment total: goods less platform discount, plus
     *                           shipping and tax, as TikTok takes the US transaction fee)
     * @param salesTaxWithheld   TikTok withholds the buyer's sales tax (a US marketplace facilitator): the
     *                           expected fees then include the order's tax, as {@code sales_tax_amount} takes it
     * @param tolerance          a per-order difference at or below this is not reported
     */
    public record Shop(
            @NotBlank String shopId,
            @NotBlank String subsidiary,
            @NotBlank String currency,
            @NotBlank String clearing,
            @NotBlank String receivable,
            @NotBlank String bank,
            @NotBlank String suspense,
            @DefaultValue Map<String, String> feeAccounts,
            @DefaultValue Map<String, String> adjustmentAccounts,
            String platformDiscountAccount,
            @DefaultValue Map<String, BigDecimal> expectedFeeRates,
            @DefaultValue Map<String, FeeBase> expectedFeeBases,
            @DefaultValue("false") boolean salesTaxWithheld,
            @DefaultValue("0.01") BigDecimal tolerance) {
    }

    /** What an expected fee rate is a rate of. */
    public enum FeeBase { GOODS, PAYMENT }

    /** Script ids of custom body fields on the hub's Journal Entries and Deposits. */
    public record BodyFields(
            @DefaultValue("custbody_tts_source") String source,
            @DefaultValue("custbody_tts_shop_id") String shopId,
            @DefaultValue("custbody_tts_statement_id") String statementId,
            @DefaultValue("custbody_tts_payment_id") String paymentId) {
    }
}
