package io.suitetok.orders.returns;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.order.Order;
import io.suitetok.netsuite.gateway.CommitInventory;
import io.suitetok.netsuite.gateway.CreditMemoDraft;
import io.suitetok.netsuite.gateway.ReturnAuthorizationDraft;
import io.suitetok.netsuite.gateway.ReturnReceiptDraft;
import io.suitetok.netsuite.gateway.ReturnedItem;
import io.suitetok.orders.config.CustomerPolicy;
import io.suitetok.orders.config.OrderProperties.BodyFields;
import io.suitetok.orders.config.OrderShopSettings;
import io.suitetok.orders.config.ReturnSettings;
import io.suitetok.orders.config.ReturnSettings.Disposition;
import io.suitetok.orders.config.ReturnSettings.Refunds;
import io.suitetok.orders.mapping.OrderSnapshotMapper;
import io.suitetok.tiktok.json.TikTokJson;
import io.suitetok.tiktok.model.order.TikTokOrder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The documents of a return, from TikTok's figures, to the cent (fixtures: the order mapper's own). */
class ReturnDocumentsTest {

    private static final String SHOP = "7494";
    private static final BodyFields FIELDS = new BodyFields("custbody_tts_source", "custbody_tts_shop_id",
            "custbody_tts_order_id", "custbody_tts_order_type", "custbody_tts_platform_discount", "custbody_tts_tax",
            "custbody_tts_return_id", "custbody_tts_return_tracking", "custbody_tts_refund_total",
            "custbody_tts_platform_refund");
    private static final NetSuiteInternalId CUSTOMER = new NetSuiteInternalId("4410");
    private static final ReturnSettings SELLABLE_WITH_REFUNDS = new ReturnSettings(Disposition.SELLABLE, null,
            Refunds.CUSTOMER_REFUND, "1190", null, null);

    @Test
    void aPartialReturnOfAMultiUnitLineCreditsOnlyTheReturnedUnitAndKeepsTikToksTaxOffInTheUs() throws IOException {
        Order order = load("order-us-mixed.json");
        // One of three T-shirts: sale price 20.00 - 2.00 seller - 1.00 platform = 17.00, tax 1.36 remitted by TikTok.
        OrderReturn ret = refund("r-1", OrderReturn.RETURN_AND_REFUND, "USD", "17.00", "0", "1.36", "18.36",
                unit("577087123400000002", "TEE-RED-M", "17.00"));

        ReturnDocuments documents = documents(ret, order, shop(true, null, SELLABLE_WITH_REFUNDS));

        ReturnAuthorizationDraft ra = documents.returnAuthorization(false);
        assertThat(ra.externalId()).isEqualTo("TTS-RA-7494-r-1");
        assertThat(ra.salesOrderExternalId()).isEqualTo("TTS-7494-" + order.orderId().value());
        assertThat(lines(ra.lines())).containsExactly("79:1:17.00");
        CreditMemoDraft memo = documents.creditMemo(true);
        assertThat(memo.returnAuthorizationExternalId()).isEqualTo("TTS-RA-7494-r-1");
        assertThat(memo.total()).isEqualByComparingTo("17.00").isEqualByComparingTo(documents.expectedCredit());
        assertThat(memo.customFields()).containsEntry("custbody_tts_refund_total", "18.36")
                .containsEntry("custbody_tts_tax", "1.36").containsEntry("custbody_tts_platform_refund", "1.00")
                .containsEntry("custbody_tts_return_id", "r-1");
        ReturnReceiptDraft receipt = documents.receipt().orElseThrow();
        assertThat(receipt.lines()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualByComparingTo("1");
            assertThat(line.location().value()).isEqualTo("12");
        });
        assertThat(documents.customerRefund(memo.total()).orElseThrow().amount()).isEqualByComparingTo("17.00");
        assertThat(documents.problems()).isEmpty();
    }

    @Test
    void aWholeGbpOrderReturnedCreditsEveryUnitAndTheShippingToTikToksRefundTotal() throws IOException {
        Order order = load("order-uk-preorder.json");
        // Hoodies 45.00 - 4.50 = 40.50 each, socks 12.00 - 2.00 platform = 10.00, the tote a gift; shipping 2.99.
        OrderReturn ret = refund("r-2", OrderReturn.RETURN_AND_REFUND, "GBP", "91.00", "2.99", "0", "93.99",
                unit("577087999900000001", "HOODIE-GRY-L", "40.50"), unit("577087999900000002", "HOODIE-GRY-L", "40.50"),
                unit("577087999900000003", "SOCK-3PK", "10.00"), unit("577087999900000004", "TOTE-NAT", "0.00"));

        ReturnDocuments documents = documents(ret, order, shop(false, "77", SELLABLE_WITH_REFUNDS));

        CreditMemoDraft memo = documents.creditMemo(true);
        assertThat(lines(memo.lines())).containsExactly("712:2:40.50", "78:1:10.00", "78:1:0.00");
        assertThat(memo.shippingCost()).isEqualByComparingTo("2.99");
        assertThat(memo.total()).isEqualByComparingTo("93.99").isEqualByComparingTo(documents.expectedCredit());
        assertThat(memo.customFields()).containsEntry("custbody_tts_platform_refund", "2.00")
                .doesNotContainKey("custbody_tts_tax");
        assertThat(documents.problems()).isEmpty();
    }

    @Test
    void unitRefundsThatDoNotAddUpToTheSubtotalAreReplacedByTheSubtotalSplitToTheCent() throws IOException {
        Order order = load("order-us-mixed.json");
        // The seller agreed a partial refund of 10.00 for three T-shirts; TikTok's unit figures say 17.00 each.
        OrderReturn ret = refund("r-3", OrderReturn.REFUND, "USD", "10.00", "0", "0", "10.00",
                unit("577087123400000001", "TEE-RED-M", "17.00"), unit("577087123400000002", "TEE-RED-M", "17.00"),
                unit("577087123400000003", "TEE-RED-M", "17.00"));

        ReturnDocuments documents = documents(ret, order, shop(true, null, SELLABLE_WITH_REFUNDS));

        CreditMemoDraft memo = documents.creditMemo(false);
        assertThat(memo.returnAuthorizationExternalId()).isNull();
        assertThat(lines(memo.lines())).containsExactly("79:1:3.34", "79:2:3.33");
        assertThat(memo.total()).isEqualByComparingTo("10.00");
    }

    @Test
    void taxTheSellerBookedIsCreditedOnTheTaxItemAndWithoutOneTheReturnIsParkedNamingTheSetting() throws IOException {
        Order order = load("order-us-mixed.json");
        OrderReturn ret = refund("r-4", OrderReturn.REFUND, "USD", "17.00", "0", "1.36", "18.36",
                unit("577087123400000001", "TEE-RED-M", "17.00"));

        CreditMemoDraft withItem = documents(ret, order, shop(false, "77", SELLABLE_WITH_REFUNDS)).creditMemo(false);
        ReturnDocuments withoutItem = documents(ret, order, shop(false, null, SELLABLE_WITH_REFUNDS));
        withoutItem.creditMemo(false);

        assertThat(lines(withItem.lines())).containsExactly("79:1:17.00", "77:1:1.36");
        assertThat(withItem.total()).isEqualByComparingTo("18.36");
        assertThat(withoutItem.problems()).singleElement().asString().contains("tax-item");
    }

    @Test
    void everyProblemIsNamedAtOnce() throws IOException {
        Order order = load("order-us-mixed.json");
        OrderReturn ret = refund("r-5", OrderReturn.RETURN_AND_REFUND, "USD", "17.00", "0", "0", "17.00",
                unit("577087123400000001", "TEE-RED-M", "17.00"), unit("999", "GHOST", "0.00"));

        ReturnDocuments documents = new ReturnDocuments(ret, order, shop(true, null,
                new ReturnSettings(Disposition.DAMAGED, null, Refunds.CUSTOMER_REFUND, null, null, null)),
                sku -> Optional.empty(), CUSTOMER, FIELDS);
        documents.receipt();
        documents.customerRefund(BigDecimal.TEN);

        assertThat(documents.problems()).hasSize(4).anySatisfy(p -> assertThat(p).contains("TEE-RED-M"))
                .anySatisfy(p -> assertThat(p).contains("999 is not a unit"))
                .anySatisfy(p -> assertThat(p).contains("damaged-location"))
                .anySatisfy(p -> assertThat(p).contains("refund-account"));
    }

    @Test
    void settlementRefundsAndNotRestockedReturnsWriteNoRefundAndNoReceipt() throws IOException {
        Order order = load("order-us-mixed.json");
        OrderReturn ret = refund("r-6", OrderReturn.RETURN_AND_REFUND, "USD", "17.00", "0", "0", "17.00",
                unit("577087123400000001", "TEE-RED-M", "17.00"));

        ReturnDocuments documents = documents(ret, order, shop(true, null,
                new ReturnSettings(Disposition.NOT_RESTOCKED, null, Refunds.SETTLEMENT, null, null, null)));

        assertThat(documents.receipt()).isEmpty();
        assertThat(documents.customerRefund(new BigDecimal("17.00"))).isEmpty();
        assertThat(documents.problems()).isEmpty();
    }

    private static ReturnDocuments documents(OrderReturn ret, Order order, OrderShopSettings shop) {
        // Item ids: "7" followed by the seller SKU's length, so each SKU has its own item.
        return new ReturnDocuments(ret, order, shop, sku -> Optional.of("7" + sku.value().length()), CUSTOMER, FIELDS);
    }

    private static List<String> lines(List<ReturnedItem> lines) {
        return lines.stream().map(line -> line.item().value() + ":" + line.quantity().toPlainString() + ":"
                + line.rate().toPlainString()).toList();
    }

    private static OrderReturn.ReturnedUnit unit(String lineId, String sku, String refund) {
        return new OrderReturn.ReturnedUnit(lineId, sku, new BigDecimal(refund));
    }

    private static OrderReturn refund(String returnId, String type, String currency, String subtotal, String shipping,
            String tax, String total, OrderReturn.ReturnedUnit... units) {
        return new OrderReturn(SHOP, returnId, "o", type, "RETURN_OR_REFUND_REQUEST_COMPLETE",
                Instant.parse("2026-12-05T10:00:00Z"), currency, new BigDecimal(subtotal), new BigDecimal(shipping),
                new BigDecimal(tax), new BigDecimal(total), List.of(units), null, null, true);
    }

    private static OrderShopSettings shop(boolean facilitator, String taxItem, ReturnSettings returns) {
        return new OrderShopSettings(SHOP, "3", "9", "4410", null, null, "12", Map.of(), Map.of(), facilitator, taxItem,
                true, true, CommitInventory.AVAILABLE_QTY, Map.of(), null, "PICKUP", CustomerPolicy.DEFAULT_CUSTOMER,
                Map.of(), returns);
    }

    private static Order load(String fixture) throws IOException {
        TikTokOrder order = TikTokJson.mapper().readValue(
                Files.readString(Path.of("src/test/resources/fixtures", fixture)), TikTokOrder.class);
        return new OrderSnapshotMapper().toCanonical(new ShopId(SHOP), order);
    }
}
