package io.suitetok.settlement.posting;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.settlement.config.SettlementProperties;
import io.suitetok.settlement.posting.StatementJournal.Posting;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/settlement-accounting.md: orders A and B settled, a refund of one unit of order C
 * (buyer's refund −13.41, platform discount taken back −1.00) and a label adjustment, posted to the cent.
 */
class StatementJournalTest {

    static final String CLEARING = "1150";
    static final String RECEIVABLE = "1200";
    static final String SUSPENSE = "1999";
    static final String PLATFORM_DISCOUNT = "4960";

    @Test
    void theRefundsPlatformDiscountIsReversedOnItsOwnAccountAndTheReceivableTakesOnlyTheBuyersRefund() {
        List<Posting> postings = StatementJournal.postings(workedExample(), shop(PLATFORM_DISCOUNT));

        assertThat(signed(postings, "CLEARING")).isEqualByComparingTo("49.70");
        assertThat(signed(postings, "RECEIVABLE")).as("revenue 68.52 less the 1.00 TikTok took back, credited")
                .isEqualByComparingTo("-69.52");
        assertThat(postings).filteredOn(p -> p.kind().equals("PLATFORM_DISCOUNT")).singleElement().satisfies(p -> {
            assertThat(p.account()).isEqualTo(PLATFORM_DISCOUNT);
            assertThat(p.type()).isEqualTo("platform_discount_refund_amount");
            assertThat(p.signed()).isEqualByComparingTo("1.00");
        });
        assertThat(postings).noneMatch(p -> p.kind().equals("SUSPENSE"));
        assertThat(debits(postings)).isEqualByComparingTo("70.43");
        assertThat(credits(postings)).isEqualByComparingTo("70.43");
        BigDecimal onReceivable = postings.stream().filter(p -> p.account().equals(RECEIVABLE)).map(Posting::signed)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(onReceivable.add(new BigDecimal("42.00")).add(new BigDecimal("35.99")).add(new BigDecimal("-12.50")))
                .as("invoices A 42.00 and B 35.99 and C's Credit Memo −12.50 closed by the entry")
                .isEqualByComparingTo("0.00");
    }

    @Test
    void withoutAPlatformDiscountAccountTheShareGoesToSuspenseNamedAndTheEntryStillBalances() {
        List<Posting> postings = StatementJournal.postings(workedExample(), shop(null));

        assertThat(signed(postings, "RECEIVABLE")).isEqualByComparingTo("-69.52");
        assertThat(postings).filteredOn(p -> p.kind().equals("SUSPENSE")).singleElement().satisfies(p -> {
            assertThat(p.account()).isEqualTo(SUSPENSE);
            assertThat(p.signed()).isEqualByComparingTo("1.00");
            assertThat(p.memo()).isEqualTo("not placed: [platform_discount_refund_amount]");
        });
        assertThat(debits(postings)).isEqualByComparingTo(credits(postings)).isEqualByComparingTo("70.43");
    }

    @Test
    void aStatementWithoutRefundsPostsNoPlatformDiscountLineWithOrWithoutTheAccount() {
        StatementJournal.Sums sales = new StatementJournal.Sums(new BigDecimal("63.91"), new BigDecimal("82.93"),
                BigDecimal.ZERO, Map.of("referral_fee_amount", new BigDecimal("-19.02")), Map.of());
        for (String account : new String[] {PLATFORM_DISCOUNT, null}) {
            List<Posting> postings = StatementJournal.postings(sales, shop(account));
            assertThat(postings).extracting(Posting::kind).containsExactly("CLEARING", "RECEIVABLE", "FEE");
            assertThat(signed(postings, "RECEIVABLE")).isEqualByComparingTo("-82.93");
        }
    }

    /** The statement 7412000000000000001 of the worked example, as StatementPosting sums it. */
    private static StatementJournal.Sums workedExample() {
        Map<String, BigDecimal> fees = new LinkedHashMap<>();
        fees.put("affiliate_commission_amount", new BigDecimal("-3.00"));
        fees.put("referral_fee_amount", new BigDecimal("-3.51"));
        fees.put("refund_administration_fee_amount", new BigDecimal("-0.16"));
        fees.put("sales_tax_amount", new BigDecimal("-4.94"));
        fees.put("sales_tax_refund_amount", new BigDecimal("0.91"));
        fees.put("shipping_fee_amount", new BigDecimal("-4.50"));
        fees.put("transaction_fee_amount", new BigDecimal("-1.87"));
        return new StatementJournal.Sums(new BigDecimal("49.70"), new BigDecimal("68.52"), new BigDecimal("-1.00"),
                fees, Map.of("SHIPPING_FEE_ADJUSTMENT", new BigDecimal("-1.75")));
    }

    private static SettlementProperties.Shop shop(String platformDiscountAccount) {
        Map<String, String> feeAccounts = Map.of("referral_fee_amount", "6110", "transaction_fee_amount", "6111",
                "refund_administration_fee_amount", "6115", "affiliate_commission_amount", "6120",
                "shipping_fee_amount", "6130", "sales_tax_amount", RECEIVABLE, "sales_tax_refund_amount", RECEIVABLE);
        return new SettlementProperties.Shop("7495540735365777507", "2", "1", CLEARING, RECEIVABLE, "1010", SUSPENSE,
                feeAccounts, Map.of("SHIPPING_FEE_ADJUSTMENT", "6130"), platformDiscountAccount, Map.of(), Map.of(),
                true, new BigDecimal("0.01"));
    }

    private static BigDecimal signed(List<Posting> postings, String kind) {
        return postings.stream().filter(p -> p.kind().equals(kind)).map(Posting::signed)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal debits(List<Posting> postings) {
        return postings.stream().map(Posting::signed).filter(a -> a.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal credits(List<Posting> postings) {
        return postings.stream().map(Posting::signed).filter(a -> a.signum() < 0).reduce(BigDecimal.ZERO, BigDecimal::add)
                .negate();
    }
}
