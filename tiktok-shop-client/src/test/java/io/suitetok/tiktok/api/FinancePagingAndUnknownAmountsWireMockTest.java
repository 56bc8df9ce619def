package io.suitetok.tiktok.api;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.tiktok.model.finance.OrderStatementTransaction;
import io.suitetok.tiktok.model.finance.Statement;
import io.suitetok.tiktok.model.finance.StatementTransaction;
import io.suitetok.tiktok.model.finance.StatementTransactionPage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinancePagingAndUnknownAmountsWireMockTest extends WireMockTikTokTest {

    private static final String TRANSACTIONS = "/finance/202309/statements/7331563512399800001/statement_transactions";

    @Test
    void anAmountFieldTheReaderDoesNotKnowIsKeptByItsWireName() {
        wireMock.stubFor(get(urlPathEqualTo(TRANSACTIONS)).willReturn(okJson(success(page("", 1,
                "{\"id\":\"t1\",\"type\":\"ORDER\",\"order_id\":\"576469123456789012\",\"currency\":\"USD\","
                        + "\"settlement_amount\":\"9.00\",\"revenue_amount\":\"10.00\",\"fee_amount\":\"-1.00\","
                        + "\"adjustment_amount\":\"0.00\",\"referral_fee_amount\":\"-0.50\","
                        + "\"eco_packaging_fee_amount\":\"-0.50\",\"carbon_offset_amount\":null,"
                        + "\"mystery_levy_amount\":\"-0.00\",\"note\":\"not money\"}")))));

        StatementTransaction line = client.finance().statementTransactions(US, "7331563512399800001", null)
                .statementTransactions().get(0);

        assertThat(line.amounts().referralFeeAmount()).isEqualByComparingTo("-0.50");
        assertThat(line.otherAmounts()).containsOnlyKeys("eco_packaging_fee_amount", "mystery_levy_amount");
        assertThat(line.otherAmounts().get("eco_packaging_fee_amount")).isEqualByComparingTo("-0.50");
        assertThat(line.otherAmounts().keySet()).containsExactly("eco_packaging_fee_amount", "mystery_levy_amount");
    }

    @Test
    void everyDocumentedAmountIsKnownSoAFullRowHasNoOtherAmounts() {
        wireMock.stubFor(get(urlPathEqualTo(TRANSACTIONS)).willReturn(okJson(fixture("statement-transactions.json"))));
        wireMock.stubFor(get(urlPathEqualTo("/finance/202309/orders/576469123456789012/statement_transactions"))
                .willReturn(okJson(fixture("order-statement-transactions.json"))));

        List<StatementTransaction> lines = client.finance().statementTransactions(US, "7331563512399800001", null)
                .statementTransactions();
        List<OrderStatementTransaction> ofOrder = client.finance().orderTransactions(US, "576469123456789012")
                .statementTransactions();

        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.otherAmounts()).isEmpty());
        assertThat(ofOrder).isNotEmpty().allSatisfy(row -> assertThat(row.otherAmounts()).isEmpty());
    }

    @Test
    void anOrdersStatementTransactionKeepsUnknownAmountsToo() {
        wireMock.stubFor(get(urlPathEqualTo("/finance/202309/orders/576469123456789012/statement_transactions"))
                .willReturn(okJson(success("{\"order_id\":\"576469123456789012\",\"statement_transactions\":[{"
                        + "\"id\":\"t1\",\"status\":\"SETTLED\",\"currency\":\"GBP\",\"settlement_amount\":\"4.00\","
                        + "\"revenue_amount\":\"5.00\",\"fee_amount\":\"-1.00\",\"platform_commission_amount\":\"-0.45\","
                        + "\"vat_on_fees_amount\":\"-0.55\"}]}"))));

        OrderStatementTransaction row = client.finance().orderTransactions(US, "576469123456789012")
                .statementTransactions().get(0);

        assertThat(row.otherAmounts()).containsOnlyKeys("vat_on_fees_amount");
        assertThat(row.otherAmounts().get("vat_on_fees_amount")).isEqualByComparingTo("-0.55");
    }

    @Test
    void forEachStatementTransactionFollowsTheTokensPageByPage() {
        wireMock.stubFor(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("page_token", absent())
                .willReturn(okJson(success(page("cGFnZTI=", 3, line("t1"), line("t2"))))));
        wireMock.stubFor(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("page_token", equalTo("cGFnZTI="))
                .willReturn(okJson(success(page("", 3, line("t3"))))));
        List<String> seen = new ArrayList<>();

        StatementTransactionPage last = client.finance().forEachStatementTransaction(US, "7331563512399800001", 2,
                line -> seen.add(line.id()));

        assertThat(seen).containsExactly("t1", "t2", "t3");
        assertThat(last.totalCount()).isEqualTo(3);
        assertThat(last.settlementAmount()).isEqualByComparingTo("27.00");
        wireMock.verify(2, getRequestedFor(urlPathEqualTo(TRANSACTIONS)).withQueryParam("page_size", equalTo("2")));
    }

    @Test
    void aPageSizeOutsideTikToksRangeIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> client.finance().forEachStatementTransaction(US, "7331563512399800001", 101,
                line -> { })).isInstanceOf(IllegalArgumentException.class);
        wireMock.verify(0, getRequestedFor(urlPathEqualTo(TRANSACTIONS)));
    }

    @Test
    void statementsCanBeFilteredByPaymentStatusAndWalkedInFull() {
        wireMock.stubFor(get(urlPathEqualTo("/finance/202309/statements")).withQueryParam("page_token", absent())
                .willReturn(okJson(success("{\"statements\":[" + statement("s1") + "],\"next_page_token\":\"bmV4dA==\"}"))));
        wireMock.stubFor(get(urlPathEqualTo("/finance/202309/statements")).withQueryParam("page_token", equalTo("bmV4dA=="))
                .willReturn(okJson(success("{\"statements\":[" + statement("s2") + "],\"next_page_token\":\"\"}"))));
        List<Statement> seen = new ArrayList<>();

        long count = client.finance().forEachStatement(US, 1764115200L, 1764288000L, "PAID", seen::add);

        assertThat(count).isEqualTo(2);
        assertThat(seen).extracting(Statement::id).containsExactly("s1", "s2");
        wireMock.verify(2, getRequestedFor(urlPathEqualTo("/finance/202309/statements"))
                .withQueryParam("payment_status", equalTo("PAID"))
                .withQueryParam("sort_order", equalTo("ASC")));
        assertThat(client.finance().statements(US, 1764115200L, 1764288000L, "PROCESSING", null)).isNotNull();
        wireMock.verify(getRequestedFor(urlPathEqualTo("/finance/202309/statements"))
                .withQueryParam("payment_status", equalTo("PROCESSING")));
    }

    @Test
    void paymentsAreWalkedInFullWithReserveAndExchangeRate() {
        wireMock.stubFor(get(urlPathEqualTo("/finance/202309/payments")).withQueryParam("page_token", absent())
                .willReturn(okJson(success("{\"payments\":[{\"id\":\"p1\",\"create_time\":1764201600,"
                        + "\"paid_time\":1764205200,\"status\":\"PAID\",\"amount\":{\"value\":\"108.43\","
                        + "\"currency\":\"EUR\"},\"settlement_amount\":{\"value\":\"100.00\",\"currency\":\"GBP\"},"
                        + "\"reserve_amount\":{\"value\":\"-5.00\",\"currency\":\"GBP\"},"
                        + "\"payment_amount_before_exchange\":{\"value\":\"95.00\",\"currency\":\"GBP\"},"
                        + "\"exchange_rate\":\"1.141368\",\"bank_account\":\"****1234\"}],"
                        + "\"next_page_token\":\"cDI=\"}"))));
        wireMock.stubFor(get(urlPathEqualTo("/finance/202309/payments")).withQueryParam("page_token", equalTo("cDI="))
                .willReturn(okJson(success("{\"payments\":[{\"id\":\"p2\",\"status\":\"PROCESSING\"}],"
                        + "\"next_page_token\":\"\"}"))));
        List<io.suitetok.tiktok.model.finance.Payout> seen = new ArrayList<>();

        long count = client.finance().forEachPayment(US, 1764115200L, 1764288000L, seen::add);

        assertThat(count).isEqualTo(2);
        var paid = seen.get(0);
        assertThat(paid.reserveAmount().decimal()).isEqualByComparingTo("-5.00");
        assertThat(paid.paymentAmountBeforeExchange().decimal()).isEqualByComparingTo("95.00");
        assertThat(paid.exchangeRateValue()).isEqualByComparingTo("1.141368");
        assertThat(paid.amount().currency()).isEqualTo("EUR");
        assertThat(paid.bankAccount()).isEqualTo("****1234");
        assertThat(seen.get(1).exchangeRateValue()).isNull();
        wireMock.verify(2, getRequestedFor(urlPathEqualTo("/finance/202309/payments"))
                .withQueryParam("sort_field", equalTo("create_time")));
    }

    private static String statement(String id) {
        return "{\"id\":\"" + id + "\",\"statement_time\":1764115200,\"currency\":\"USD\",\"settlement_amount\":\"9.00\","
                + "\"revenue_amount\":\"10.00\",\"fee_amount\":\"-1.00\",\"adjustment_amount\":\"0.00\","
                + "\"payment_status\":\"PAID\"}";
    }

    private static String line(String id) {
        return "{\"id\":\"" + id + "\",\"type\":\"ORDER\",\"order_id\":\"o-" + id + "\",\"currency\":\"USD\","
                + "\"settlement_amount\":\"9.00\",\"revenue_amount\":\"10.00\",\"fee_amount\":\"-1.00\","
                + "\"adjustment_amount\":\"0.00\"}";
    }

    private static String page(String nextToken, int totalCount, String... lines) {
        BigDecimal settlement = new BigDecimal("9.00").multiply(BigDecimal.valueOf(totalCount));
        return "{\"statement_id\":\"7331563512399800001\",\"statement_time\":1764115200,\"currency\":\"USD\","
                + "\"settlement_amount\":\"" + settlement + "\",\"revenue_amount\":\"" + settlement.add(
                        BigDecimal.valueOf(totalCount)) + "\",\"fee_amount\":\"-" + totalCount + ".00\","
                + "\"adjustment_amount\":\"0.00\",\"total_count\":" + totalCount + ",\"next_page_token\":\""
                + nextToken + "\",\"statement_transactions\":[" + String.join(",", lines) + "]}";
    }
}
