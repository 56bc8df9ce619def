package io.suitetok.sandbox.netsuite;

import static io.suitetok.sandbox.netsuite.SimulatorTestKit.BASE_PRICE;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.MUG;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.RENO;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.SUBSIDIARY;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_BLACK_L;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_BLACK_M;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_PARENT;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netsuite.webservices.platform.core_2025_2.InitializeRecord;
import com.netsuite.webservices.platform.core_2025_2.InitializeRef;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeRefType;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeType;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillment;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackage;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackageList;
import com.netsuite.webservices.transactions.sales_2025_2.types.ItemFulfillmentShipStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.gateway.FulfilmentSnapshot;
import io.suitetok.netsuite.gateway.ItemPrice;
import io.suitetok.netsuite.gateway.ItemPricing;
import io.suitetok.netsuite.gateway.ItemSnapshot;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.Page;
import io.suitetok.netsuite.gateway.PriceBreak;
import io.suitetok.netsuite.gateway.PromotionSnapshot;
import io.suitetok.netsuite.gateway.ScheduledPrice;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.gateway.soap.SoapNetSuiteGatewayFactory;
import io.suitetok.netsuite.soap.SuiteTalkClient;
import io.suitetok.sandbox.netsuite.seed.PricingChange;
import io.suitetok.sandbox.netsuite.seed.PricingChange.Cell;
import io.suitetok.sandbox.netsuite.seed.PricingChange.CurrencyRate;
import io.suitetok.sandbox.netsuite.seed.PricingChange.PriceMatrix;
import io.suitetok.sandbox.netsuite.seed.PricingChange.Promotion;
import io.suitetok.sandbox.netsuite.seed.PricingChange.Schedule;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link NetSuiteGateway} reads, run against the simulator: the same account read
 * through the adapter under test and through the SOAP adapter (the reference) gives equal records, the
 * same pages and the same watermark semantics, and each test also pins the values themselves. Both
 * adapters page by 5 records (the least NetSuite allows), so a few records make more than one page.
 */
abstract class ReadContract extends AgainstSeededSimulator {

    static final String GBP = "2";
    static final String TIKTOK_PRICE = "7";
    static final int PAGE_SIZE = 5;
    /** Amounts compare by value: 5.0 and 5.00 are the same price whichever wire carried them. */
    private static final RecursiveComparisonConfiguration BY_VALUE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build();

    protected NetSuiteGateway gateway;
    private NetSuiteGateway reference;

    /** A new gateway of the adapter under test, pointed at {@link #netsuite}, reading pages of {@link #PAGE_SIZE}. */
    protected abstract NetSuiteGateway newGateway();

    @BeforeEach
    void connect() {
        netsuite.account().seed(new SeedRequest(List.of(new SeedRequest.Currency(GBP, "GBP")), null, null, null, null,
                null, null));
        gateway = newGateway();
        reference = SoapNetSuiteGatewayFactory.create(SimulatorTestKit.config(netsuite).withSearchPageSize(PAGE_SIZE),
                new SimpleMeterRegistry(), netsuite.account().priceScheduleTypeId());
    }

    @AfterEach
    void disconnect() throws Exception {
        if (gateway instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    // ---- items --------------------------------------------------------------------------------------

    @Test
    void onlyItemsModifiedAtOrAfterTheWatermarkComeBackPageByPage() {
        Instant watermark = gateway.serverTime();
        seedSocks(6);

        List<Page<ItemSnapshot>> pages = pages(gateway.itemsModifiedSince(watermark), gateway::moreItems);

        assertThat(pages).extracting(page -> page.items().size()).containsExactly(5, 1);
        assertThat(pages).extracting(Page::pageIndex).containsExactly(1, 2);
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.totalPages()).isEqualTo(2);
            assertThat(page.totalRecords()).isEqualTo(6);
        });
        List<ItemSnapshot> items = items(pages);
        assertThat(items).extracting(item -> item.sku().value())
                .containsExactly("SOCK-0", "SOCK-1", "SOCK-2", "SOCK-3", "SOCK-4", "SOCK-5");
        assertThat(items).allSatisfy(item -> assertThat(item.lastModified()).isAfterOrEqualTo(watermark));
        sameAsReference(items, items(pages(reference.itemsModifiedSince(watermark), reference::moreItems)));
    }

    @Test
    void nothingChangedSinceTheWatermarkIsOneEmptyPage() {
        Instant watermark = gateway.serverTime();

        Page<ItemSnapshot> page = gateway.itemsModifiedSince(watermark);

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isEmpty();
        assertThat(page).usingRecursiveComparison().isEqualTo(reference.itemsModifiedSince(watermark));
    }

    @Test
    void itemsComeBackWithMatrixOptionsPricesMerchandisingAndInactiveFlag() {
        seedHoodie();
        netsuite.account().changePricing(PricingChange.matrices(new PriceMatrix(TEE_BLACK_M, true, List.of(
                cell(BASE_PRICE, USD, "0", "24.99"), cell(BASE_PRICE, USD, "10", "22.49"),
                cell(TIKTOK_PRICE, USD, "0", "21.50"), cell(BASE_PRICE, GBP, "0", "21.00")))));

        List<ItemSnapshot> items = items(pages(gateway.itemsModifiedSince(Instant.EPOCH), gateway::moreItems));

        assertThat(items).extracting(item -> item.internalId().value()).startsWith(TEE_PARENT, TEE_BLACK_M,
                TEE_BLACK_L, MUG);
        ItemSnapshot parent = item(items, TEE_PARENT);
        assertThat(parent.matrixRole()).isEqualTo(ItemSnapshot.MatrixRole.PARENT);
        assertThat(parent.parent()).isNull();
        ItemSnapshot child = item(items, TEE_BLACK_M);
        assertThat(child.matrixRole()).isEqualTo(ItemSnapshot.MatrixRole.CHILD);
        assertThat(child.parent()).isEqualTo(id(TEE_PARENT));
        // The seed's options come from a Map.of, so their order is not the test's to pin.
        assertThat(child.matrixOptions()).containsOnly(Map.entry("custitem_color", "Black"),
                Map.entry("custitem_size", "M"));
        assertThat(child.upc()).isEqualTo("0840012345671");
        assertThat(child.prices()).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactlyInAnyOrder(
                new ItemPrice(id(BASE_PRICE), id(USD), new BigDecimal("24.99")),
                new ItemPrice(id(TIKTOK_PRICE), id(USD), new BigDecimal("21.50")),
                new ItemPrice(id(BASE_PRICE), id(GBP), new BigDecimal("21.00")));
        assertThat(item(items, MUG).matrixRole()).isEqualTo(ItemSnapshot.MatrixRole.STANDALONE);
        ItemSnapshot hoodie = items.stream().filter(item -> item.sku().value().equals("HOODIE-GRY-S")).findFirst()
                .orElseThrow();
        assertThat(hoodie.inactive()).isTrue();
        assertThat(hoodie.displayName()).isEqualTo("Hoodie - Grey / S");
        ItemSnapshot.Merchandising merchandising = hoodie.merchandising();
        assertThat(merchandising.salesDescription()).isEqualTo("Brushed-back fleece hoodie");
        assertThat(merchandising.storeDisplayName()).isEqualTo("Grey Hoodie");
        assertThat(merchandising.storeDetailedDescription()).isEqualTo("<p>Brushed-back fleece, 80% cotton</p>");
        assertThat(merchandising.className()).isEqualTo("Apparel : Tops");
        assertThat(merchandising.weight()).isEqualByComparingTo("0.65");
        assertThat(merchandising.weightUnit()).isEqualTo("kg");
        assertThat(merchandising.customFields()).containsEntry("custitem_material", "80% cotton, 20% polyester");
        assertThat(merchandising.translations()).containsEntry("en_GB",
                new ItemSnapshot.Copy("Grey Hoodie (UK)", "Brushed-back fleece, UK sizing"));
        sameAsReference(items, items(pages(reference.itemsModifiedSince(Instant.EPOCH), reference::moreItems)));
    }

    @Test
    void aMatrixParentIsListedWithAllItsChildrenAndUnknownIdsAreLeftOut() {
        List<NetSuiteInternalId> named = List.of(id(MUG), id(TEE_PARENT), id("999999"));

        List<ItemSnapshot> items = gateway.itemsWithChildren(named);

        assertThat(items).extracting(item -> item.internalId().value())
                .containsExactly(TEE_PARENT, MUG, TEE_BLACK_M, TEE_BLACK_L);
        assertThat(items.subList(2, 4)).allSatisfy(child -> assertThat(child.parent()).isEqualTo(id(TEE_PARENT)));
        sameAsReference(items, reference.itemsWithChildren(named));
        assertThat(gateway.itemsWithChildren(List.of())).isEmpty();
    }

    // ---- fulfilments --------------------------------------------------------------------------------

    @Test
    void fulfilmentsSinceTheWatermarkComeBackWithTheirOrderLinesAndTrackingNumbersPageByPage() {
        List<WriteOutcome> orders = gateway.upsertSalesOrders(List.of(
                GatewayContract.order("576461413038785900", MUG), GatewayContract.order("576461413038785901", MUG),
                GatewayContract.order("576461413038785902", MUG), GatewayContract.order("576461413038785903", MUG),
                GatewayContract.order("576461413038785904", MUG), GatewayContract.order("576461413038785905", MUG),
                GatewayContract.order("576461413038785906", TEE_BLACK_M)));
        SuiteTalkClient client = SimulatorTestKit.client(netsuite);
        fulfil(client, orders.get(0), "1Z999AA10000000000");
        Instant watermark = gateway.serverTime();
        for (int i = 1; i < orders.size(); i++) {
            fulfil(client, orders.get(i), "1Z999AA1012345678" + i, "1Z999AA1098765432" + i);
        }

        List<Page<FulfilmentSnapshot>> pages = pages(gateway.fulfilmentsModifiedSince(watermark),
                gateway::moreFulfilments);

        assertThat(pages).extracting(page -> page.items().size()).containsExactly(5, 1);
        List<FulfilmentSnapshot> fulfilments = items(pages);
        assertThat(fulfilments).extracting(FulfilmentSnapshot::salesOrder).containsExactlyElementsOf(
                orders.subList(1, 7).stream().map(order -> ((WriteOutcome.Written) order).internalId()).toList());
        FulfilmentSnapshot last = fulfilments.get(5);
        assertThat(last.shipStatus()).isEqualTo("shipped");
        assertThat(last.tranId()).isEqualTo("IF10007");
        assertThat(last.lastModified()).isAfterOrEqualTo(watermark);
        assertThat(last.packages()).extracting(FulfilmentSnapshot.TrackedPackage::trackingNumber)
                .containsExactly("1Z999AA10123456786", "1Z999AA10987654326");
        assertThat(last.packages().get(0).description()).isEqualTo("Box 1 of 2");
        assertThat(last.packages().get(0).weight()).isEqualByComparingTo("1.25");
        assertThat(last.lines()).singleElement().satisfies(line -> {
            assertThat(line.item()).isEqualTo(id(TEE_BLACK_M));
            assertThat(line.quantity()).isEqualByComparingTo("2");
            assertThat(line.location()).isEqualTo(id(RENO));
        });
        sameAsReference(fulfilments, items(pages(reference.fulfilmentsModifiedSince(watermark),
                reference::moreFulfilments)));
    }

    // ---- pricing ------------------------------------------------------------------------------------

    @Test
    void changedPricingMatricesComeBackWithEveryLevelCurrencyAndQuantityBreakPageByPage() {
        Instant watermark = gateway.serverTime();
        netsuite.account().changePricing(PricingChange.matrices(new PriceMatrix(TEE_BLACK_M, true, List.of(
                cell(BASE_PRICE, USD, "0", "24.99"), cell(BASE_PRICE, USD, "10", "22.49"),
                cell(BASE_PRICE, USD, "50", "19.99"), cell(TIKTOK_PRICE, USD, "0", "21.50"),
                cell(BASE_PRICE, GBP, "0", "21.00")))));
        seedSocks(5);

        List<Page<ItemPricing>> pages = pages(gateway.itemPricingModifiedSince(watermark), gateway::moreItemPricing);

        assertThat(pages).extracting(page -> page.items().size()).containsExactly(5, 1);
        List<ItemPricing> pricing = items(pages);
        assertThat(pricing).extracting(ItemPricing::item).first().isEqualTo(id(TEE_BLACK_M));
        ItemPricing tee = pricing.get(0);
        assertThat(tee.sku().value()).isEqualTo("TEE-BLK-M");
        assertThat(tee.pricesIncludeTax()).isTrue();
        assertThat(tee.lastModified()).isAfterOrEqualTo(watermark);
        assertThat(tee.prices()).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactlyInAnyOrder(
                breakOf(BASE_PRICE, USD, "0", "24.99"), breakOf(BASE_PRICE, USD, "10", "22.49"),
                breakOf(BASE_PRICE, USD, "50", "19.99"), breakOf(TIKTOK_PRICE, USD, "0", "21.50"),
                breakOf(BASE_PRICE, GBP, "0", "21.00"));
        assertThat(pricing.get(1).pricesIncludeTax()).isFalse();
        sameAsReference(pricing, items(pages(reference.itemPricingModifiedSince(watermark),
                reference::moreItemPricing)));
    }

    @Test
    void namedItemsPricingIsReadOnDemandAndUnknownIdsAreLeftOut() {
        List<NetSuiteInternalId> named = List.of(id(MUG), id(TEE_BLACK_L), id("999999"));

        List<ItemPricing> pricing = gateway.itemPricing(named);

        assertThat(pricing).extracting(ItemPricing::item).containsExactly(id(TEE_BLACK_L), id(MUG));
        assertThat(pricing.get(1).prices()).usingRecursiveFieldByFieldElementComparator(BY_VALUE)
                .containsExactly(breakOf(BASE_PRICE, USD, "0", "14.00"));
        sameAsReference(pricing, reference.itemPricing(named));
    }

    @Test
    void scheduledPricesModifiedSinceTheWatermarkIncludeWithdrawnOnes() {
        List<String> ids = netsuite.account().changePricing(PricingChange.schedules(
                new Schedule(null, TEE_BLACK_M, BASE_PRICE, USD, new BigDecimal("19.99"),
                        Instant.parse("2026-12-26T08:00:00Z"), Instant.parse("2027-01-02T08:00:00Z"), null),
                new Schedule(null, TEE_BLACK_M, TIKTOK_PRICE, GBP, new BigDecimal("18.75"),
                        Instant.parse("2027-01-05T08:00:00Z"), null, null))).schedules();
        Instant watermark = gateway.serverTime();
        netsuite.account().changePricing(PricingChange.schedules(
                new Schedule(ids.get(0), null, null, null, null, null, null, true)));
        Instant longAgo = Instant.parse("2026-01-01T00:00:00Z");

        List<ScheduledPrice> sinceWithdrawal = gateway.scheduledPricesModifiedSince(watermark);
        List<ScheduledPrice> all = gateway.scheduledPricesModifiedSince(longAgo);

        assertThat(sinceWithdrawal).singleElement().satisfies(withdrawn -> {
            assertThat(withdrawn.id()).isEqualTo(ids.get(0));
            assertThat(withdrawn.inactive()).isTrue();
            assertThat(withdrawn.item()).isEqualTo(id(TEE_BLACK_M));
            assertThat(withdrawn.priceLevel()).isEqualTo(id(BASE_PRICE));
            assertThat(withdrawn.currency()).isEqualTo(id(USD));
            assertThat(withdrawn.unitPrice()).isEqualByComparingTo("19.99");
            assertThat(withdrawn.effectiveFrom()).isEqualTo(Instant.parse("2026-12-26T08:00:00Z"));
            assertThat(withdrawn.effectiveTo()).isEqualTo(Instant.parse("2027-01-02T08:00:00Z"));
            assertThat(withdrawn.lastModified()).isAfterOrEqualTo(watermark);
        });
        assertThat(all).extracting(ScheduledPrice::id).containsExactlyElementsOf(ids);
        assertThat(all.get(1).effectiveTo()).isNull();
        assertThat(all.get(1).inactive()).isFalse();
        assertThat(all.get(1).currency()).isEqualTo(id(GBP));
        sameAsReference(sinceWithdrawal, reference.scheduledPricesModifiedSince(watermark));
        sameAsReference(all, reference.scheduledPricesModifiedSince(longAgo));
    }

    @Test
    void promotionsComeBackWithTheirItemsAndAmountsAndEndedOnesDoNot() {
        netsuite.account().changePricing(PricingChange.promotions(
                new Promotion(null, "TEES15", "Tees 15% off", "PERCENT_OFF", new BigDecimal("15.00"), null,
                        Instant.parse("2026-12-20T08:00:00Z"), Instant.parse("2027-01-01T08:00:00Z"),
                        List.of(TEE_BLACK_M, TEE_BLACK_L), null),
                new Promotion(null, "MUG5", "$5 off mugs", "AMOUNT_OFF", new BigDecimal("5.00"), USD,
                        Instant.parse("2026-12-01T08:00:00Z"), null, List.of(MUG), true),
                new Promotion(null, "BF2026", "Black Friday", "PERCENT_OFF", new BigDecimal("20"), null,
                        Instant.parse("2026-11-27T08:00:00Z"), Instant.parse("2026-12-01T07:59:00Z"),
                        List.of(TEE_BLACK_M), null)));
        Instant since = Instant.parse("2026-12-04T00:00:00Z");

        List<PromotionSnapshot> promotions = gateway.promotionsModifiedSince(since);

        assertThat(promotions).extracting(PromotionSnapshot::code).containsExactly("TEES15", "MUG5");
        PromotionSnapshot tees = promotions.get(0);
        assertThat(tees.kind()).isEqualTo(PromotionSnapshot.Kind.PERCENT_OFF);
        assertThat(tees.discount()).isEqualByComparingTo("15");
        assertThat(tees.currency()).isNull();
        assertThat(tees.items()).containsExactly(id(TEE_BLACK_M), id(TEE_BLACK_L));
        assertThat(tees.start()).isEqualTo(Instant.parse("2026-12-20T08:00:00Z"));
        assertThat(tees.end()).isEqualTo(Instant.parse("2027-01-01T08:00:00Z"));
        assertThat(tees.inactive()).isFalse();
        PromotionSnapshot mugs = promotions.get(1);
        assertThat(mugs.kind()).isEqualTo(PromotionSnapshot.Kind.AMOUNT_OFF);
        assertThat(mugs.discount()).isEqualByComparingTo("5.00");
        assertThat(mugs.currency()).isEqualTo(id(USD));
        assertThat(mugs.end()).isNull();
        assertThat(mugs.inactive()).isTrue();
        assertThat(promotions).allSatisfy(promotion -> assertThat(promotion.lastModified()).isNull());
        sameAsReference(promotions, reference.promotionsModifiedSince(since));
    }

    @Test
    void theExchangeRateInEffectAtADateIsNetSuites() {
        netsuite.account().changePricing(PricingChange.rates(
                new CurrencyRate(USD, GBP, new BigDecimal("1.2611"), LocalDate.of(2026, 12, 3)),
                new CurrencyRate(USD, GBP, new BigDecimal("1.26487"), LocalDate.of(2026, 12, 4))));

        assertThat(gateway.currencyRate(id(GBP), id(USD), LocalDate.of(2026, 12, 5))).isEqualTo(new BigDecimal("1.26487"));
        assertThat(gateway.currencyRate(id(GBP), id(USD), LocalDate.of(2026, 12, 4))).isEqualTo(new BigDecimal("1.26487"));
        assertThat(gateway.currencyRate(id(GBP), id(USD), LocalDate.of(2026, 12, 3))).isEqualTo(new BigDecimal("1.2611"));
        assertThat(gateway.currencyRate(id(GBP), id(GBP), LocalDate.of(2026, 12, 3))).isEqualTo(BigDecimal.ONE);
        assertThatThrownBy(() -> gateway.currencyRate(id(GBP), id(USD), LocalDate.of(2026, 12, 2)))
                .isInstanceOfSatisfying(SuiteTalkException.class, e -> assertThat(e.fault().code())
                        .isEqualTo(NetSuiteGateway.NO_CURRENCY_RATE));
        // No rate the other way round was entered; NetSuite does not invert one.
        assertThatThrownBy(() -> gateway.currencyRate(id(USD), id(GBP), LocalDate.of(2026, 12, 5)))
                .isInstanceOfSatisfying(SuiteTalkException.class, e -> assertThat(e.fault().code())
                        .isEqualTo(NetSuiteGateway.NO_CURRENCY_RATE));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private <T> void sameAsReference(List<T> actual, List<T> expected) {
        assertThat(expected).isNotEmpty();
        assertThat(actual).usingRecursiveFieldByFieldElementComparator(BY_VALUE)
                .containsExactlyElementsOf(expected);
    }

    private static <T> List<Page<T>> pages(Page<T> first, Function<String, Page<T>> more) {
        List<Page<T>> pages = new ArrayList<>(List.of(first));
        while (pages.get(pages.size() - 1).next().isPresent()) {
            pages.add(more.apply(pages.get(pages.size() - 1).next().get()));
        }
        return pages;
    }

    private static <T> List<T> items(List<Page<T>> pages) {
        return pages.stream().flatMap(page -> page.items().stream()).toList();
    }

    private static ItemSnapshot item(List<ItemSnapshot> items, String internalId) {
        return items.stream().filter(item -> item.internalId().value().equals(internalId)).findFirst().orElseThrow();
    }

    private static void seedSocks(int count) {
        for (int i = 0; i < count; i++) {
            netsuite.account().seed(new SeedRequest(null, null, null, null, null,
                    List.of(new SeedRequest.Item(null, null, "SOCK-" + i, "Sock " + i, null, null, null, Map.of(),
                            false, List.of(), List.of(new SeedRequest.Price(BASE_PRICE, USD, new BigDecimal("5.00"))),
                            List.of())), null));
        }
    }

    private static void seedHoodie() {
        netsuite.account().seed(new SeedRequest(null, null, null, null, null, List.of(new SeedRequest.Item(null,
                "HOODIE-GRY-S", "HOODIE-GRY-S", "Hoodie - Grey / S", "0840012345688", null, null, Map.of(), true,
                List.of(SUBSIDIARY), List.of(new SeedRequest.Price(BASE_PRICE, USD, new BigDecimal("49.00")),
                        new SeedRequest.Price(TIKTOK_PRICE, USD, new BigDecimal("44.00"))), List.of(),
                new SeedRequest.Merchandising("Brushed-back fleece hoodie", "Grey Hoodie",
                        "<p>Brushed-back fleece, 80% cotton</p>", "Apparel : Tops", new BigDecimal("0.65"), "kg",
                        Map.of("custitem_material", "80% cotton, 20% polyester"),
                        Map.of("en_GB", new SeedRequest.Translation("Grey Hoodie (UK)",
                                "Brushed-back fleece, UK sizing"))))), null));
    }

    /** Ships an order whole, one package per tracking number, as a warehouse user would. */
    private static void fulfil(SuiteTalkClient client, WriteOutcome order, String... trackingNumbers) {
        InitializeRecord initialize = new InitializeRecord();
        initialize.setType(InitializeType.ITEM_FULFILLMENT);
        InitializeRef reference = new InitializeRef();
        reference.setType(InitializeRefType.SALES_ORDER);
        reference.setInternalId(((WriteOutcome.Written) order).internalId().value());
        initialize.setReference(reference);
        ItemFulfillment fulfilment = (ItemFulfillment) client.initialize(initialize);
        ItemFulfillmentPackageList packages = new ItemFulfillmentPackageList();
        for (int i = 0; i < trackingNumbers.length; i++) {
            ItemFulfillmentPackage parcel = new ItemFulfillmentPackage();
            parcel.setPackageTrackingNumber(trackingNumbers[i]);
            parcel.setPackageDescr("Box " + (i + 1) + " of " + trackingNumbers.length);
            parcel.setPackageWeight(new BigDecimal("1.25"));
            packages.getPackage().add(parcel);
        }
        fulfilment.setPackageList(packages);
        fulfilment.setShipStatus(ItemFulfillmentShipStatus.SHIPPED);
        assertThat(client.add(fulfilment).written()).isTrue();
    }

    private static Cell cell(String level, String currency, String quantity, String price) {
        return new Cell(level, currency, new BigDecimal(quantity), new BigDecimal(price));
    }

    private static PriceBreak breakOf(String level, String currency, String quantity, String price) {
        return new PriceBreak(id(level), id(currency), new BigDecimal(quantity), new BigDecimal(price));
    }

    private static NetSuiteInternalId id(String value) {
        return new NetSuiteInternalId(value);
    }
}
