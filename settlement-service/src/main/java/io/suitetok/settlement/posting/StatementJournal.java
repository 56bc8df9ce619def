package io.suitetok.settlement.posting;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.JournalEntryDraft;
import io.suitetok.settlement.config.SettlementProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement's Journal Entry, from the sums of its lines (docs/settlement-accounting.md). Signed amounts,
 * positive for a debit:
 * <ul>
 *   <li>TikTok clearing: + settlement (what TikTok now owes the merchant);</li>
 *   <li>receivable: − revenue (the orders' revenue TikTok settled; refunds, being negative, debit it back), less
 *       the platform discount TikTok takes back on refunds;</li>
 *   <li>platform discount: − the platform discount refunds. The Sales Order booked each unit at list less the
 *       seller's discount, but the order flow's Credit Memo credits only what the buyer got back, so the platform
 *       discount's share of a refunded unit is revenue no Credit Memo reverses: debited to the shop's
 *       {@code platformDiscountAccount} (a contra-revenue account), the receivable takes just the buyer's refund
 *       and closes against the Credit Memo. Without that account the share goes to suspense, like any amount
 *       with no account: on the receivable it would be a balance no customer owes and nobody would look at;</li>
 *   <li>each fee type to its own account: − the fee (fees are negative, so an expense is debited; a fee
 *       given back is credited);</li>
 *   <li>each adjustment type to its own account: − the adjustment;</li>
 *   <li>suspense: whatever the above do not explain (a fee type without an account, an unknown amount
 *       field, fees that do not add up), so the entry balances and the difference is there to be seen.</li>
 * </ul>
 * Since TikTok's settlement = revenue + fee + adjustment, the suspense line is zero when every fee is known.
 */
public final class StatementJournal {

    /** One posted line: what kind of amount, the fee or adjustment type, the account, signed. */
    public record Posting(String kind, String type, String account, BigDecimal signed, String memo) {
    }

    /** TikTok's field for the platform discount it takes back on a refund, the type of its posting. */
    public static final String PLATFORM_DISCOUNT_REFUND = "platform_discount_refund_amount";

    /**
     * @param platformDiscountRefund the sum of the lines' {@code platform_discount_refund_amount} (negative: part
     *                               of the refunds' negative revenue)
     * @param fees                   per fee type, the sum over the statement's lines
     * @param adjustments            per adjustment type, the sum of the adjustment amounts
     */
    public record Sums(BigDecimal settlement, BigDecimal revenue, BigDecimal platformDiscountRefund,
                       Map<String, BigDecimal> fees, Map<String, BigDecimal> adjustments) {
    }

    private StatementJournal() {
    }

    public static List<Posting> postings(Sums sums, SettlementProperties.Shop shop) {
        List<Posting> postings = new ArrayList<>();
        postings.add(new Posting("CLEARING", null, shop.clearing(), sums.settlement(), "TikTok settlement"));
        postings.add(new Posting("RECEIVABLE", null, shop.receivable(),
                sums.revenue().subtract(sums.platformDiscountRefund()).negate(), "TikTok revenue settled"));
        Map<String, BigDecimal> unplaced = new LinkedHashMap<>();
        if (shop.platformDiscountAccount() == null) {
            if (sums.platformDiscountRefund().signum() != 0) {
                unplaced.put(PLATFORM_DISCOUNT_REFUND, sums.platformDiscountRefund());
            }
        } else {
            postings.add(new Posting("PLATFORM_DISCOUNT", PLATFORM_DISCOUNT_REFUND, shop.platformDiscountAccount(),
                    sums.platformDiscountRefund().negate(), "platform discount TikTok took back on refunds"));
        }
        sums.fees().forEach((type, amount) -> {
            String account = shop.feeAccounts().get(type);
            if (account == null) {
                unplaced.merge(type, amount, BigDecimal::add);
            } else {
                postings.add(new Posting("FEE", type, account, amount.negate(), type));
            }
        });
        sums.adjustments().forEach((type, amount) -> {
            String account = shop.adjustmentAccounts().get(type);
            if (account == null) {
                unplaced.merge(type, amount, BigDecimal::add);
            } else {
                postings.add(new Posting("ADJUSTMENT", type, account, amount.negate(), type));
            }
        });
        BigDecimal balance = postings.stream().map(Posting::signed).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (balance.signum() != 0) {
            postings.add(new Posting("SUSPENSE", null, shop.suspense(), balance.negate(), unplaced.isEmpty()
                    ? "fees TikTok did not itemise" : "not placed: " + unplaced.keySet()));
        }
        return postings.stream().filter(posting -> posting.signed().signum() != 0).toList();
    }

    public static JournalEntryDraft draft(String externalId, SettlementProperties.Shop shop, LocalDate day,
            String statementId, List<Posting> postings, Map<String, String> customFields) {
        List<JournalEntryDraft.Line> lines = postings.stream().map(posting -> JournalEntryDraft.Line.signed(
                new NetSuiteInternalId(posting.account()), posting.signed(), posting.memo())).toList();
        return new JournalEntryDraft(externalId, new NetSuiteInternalId(shop.subsidiary()),
                new NetSuiteInternalId(shop.currency()), day, "TikTok Shop statement " + statementId, lines,
                customFields);
    }
}
