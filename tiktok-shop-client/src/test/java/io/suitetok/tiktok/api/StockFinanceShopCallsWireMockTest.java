package io.suitetok.tiktok.api;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.money.Money;
import io.suitetok.tiktok.api.StockAndPriceApi.SkuPrice;
import io.suitetok.tiktok.api.StockAndPriceApi.SkuStock;
import io.suitetok.tiktok.model.finance.OrderStatementTransaction;
import io.suitetok.tiktok.model.finance.SettlementAmounts;
import io.suitetok.tiktok.model.finance.SkuStatementTransaction;
import io.suitetok.tiktok.model.finance.StatementTransaction;
import java.math.BigDecimal;
import io.suitetok.tiktok.model.product.Price;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome;
import io.suitetok.tiktok.model.product.WarehouseQuantity;
import io.suitetok.tiktok.model.shop.WebhookSubscription;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockFinanceShopCallsWireMockTest extends WireMockTikTokTest {

    @Test
    void aPartialPerSkuFailureInsideASuccessIsReturnedNotSwallowed() {
        wireMock.stubFor(post(urlPathEqualTo("/product/202309/products/1729582718312300000/inventory/update"))
                .willReturn(okJson(fixture("inventory-partial-failure.json"))));

        SkuUpdateOutcome outcome = client.stockAndPrices().updateInventory(US, "1729582718312300000", List.of(
                new SkuStock("1729582718312380001", List.of(new WarehouseQuantity("7068517275539719942", 42))),
                new SkuStock("1729582718312380002", List.of(new WarehouseQuantity("7068517275539710000", 7)))));

        assertThat(outcome.allAccepted()).isFalse();
        assertThat(outcome.refusedSkuIds()).containsExactly("1729582718312380002");
        assertThat(outcome.errors().get(0).detail().extraErrors().get(0).warehouseId()).isEqualTo("7068517275539710000");
        wireMock.verify(postRequestedFor(urlPathEqualTo("/product/202309/products/1729582718312300000/inventory/update"))
                .withRequestBody(equalToJson("{\"skus\":[{\"id\":\"1729582718312380001\",\"inventory\":[{\"warehouse_id\":"
                        + "\"7068517275539719942\",\"quantity\":42}]},{\"id\":\"1729582718312380002\",\"inventory\":"
                        + "[{\"warehouse_id\":\"7068517275539710000\",\"quantity\":7}]}]}")));
    }

    @Test
    void pricesTravelAsDecimalStringsWithTheirCurrency() {
        wireMock.stubFor(post(urlPathEqualTo("/product/202309/products/1729582718312300000/prices/update"))
                .willReturn(okJson(success("{}"))));

        SkuUpdateOutcome outcome = client.stockAndPrices().updatePrices(US, "1729582718312300000",
                List.of(new SkuPrice("1729582718312380001", Price.of(Money.of("19.90", "USD")))));

        assertThat(outcome.allAccepted()).isTrue();
        wireMock.verify(postRequestedFor(urlPathEqualTo("/product/202309/products/1729582718312300000/prices/update"))
                .withRequestBody(equalToJson("{\"skus\":[{\"id\":\"1729582718312380001\",\"price\":{\"amount\":\"19.90\","
                        + "\"currency\":\"USD\"}}]}")));
    }

    @Test
    void warehousesAndWebhookSubscriptionsAreReadAndWritten() {
        wireMock.stubFor(get(urlPathEqualTo("/logistics/202309/warehouses")).willReturn(okJson(success(
                "{\"warehouses\":[{\"id\":\"7068517275539719942\",\"name\":\"Chicago DC\",\"effect_status\":\"ENABLED\","
                        + "\"is_default\":true,\"type\":\"SALES_WAREHOUSE\"}]}"))));
        wireMock.stubFor(get(urlPathEqualTo("/event/202309/webhooks")).willReturn(okJson(success(
                "{\"webhooks\":[{\"event_type\":\"ORDER_STATUS_CHANGE\",\"address\":\"https://hub.example/webhooks/tiktok\"}]}"))));
        wireMock.stubFor(put(urlPathEqualTo("/event/202309/webhooks")).willReturn(okJson(success("{}"))));

        var warehouses = client.shops().warehouses(US);
        var webhooks = client.shops().webhooks(US);
        client.shops().subscribe(US, new WebhookSubscription("RECIPIENT_ADDRESS_UPDATE", "https://hub.example/webhooks/tiktok"));

        assertThat(warehouses).extracting("id").containsExactly("7068517275539719942");
        assertThat(webhooks).extracting(WebhookSubscription::eventType).containsExactly("ORDER_STATUS_CHANGE");
        wireMock.verify(putRequestedFor(urlPathEqualTo("/event/202309/webhooks")).withRequestBody(equalToJson(
                "{\"event_type\":\"RECIPIENT_ADDRESS_UPDATE\",\"address\":\"https://hub.example/webhooks/tiktok\"}")));
    }

    @Test
    void statementTransactionsAddUpAsTikTokDocumentsThem() {
        wireMock.stubFor(get(urlPathEqualTo("/finance/202309/statements")).willReturn(okJson(success(
                "{\"statements\":[{\"id\":\"7331563512399800001\",\"statement_time\":1764115200,\"currency\":\"USD\","
                        + "\"settlement_amount\":\"42.46\",\"revenue_amount\":\"62.45\",\"fee_amount\":\"-18.74\","
                        + "\"adjustment_amount\":\"-1.25\",\"payment_status\":\"PAID\",\"payment_id\":\"7331\"}],"
                        + "\"next_page_token\":\"\"}"))));
        wireMock.stubFor(get(urlPathEqualTo("/finance/202309/statements/7331563512399800001/statement_transactions"))
                .willReturn(okJson(fixture("statement-transactions.json"))));
        wireMock.stubFor(get(urlPathEqualTo("/finance/202309/orders/576469123456789012/statement_transactions"))
                .willReturn(okJson(fixture("order-statement-transactions.json"))));
        wireMock.stubFor(get(urlPathEqualTo("/finance/202309/payments")).willReturn(okJson(success(
                "{\"payments\":[{\"id\":\"7331\",\"status\":\"PAID\",\"amount\":{\"value\":\"42.46\",\"currency\":\"USD\"},"
                        + "\"exchange_rate\":\"1.000000\"}],\"next_page_token\":\"\"}"))));

        var statement = client.finance().statements(US, 1764115200L, 1764201600L, null).statements().get(0);
        var page = client.finance().statementTransactions(US, statement.id(), null);
        List<StatementTransaction> lines = page.statementTransactions();
        var orderLines = client.finance().orderTransactions(US, "576469123456789012");
        var payout = client.finance().payments(US, 1764115200L, 1764201600L, null).payments().get(0);

        assertThat(statement.settlementAmount()).isEqualByComparingTo(
                statement.revenueAmount().add(statement.feeAmount()).add(statement.adjustmentAmount()));
        assertThat(lines).allSatisfy(line -> assertThat(line.amounts().settlementAmount()).isEqualByComparingTo(
                line.amounts().revenueAmount().add(line.amounts().feeAmount()).add(line.amounts().adjustmentAmount())));
        assertThat(lines.stream().map(line -> line.amounts().settlementAmount()).reduce(BigDecimal::add))
                .hasValueSatisfying(sum -> assertThat(sum).isEqualByComparingTo(page.settlementAmount()));
        assertThat(page.settlementAmount()).isEqualByComparingTo(statement.settlementAmount());
        assertThat(page.totalCount()).isEqualTo(2);
        assertThat(orderLines.statementTransactions().get(0).statementId()).isEqualTo(statement.id());
        assertThat(payout.amount().value()).isEqualTo("42.46");
        wireMock.verify(getRequestedFor(urlPathEqualTo("/finance/202309/statements"))
                .withQueryParam("sort_field", equalTo("statement_time"))
                .withQueryParam("statement_time_ge", equalTo("1764115200")));
    }

    @Test
    void aStatementRowReadsEveryDocumentedAmountAndItsOwnIdentity() {
        wireMock.stubFor(get(urlPathEqualTo("/finance/202309/statements/7331563512399800001/statement_transactions"))
                .willReturn(okJson(fixture("statement-transactions.json"))));

        List<StatementTransaction> lines = client.finance().statementTransactions(US, "7331563512399800001", null)
                .statementTransactions();

        StatementTransaction order = lines.get(0);
        assertThat(order.isOrder()).isTrue();
        assertThat(order.orderId()).isEqualTo("576469123456789012");
        SettlementAmounts amounts = order.amounts();
        assertThat(amounts.grossSalesAmount()).isEqualByComparingTo("61.98");
        assertThat(amounts.sellerDiscountAmount()).isEqualByComparingTo("-3.99");
        assertThat(amounts.shippingCostAmount()).isEqualByComparingTo("-3.20");
        assertThat(amounts.fbtShippingCostAmount()).isEqualByComparingTo("-3.20");
        assertThat(amounts.fbtFulfillmentFeeAmount()).isEqualByComparingTo("-3.58");
        assertThat(amounts.affiliateAdsCommissionAmount()).isEqualByComparingTo("-1.16");
        // TikTok's documented identities hold on what was read.
        assertThat(amounts.customerPaymentAmount()).isEqualByComparingTo(amounts.afterSellerDiscountsSubtotalAmount()
                .add(amounts.customerShippingFeeAmount()).subtract(amounts.platformDiscountAmount())
                .add(amounts.salesTaxPaymentAmount()));
        assertThat(amounts.revenueAmount()).isEqualByComparingTo(amounts.customerPaymentAmount()
                .add(amounts.platformDiscountAmount()).add(amounts.platformDiscountRefundAmount())
                .add(amounts.customerOrderRefundAmount()).add(amounts.shippingFeeSubsidyAmount()));
        StatementTransaction adjustment = lines.get(1);
        assertThat(adjustment.type()).isEqualTo("SHIPPING_FEE_ADJUSTMENT");
        assertThat(adjustment.adjustmentOrderId()).isEqualTo("576469123456789012");
        assertThat(adjustment.amounts().grossSalesAmount()).as("not sent for an adjustment").isNull();
    }

    @Test
    void anOrdersSettlementHasPerSkuAmountsThatAddUpToIt() {
        wireMock.stubFor(get(urlPathEqualTo("/finance/202309/orders/576469123456789012/statement_transactions"))
                .willReturn(okJson(fixture("order-statement-transactions.json"))));

        var ofOrder = client.finance().orderTransactions(US, "576469123456789012");

        assertThat(ofOrder.orderCreateTime()).isEqualTo(1764050000L);
        OrderStatementTransaction settled = ofOrder.statementTransactions().get(0);
        assertThat(settled.status()).isEqualTo("SETTLED");
        assertThat(settled.statementTime()).isEqualTo(1764115200L);
        assertThat(settled.skuStatementTransactions()).extracting(SkuStatementTransaction::quantity)
                .containsExactly(2, 1);
        for (java.util.function.Function<SettlementAmounts, BigDecimal> part : List.<java.util.function.Function<
                SettlementAmounts, BigDecimal>>of(SettlementAmounts::settlementAmount, SettlementAmounts::revenueAmount,
                SettlementAmounts::feeAmount)) {
            assertThat(settled.skuStatementTransactions().stream().map(sku -> part.apply(sku.amounts()))
                    .reduce(BigDecimal::add).orElseThrow()).isEqualByComparingTo(part.apply(settled.amounts()));
        }
        assertThat(settled.skuStatementTransactions().get(0).amounts().fbtFulfillmentFeeAmount())
                .isEqualByComparingTo("-2.38");
    }
}
