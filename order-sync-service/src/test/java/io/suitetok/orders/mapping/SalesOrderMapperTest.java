package io.suitetok.orders.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.id.ShopId;
import io.suitetok.model.order.Order;
import io.suitetok.netsuite.gateway.CommitInventory;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import io.suitetok.netsuite.gateway.SalesOrderLine;
import io.suitetok.orders.config.CustomerPolicy;
import io.suitetok.orders.config.OrderProperties.BodyFields;
import io.suitetok.orders.config.OrderShopSettings;
import io.suitetok.tiktok.json.TikTokJson;
import io.suitetok.tiktok.model.order.TikTokOrder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Sales Order of orders with buyer-paid charges, and of an order whose status is new to the hub. */
class SalesOrderMapperTest {

    private static final String SHOP = "7496000000000000003";
    private static final Map<String, String> FEE_ITEMS = Map.of("buyer-service-fee", "901", "handling-fee", "902",
            "item-insurance-fee", "903", "shipping-insurance-fee", "904", "small-order-fee", "905");

    private final SalesOrderMapper mapper = new SalesOrderMapper(new BodyFields("custbody_tts_source",
            "custbody_tts_shop_id", "custbody_tts_order_id", "custbody_tts_order_type",
            "custbody_tts_platform_discount", "custbody_tts_tax", "custbody_tts_return_id",
            "custbody_tts_return_tracking", "custbody_tts_refund_total", "custbody_tts_platform_refund"));

    private static OrderShopSettings shop(Map<String, String> feeItems) {
        return new OrderShopSettings(SHOP, "3", "9", "4410", null, null, "12", Map.of(), Map.of(), true, null, true,
                true, CommitInventory.AVAILABLE_QTY, Map.of(), null, "PICKUP", CustomerPolicy.DEFAULT_CUSTOMER, feeItems,
                null);
    }

    private static Order load(String fixture) throws IOException {
        TikTokOrder order = TikTokJson.mapper().readValue(
                Files.readString(Path.of("src/test/resources/fixtures", fixture)), TikTokOrder.class);
        return new OrderSnapshotMapper().toCanonical(new ShopId(SHOP), order);
    }

    private static BigDecimal total(SalesOrderDraft draft) {
        return draft.lines().stream().map(line -> line.rate().multiply(line.quantity()))
                .reduce(draft.shippingCost(), BigDecimal::add);
    }

    @Test
    void eachBuyerPaidChargeIsALineAndTheSalesOrderTiesOutToTikToksTotal() throws IOException {
        Order order = load("order-th-fees-combined-listing.json");

        SalesOrderMapping mapping = mapper.map(order, shop(FEE_ITEMS), sku -> Optional.of("7" + sku.value().length()));

        assertThat(mapping.parkReasons()).isEmpty();
        SalesOrderDraft draft = mapping.draft();
        assertThat(draft.lines()).filteredOn(line -> line.item().value().startsWith("90"))
                .extracting(line -> line.item().value() + ":" + line.rate().toPlainString() + ":" + line.description())
                .containsExactly("901:2.10:TikTok buyer_service_fee", "902:5.00:TikTok handling_fee",
                        "903:3.30:TikTok item_insurance_fee", "904:1.50:TikTok shipping_insurance_fee",
                        "905:10.00:TikTok small_order_fee");
        assertThat(draft.lines()).filteredOn(line -> line.item().value().startsWith("90"))
                .allSatisfy(line -> assertThat(line.commit()).isEqualTo(CommitInventory.DO_NOT_COMMIT));
        // TikTok funds its platform discounts (goods and shipping) and pays them back in settlement: the Sales
        // Order carries them, what the buyer paid does not. Tax is 0 here (Thai prices include VAT).
        BigDecimal platformFunded = order.totals().platformDiscount().plus(order.totals().shippingPlatformDiscount())
                .amount();
        assertThat(total(draft).subtract(platformFunded)).isEqualByComparingTo(order.totals().totalAmount().amount())
                .isEqualByComparingTo("246.90");
    }

    @Test
    void aChargeWithNoNetSuiteItemParksTheOrderNamingTheSetting() throws IOException {
        Order order = load("order-th-fees-combined-listing.json");

        SalesOrderMapping mapping = mapper.map(order, shop(Map.of()), sku -> Optional.of("77"));

        assertThat(mapping.isParked()).isTrue();
        assertThat(mapping.parkReasons()).anySatisfy(reason -> assertThat(reason)
                .contains("small_order_fee of 10.00").contains("fee-items.small-order-fee"));
    }

    @Test
    void addressLinesThreeAndFourFollowLineTwo() throws IOException {
        SalesOrderDraft draft = mapper.map(load("order-th-fees-combined-listing.json"), shop(FEE_ITEMS),
                sku -> Optional.of("77")).draft();

        assertThat(draft.shippingAddress().addr1()).isEqualTo("99/1 Moo 4");
        assertThat(draft.shippingAddress().addr2()).isEqualTo("Soi Sukhumvit 50, Phra Khanong, Khlong Toei");
    }

    @Test
    void anOrderInAStatusTheHubDoesNotKnowIsParkedWithThatStatusNamed() throws IOException {
        SalesOrderMapping mapping = mapper.map(load("order-th-unknown-status.json"), shop(FEE_ITEMS),
                sku -> Optional.of("77"));

        assertThat(mapping.isParked()).isTrue();
        assertThat(mapping.parkReasons()).singleElement().asString().contains("'AWAITING_REVIEW'")
                .contains("replay");
    }
}
