package io.suitetok.settlement;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventType;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokOrderId;
import io.suitetok.model.id.TikTokSkuId;
import io.suitetok.model.money.Money;
import io.suitetok.model.order.Order;
import io.suitetok.model.order.OrderLine;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.model.order.OrderTotals;
import io.suitetok.model.order.ReturnResult;
import io.suitetok.model.order.SalesOrderResult;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A two-shop merchant's books: TikTok US (USD, subsidiary 10) and UK (GBP, subsidiary 20), each with its
 * TikTok clearing, receivable, bank and suspense accounts and one expense account per fee type; and the
 * order flow's events as order-sync-service publishes them.
 */
public final class SettlementFixtures {

    public static final String US_SHOP = "7495000000000000001";
    static final String UK_SHOP = "7495000000000000002";
    static final String US_CLEARING = "1300";
    static final String US_RECEIVABLE = "1200";
    static final String US_BANK = "1010";
    static final String US_SUSPENSE = "1999";
    static final String US_REFERRAL = "6100";
    static final String US_TRANSACTION = "6110";
    static final String US_SHIPPING = "6120";
    static final String US_REFUND_ADMIN = "6140";
    static final String US_COMPENSATION = "4900";
    static final String US_PLATFORM_DISCOUNT = "4910";
    static final String UK_CLEARING = "1301";
    static final String UK_RECEIVABLE = "1201";
    static final String UK_BANK = "1011";
    static final String UK_COMMISSION = "6101";

    private SettlementFixtures() {
    }

    public static void seedNetSuite(NetSuiteSimulator netsuite) {
        netsuite.account().seed(new SeedRequest(
                List.of(new SeedRequest.Currency("1", "USD"), new SeedRequest.Currency("2", "GBP")),
                List.of(new SeedRequest.Subsidiary("10", "Acme US", "1"), new SeedRequest.Subsidiary("20", "Acme UK", "2")),
                null, null, null, null, null, List.of(
                        account(US_BANK, "Operating Bank USD", "_bank", "10"),
                        account(UK_BANK, "Operating Bank GBP", "_bank", "20"),
                        account(US_RECEIVABLE, "TikTok Receivable USD", "_accountsReceivable", "10"),
                        account(UK_RECEIVABLE, "TikTok Receivable GBP", "_accountsReceivable", "20"),
                        account(US_CLEARING, "TikTok Clearing USD", "_otherCurrentAsset", "10"),
                        account(UK_CLEARING, "TikTok Clearing GBP", "_otherCurrentAsset", "20"),
                        account(US_SUSPENSE, "TikTok Suspense", "_otherCurrentAsset", null),
                        account(US_REFERRAL, "TikTok Referral Fee", "_expense", null),
                        account(UK_COMMISSION, "TikTok Commission", "_expense", null),
                        account(US_TRANSACTION, "TikTok Transaction Fee", "_expense", null),
                        account(US_SHIPPING, "TikTok Shipping Labels", "_expense", null),
                        account(US_REFUND_ADMIN, "TikTok Refund Administration", "_expense", null),
                        account(US_COMPENSATION, "TikTok Compensation", "_otherIncome", null),
                        account(US_PLATFORM_DISCOUNT, "TikTok Platform Discounts Reclaimed", "_income", null))));
    }

    private static SeedRequest.Account account(String internalId, String name, String type, String subsidiary) {
        return new SeedRequest.Account(internalId, internalId, name, type,
                subsidiary == null ? List.of() : List.of(subsidiary), null, false);
    }

    /** @param tokenTable each test class's own: tokens another class's simulator issued are refused by this one */
    public static void register(DynamicPropertyRegistry registry, RunningSimulator tiktok, NetSuiteSimulator netsuite,
            String tokenTable) {
        registry.add("hub.settlement.poll-enabled", () -> "false");
        // Each test settles its own day of the past month; every round must see them all.
        registry.add("hub.settlement.overlap", () -> "30d");
        String us = "hub.settlement.shops[0].";
        Map.of("shop-id", US_SHOP, "subsidiary", "10", "currency", "1", "clearing", US_CLEARING, "receivable",
                US_RECEIVABLE, "bank", US_BANK, "suspense", US_SUSPENSE).forEach((key, value) ->
                registry.add(us + key, () -> value));
        Map.of("referral_fee_amount", US_REFERRAL, "transaction_fee_amount", US_TRANSACTION, "shipping_fee_amount",
                US_SHIPPING, "refund_administration_fee_amount", US_REFUND_ADMIN, "sales_tax_amount", US_RECEIVABLE,
                "sales_tax_refund_amount", US_RECEIVABLE, "affiliate_commission_amount", US_REFERRAL)
                .forEach((fee, account) -> registry.add(us + "fee-accounts[" + fee + "]", () -> account));
        registry.add(us + "adjustment-accounts[SHIPPING_FEE_COMPENSATION]", () -> US_COMPENSATION);
        registry.add(us + "platform-discount-account", () -> US_PLATFORM_DISCOUNT);
        registry.add(us + "expected-fee-rates[referral_fee_amount]", () -> "0.06");
        // TikTok takes the US transaction fee on what the buyer paid, and withholds the sales tax.
        registry.add(us + "expected-fee-rates[transaction_fee_amount]", () -> "0.029");
        registry.add(us + "expected-fee-bases[transaction_fee_amount]", () -> "PAYMENT");
        registry.add(us + "sales-tax-withheld", () -> "true");
        String uk = "hub.settlement.shops[1].";
        Map.of("shop-id", UK_SHOP, "subsidiary", "20", "currency", "2", "clearing", UK_CLEARING, "receivable",
                UK_RECEIVABLE, "bank", UK_BANK, "suspense", US_SUSPENSE).forEach((key, value) ->
                registry.add(uk + key, () -> value));
        Map.of("platform_commission_amount", UK_COMMISSION, "shipping_fee_amount", US_SHIPPING,
                "refund_administration_fee_amount", US_REFUND_ADMIN)
                .forEach((fee, account) -> registry.add(uk + "fee-accounts[" + fee + "]", () -> account));
        registry.add(uk + "expected-fee-rates[platform_commission_amount]", () -> "0.09");
        tiktok.hubProperties(tokenTable).forEach((key, value) -> registry.add(key, () -> value));
        netsuite.hubProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** order-sync-service's word that the order's Sales Order is written. */
    static void salesOrderWritten(EventPublisher publisher, EventCodec codec, String shop, String orderId) {
        SalesOrderResult result = new SalesOrderResult(shop, orderId, "WRITTEN", "SO-" + orderId, "SO" + orderId,
                List.of(), Map.of());
        publisher.publishAndWait(HubTopic.ORDER_NETSUITE_RESULTS, codec.envelope(type("SalesOrderWritten"),
                "order-sync-service", orderId, orderId, new ShopId(shop), result), Duration.ofSeconds(10));
    }

    /** order-sync-service's word that a return is credited (its Credit Memo written). */
    static void returnCredited(EventPublisher publisher, EventCodec codec, String shop, String orderId, String returnId,
            BigDecimal credited, String currency) {
        ReturnResult result = new ReturnResult(shop, orderId, returnId, "RETURN_AND_REFUND",
                "RETURN_OR_REFUND_REQUEST_COMPLETE", "DONE", "RA-" + returnId, "IR-" + returnId, "CM-" + returnId, null,
                credited, currency, credited, BigDecimal.ZERO, List.of(), List.of());
        publisher.publishAndWait(HubTopic.ORDER_RETURNS, codec.envelope(type("ReturnSettled"), "order-sync-service",
                returnId, orderId, new ShopId(shop), result), Duration.ofSeconds(10));
    }

    /**
     * The order as order-sync-service publishes it on orders.v1, from TikTok's own view of it (each TikTok line
     * item is one unit): lines at their original price less the seller's discount, shipping and tax as paid.
     */
    @SuppressWarnings("unchecked")
    static void orderSnapshot(EventPublisher publisher, EventCodec codec, String shop, Map<String, Object> tiktokOrder) {
        Map<String, Object> payment = (Map<String, Object>) tiktokOrder.get("payment");
        String currency = (String) payment.get("currency");
        List<OrderLine> lines = new ArrayList<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) tiktokOrder.get("line_items")) {
            lines.add(new OrderLine(new TikTokSkuId((String) item.get("sku_id")), null, null,
                    (String) item.get("product_name"), money(item.get("original_price"), currency),
                    money(item.get("seller_discount"), currency), money(item.get("platform_discount"), currency),
                    Money.zero(currency), false, false, List.of((String) item.get("id")), List.of()));
        }
        OrderTotals totals = new OrderTotals(money(payment.get("original_total_product_price"), currency),
                money(payment.get("seller_discount"), currency), money(payment.get("platform_discount"), currency),
                money(payment.get("sub_total"), currency), money(payment.get("original_shipping_fee"), currency),
                money(payment.get("shipping_fee_seller_discount"), currency),
                money(payment.get("shipping_fee_platform_discount"), currency), money(payment.get("shipping_fee"), currency),
                money(payment.get("tax"), currency), Money.zero(currency), money(payment.get("total_amount"), currency));
        String orderId = (String) tiktokOrder.get("id");
        Order order = new Order(new ShopId(shop), new TikTokOrderId(orderId),
                OrderStatus.fromTikTok((String) tiktokOrder.get("status")), null, Instant.now(), Instant.now(), currency,
                null, null, lines, totals);
        publisher.publishAndWait(HubTopic.ORDERS, codec.envelope(type("OrderSnapshotReceived"), "order-sync-service",
                orderId, orderId, order.shopId(), order), Duration.ofSeconds(10));
    }

    private static Money money(Object text, String currency) {
        return text == null || text.toString().isBlank() ? Money.zero(currency) : Money.of(text.toString(), currency);
    }

    static EventType type(String name) {
        return new EventType() {
            public String name() {
                return name;
            }

            public int schemaVersion() {
                return 1;
            }
        };
    }
}
