package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.orders.InsufficientStockException;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.sandbox.tiktok.products.Catalog.SkuSeed;
import io.suitetok.sandbox.tiktok.products.Categories;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.error.TikTokApiException;
import io.suitetok.tiktok.model.order.CancellationRecord;
import io.suitetok.tiktok.model.order.ExternalOrder;
import io.suitetok.tiktok.model.order.ExternalOrder.ExternalLineItem;
import io.suitetok.tiktok.model.order.OrderLineItem;
import io.suitetok.tiktok.model.order.OrderPage;
import io.suitetok.tiktok.model.order.OrderPayment;
import io.suitetok.tiktok.model.order.OrderSearchFilter;
import io.suitetok.tiktok.model.order.ReturnRecord;
import io.suitetok.tiktok.model.order.ReturnStatus;
import io.suitetok.tiktok.model.order.TikTokOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The order calls of the real client against the simulator's order book. */
class OrderApiTest extends AgainstFreshSimulator {

    private static final String US = ShopDirectory.US_SHOP_ID;

    @Test
    void searchPagesThroughEveryOrderOfTheWindowInUpdateTimeOrder() {
        long base = Instant.now().getEpochSecond() - 3_600;
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            placed.add(control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 1)).createdAt(base + i * 10))
                    .orderId());
        }
        control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 1)).createdAt(base - 600));
        OrderSearchFilter window = OrderSearchFilter.updatedBetween(base, base + 70);

        List<OrderPage> pages = new ArrayList<>();
        String token = null;
        do {
            OrderPage page = connected.client.orders().search(connected.us, window, 3, token);
            pages.add(page);
            token = page.hasMore() ? page.nextPageToken() : null;
        } while (token != null);

        assertThat(pages).extracting(p -> p.orders().size()).containsExactly(3, 3, 1);
        assertThat(pages.get(0).totalCount()).isEqualTo(7);
        List<TikTokOrder> all = pages.stream().flatMap(p -> p.orders().stream()).toList();
        assertThat(all).extracting(TikTokOrder::id).containsExactlyElementsOf(placed);
        assertThat(all).extracting(TikTokOrder::updateTime).isSorted();
        assertThat(connected.client.orders().searchAll(connected.us, window)).hasSize(7);
    }

    @Test
    void detailsOfMoreThanFiftyOrdersComeInBatchesOfFiftyAndFiftyOneIdsAreRefused() {
        String sku = bigStockSku();
        List<String> ids = IntStream.range(0, 60)
                .mapToObj(i -> control.placeOrder(OrderRequest.of(US, Item.of(sku, 1))).orderId()).toList();
        control.clearCalls();

        List<TikTokOrder> orders = connected.client.orders().details(connected.us, ids);

        assertThat(orders).extracting(TikTokOrder::id).containsExactlyElementsOf(ids);
        assertThat(control.callCount("order_detail")).isEqualTo(2);
        RawCall.Answer tooMany = RawCall.send(simulator, "GET", "/order/202309/orders",
                Map.of("shop_cipher", connected.us.cipher(), "ids", String.join(",", ids.subList(0, 51))),
                RawCall.now(), connected.tokenOf(connected.us).accessToken(), null);
        assertThat(tooMany.code()).isEqualTo(36009004);
        assertThat(tooMany.message()).contains("at most 50");
    }

    @Test
    void eachUnitIsItsOwnLineAndThePaymentIdentitiesHoldToTheCent() {
        PlacedOrder placed = control.placeOrder(OrderRequest.of(US, Item.discounted("TEE-BLK-M", 3, "1.00", "2.00"))
                .withShipping("TIKTOK", new BigDecimal("5.99"), new BigDecimal("1.00"), new BigDecimal("2.00")));

        TikTokOrder order = connected.client.orders().details(connected.us, List.of(placed.orderId())).get(0);

        assertThat(order.lineItems()).hasSize(3);
        assertThat(order.lineItems()).extracting(OrderLineItem::id).doesNotHaveDuplicates();
        assertThat(order.lineItems()).extracting(OrderLineItem::sellerSku).containsOnly("TEE-BLK-M");
        OrderLineItem unit = order.lineItems().get(0);
        assertThat(unit.originalPrice()).isEqualByComparingTo("19.99");
        assertThat(unit.salePrice()).isEqualByComparingTo("16.99");
        assertThat(unit.itemTax()).singleElement().satisfies(t -> assertThat(t.taxAmount()).isEqualByComparingTo("1.40"));
        OrderPayment payment = order.payment();
        assertThat(payment.originalTotalProductPrice()).isEqualByComparingTo("59.97");
        assertThat(payment.subTotal()).isEqualByComparingTo(payment.originalTotalProductPrice()
                .subtract(payment.sellerDiscount()).subtract(payment.platformDiscount()));
        assertThat(payment.shippingFee()).isEqualByComparingTo(payment.originalShippingFee()
                .subtract(payment.shippingFeeSellerDiscount()).subtract(payment.shippingFeePlatformDiscount()));
        assertThat(payment.tax()).isEqualByComparingTo(payment.productTax().add(payment.shippingFeeTax()));
        assertThat(payment.totalAmount()).isEqualByComparingTo(payment.subTotal().add(payment.shippingFee())
                .add(payment.tax()));
        assertThat(payment.totalAmount()).isEqualByComparingTo("58.16");
        assertThat(payment.totalAmount().scale()).isEqualTo(2);
    }

    @Test
    void giftsAreFreeLinesAndPreOrderSkusAreMarkedOnTheirLines() {
        PlacedOrder placed = control.placeOrder(OrderRequest.of(US, Item.of("MUG-TRV-PRE", 1),
                Item.gift("MUG-WHT-11")));

        TikTokOrder order = connected.client.orders().details(connected.us, List.of(placed.orderId())).get(0);

        OrderLineItem preOrder = order.lineItems().stream().filter(l -> l.sellerSku().equals("MUG-TRV-PRE"))
                .findFirst().orElseThrow();
        OrderLineItem gift = order.lineItems().stream().filter(l -> l.sellerSku().equals("MUG-WHT-11"))
                .findFirst().orElseThrow();
        assertThat(preOrder.skuType()).isEqualTo("PRE_ORDER");
        assertThat(preOrder.isGift()).isFalse();
        assertThat(gift.isGift()).isTrue();
        assertThat(gift.salePrice()).isEqualByComparingTo("0");
        assertThat(order.payment().originalTotalProductPrice()).isEqualByComparingTo("24.00");
    }

    @Test
    void theAddressIsHiddenWhileUnpaidAndMaskedWhenTikTokShips() {
        PlacedOrder unpaid = control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 1)).unpaid());
        PlacedOrder sellerShipped = control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 1))
                .withShipping("SELLER", BigDecimal.ZERO, null, null));

        TikTokOrder beforePayment = detail(unpaid.orderId());
        control.advanceOrder(unpaid.orderId(), OrderStatus.AWAITING_SHIPMENT);
        TikTokOrder afterPayment = detail(unpaid.orderId());

        assertThat(beforePayment.status()).isEqualTo("UNPAID");
        assertThat(beforePayment.recipientAddress()).isNull();
        assertThat(afterPayment.recipientAddress().name()).contains("***");
        assertThat(afterPayment.updateTime()).isGreaterThan(beforePayment.updateTime());
        assertThat(detail(sellerShipped.orderId()).recipientAddress().name()).isEqualTo("Jane Doe");
    }

    @Test
    void anAddressChangeIsVisibleAndAnnounced() {
        PlacedOrder placed = control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 1))
                .withShipping("SELLER", null, null, null));
        long before = detail(placed.orderId()).updateTime();

        control.updateAddress(placed.orderId(), new OrderRequest.Buyer("Ann Lee", "(+1)5125550199", null,
                "9 New Street", "Dallas", "Texas", "75201", false));

        TikTokOrder after = detail(placed.orderId());
        assertThat(after.recipientAddress().addressLine1()).isEqualTo("9 New Street");
        assertThat(after.recipientAddress().postalCode()).isEqualTo("75201");
        assertThat(after.updateTime()).isGreaterThan(before);
        assertThat(control.webhooks()).extracting(w -> w.type()).containsExactly(1, 3);
    }

    @Test
    void anOrderWalksItsLifecycleWithTrackingOnceShipped() {
        PlacedOrder placed = control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 2)));

        control.advanceOrder(placed.orderId(), OrderStatus.IN_TRANSIT);
        TikTokOrder shipped = detail(placed.orderId());
        control.advanceOrder(placed.orderId(), OrderStatus.COMPLETED);

        assertThat(shipped.status()).isEqualTo("IN_TRANSIT");
        assertThat(shipped.trackingNumber()).isNotBlank();
        assertThat(shipped.packages()).hasSize(1);
        assertThat(shipped.lineItems()).allSatisfy(l -> assertThat(l.packageId()).isEqualTo(
                shipped.packages().get(0).id()));
        assertThat(detail(placed.orderId()).status()).isEqualTo("COMPLETED");
        assertThatThrownBy(() -> control.advanceOrder(placed.orderId(), OrderStatus.AWAITING_SHIPMENT))
                .isInstanceOf(SandboxRefusal.class);
    }

    @Test
    void externalOrderReferencesAreStoredReplacedAndReadBack() {
        PlacedOrder placed = control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 2)));
        List<ExternalLineItem> lines = List.of(new ExternalLineItem(placed.lineItemIds().get(0), "1"),
                new ExternalLineItem(placed.lineItemIds().get(1), "2"));

        connected.client.orders().addExternalReference(connected.us, placed.orderId(),
                new ExternalOrder("SO-1000", "NETSUITE", lines));
        connected.client.orders().addExternalReference(connected.us, placed.orderId(),
                new ExternalOrder("SO-1001", "NETSUITE", lines));

        List<ExternalOrder> read = connected.client.orders().externalReferences(connected.us, placed.orderId(),
                "NETSUITE");
        assertThat(read).singleElement().satisfies(ref -> {
            assertThat(ref.id()).isEqualTo("SO-1001");
            assertThat(ref.lineItems()).extracting(ExternalLineItem::originId).containsExactly("1", "2");
        });
        assertThat(control.externalReferences(placed.orderId())).extracting(ref -> ref.id())
                .containsExactly("SO-1001");
        assertThatThrownBy(() -> connected.client.orders().addExternalReference(connected.us, placed.orderId(),
                new ExternalOrder("SO-9", "NETSUITE", List.of(new ExternalLineItem("999", "1")))))
                .isInstanceOfSatisfying(TikTokApiException.class, e -> assertThat(e.code()).isEqualTo(21011002));
    }

    @Test
    void aPartialCancellationCancelsOneUnitGivesItsStockBackAndIsListed() {
        int before = control.sku(US, "TEE-BLK-L").stockIn(ShopDirectory.US_EAST_WAREHOUSE);
        PlacedOrder placed = control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-L", 3)));
        String cancelled = placed.lineItemIds().get(1);

        String cancelId = control.cancel(placed.orderId(), List.of(cancelled), "BUYER", "Ordered too many");

        TikTokOrder order = detail(placed.orderId());
        assertThat(order.status()).isEqualTo("AWAITING_SHIPMENT");
        Map<String, String> statusByLine = order.lineItems().stream()
                .collect(Collectors.toMap(OrderLineItem::id, OrderLineItem::displayStatus));
        assertThat(statusByLine.get(cancelled)).isEqualTo("CANCELLED");
        assertThat(statusByLine.values()).filteredOn("AWAITING_SHIPMENT"::equals).hasSize(2);
        assertThat(control.sku(US, "TEE-BLK-L").stockIn(ShopDirectory.US_EAST_WAREHOUSE)).isEqualTo(before - 2);
        List<CancellationRecord> records = connected.client.orders().cancellations(connected.us,
                List.of(placed.orderId()));
        assertThat(records).singleElement().satisfies(c -> {
            assertThat(c.cancelId()).isEqualTo(cancelId);
            assertThat(c.role()).isEqualTo("BUYER");
            assertThat(c.cancelLineItems()).extracting(l -> l.orderLineItemId()).containsExactly(cancelled);
        });

        control.cancel(placed.orderId(), List.of(), "SELLER", "Out of stock");
        assertThat(detail(placed.orderId()).status()).isEqualTo("CANCELLED");
        assertThat(control.sku(US, "TEE-BLK-L").stockIn(ShopDirectory.US_EAST_WAREHOUSE)).isEqualTo(before);
    }

    @Test
    void returnsAreListedWithTheirLinesAndStatus() {
        PlacedOrder placed = control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 2)));
        control.advanceOrder(placed.orderId(), OrderStatus.DELIVERED);
        String returnId = control.createReturn(placed.orderId(), List.of(placed.lineItemIds().get(0)),
                "RETURN_AND_REFUND", "Wrong size");

        ReturnRecord pending = connected.client.orders().returns(connected.us, List.of(placed.orderId())).get(0);
        control.completeReturn(returnId);
        ReturnRecord done = connected.client.orders().returns(connected.us, List.of(placed.orderId())).get(0);

        assertThat(pending.returnStatus()).isEqualTo(ReturnStatus.RETURN_OR_REFUND_REQUEST_PENDING);
        assertThat(done.returnId()).isEqualTo(returnId);
        assertThat(done.returnStatus()).isEqualTo(ReturnStatus.RETURN_OR_REFUND_REQUEST_COMPLETE);
        assertThat(done.returnType()).isEqualTo("RETURN_AND_REFUND");
        assertThat(done.returnLineItems()).extracting(l -> l.orderLineItemId())
                .containsExactly(placed.lineItemIds().get(0));
        assertThatThrownBy(() -> control.createReturn(placed.orderId(), List.of(placed.lineItemIds().get(0)), null,
                null)).isInstanceOf(SandboxRefusal.class);
    }

    @Test
    void anOrderForMoreThanTheStockIsRefusedUnlessOversellingIsAllowed() {
        control.seedProduct(US, "Limited Mug", Categories.KITCHEN_STORAGE, List.of(new SkuSeed("MUG-LTD", null,
                new BigDecimal("30.00"), Map.of(ShopDirectory.US_EAST_WAREHOUSE, 2), false)));

        assertThatThrownBy(() -> control.placeOrder(OrderRequest.of(US, Item.of("MUG-LTD", 3))))
                .isInstanceOfSatisfying(InsufficientStockException.class, e -> {
                    assertThat(e.requested()).isEqualTo(3);
                    assertThat(e.available()).isEqualTo(2);
                });
        assertThat(control.sku(US, "MUG-LTD").stockIn(ShopDirectory.US_EAST_WAREHOUSE)).isEqualTo(2);
        assertThat(control.orderIds(US)).isEmpty();

        control.placeOrder(OrderRequest.of(US, Item.of("MUG-LTD", 3)).allowingOversell());
        assertThat(control.sku(US, "MUG-LTD").stockIn(ShopDirectory.US_EAST_WAREHOUSE)).isEqualTo(-1);
    }

    @Test
    void placingAnOrderTakesStockFromItsWarehouseOnly() {
        var before = control.sku(US, "TEE-BLK-M");

        control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-M", 4)).fromWarehouse(
                ShopDirectory.US_WEST_WAREHOUSE));

        var after = control.sku(US, "TEE-BLK-M");
        assertThat(after.stockIn(ShopDirectory.US_WEST_WAREHOUSE))
                .isEqualTo(before.stockIn(ShopDirectory.US_WEST_WAREHOUSE) - 4);
        assertThat(after.stockIn(ShopDirectory.US_EAST_WAREHOUSE))
                .isEqualTo(before.stockIn(ShopDirectory.US_EAST_WAREHOUSE));
    }

    @Test
    void buyerPaidChargesAreItemisedInThePaymentBlockAndPartOfTheTotal() {
        PlacedOrder placed = control.placeOrder(OrderRequest.of(US, Item.of("MUG-WHT-11", 1))
                .withBuyerFees(Map.of("handling_fee", new BigDecimal("0.99"), "shipping_insurance_fee",
                        new BigDecimal("0.50"))));

        OrderPayment payment = detail(placed.orderId()).payment();

        assertThat(payment.handlingFee()).isEqualByComparingTo("0.99");
        assertThat(payment.shippingInsuranceFee()).isEqualByComparingTo("0.50");
        assertThat(payment.buyerServiceFee()).as("not charged, not sent").isNull();
        assertThat(payment.totalAmount()).isEqualByComparingTo(payment.subTotal().add(payment.shippingFee())
                .add(payment.tax()).add(payment.retailDeliveryFee()).add(new BigDecimal("1.49")));
        assertThatThrownBy(() -> control.placeOrder(OrderRequest.of(US, Item.of("MUG-WHT-11", 1))
                .withBuyerFees(Map.of("convenience_fee", BigDecimal.ONE)))).hasMessageContaining("convenience_fee");
    }

    private TikTokOrder detail(String orderId) {
        return connected.client.orders().details(connected.us, List.of(orderId)).get(0);
    }

    private String bigStockSku() {
        control.seedProduct(US, "Bulk Socks", Categories.T_SHIRTS, List.of(new SkuSeed("SOCK-BULK", "M",
                new BigDecimal("5.00"), Map.of(ShopDirectory.US_EAST_WAREHOUSE, 1_000), false)));
        return "SOCK-BULK";
    }
}
