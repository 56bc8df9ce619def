package io.suitetok.sandbox.netsuite;

import static io.suitetok.sandbox.netsuite.SimulatorTestKit.BASE_PRICE;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.MUG;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_BLACK_L;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.TEE_BLACK_M;
import static io.suitetok.sandbox.netsuite.SimulatorTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.gateway.ItemPricing;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.Page;
import io.suitetok.netsuite.gateway.PriceBreak;
import io.suitetok.netsuite.gateway.PromotionSnapshot;
import io.suitetok.netsuite.gateway.ScheduledPrice;
import io.suitetok.netsuite.gateway.soap.SoapNetSuiteGateway;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway's pricing reads over SOAP against the simulator, with prices changed "in NetSuite" meanwhile. */
class PricingGatewayAgainstSimulatorTest extends AgainstSeededSimulator {

    private static final String GBP = "2";
    private static final String TIKTOK_PRICE = "7";

    private static SuiteTalkClient client;
    private static NetSuiteGateway gateway;

    @BeforeAll
    static void connect() {
        client = SuiteTalkClient.create(SimulatorTestKit.config(netsuite).withSearchPageSize(5),
                new SimpleMeterRegistry());
        gateway = new SoapNetSuiteGateway(client, netsuite.account().priceScheduleTypeId());
    }

    @BeforeEach
    void addPounds() {
        netsuite.account().seed(new SeedRequest(List.of(new SeedRequest.Currency(GBP, "GBP")), null, null, null, null,
                null, null));
    }

    @Test
    void aChangedMatrixIsReadWithItsQuantityBreaksAndOnlyChangedItemsComeBack() {
        Instant watermark = gateway.serverTime();
        netsuite.account().changePricing(PricingChange.matrices(new PriceMatrix(TEE_BLACK_M, true, List.of(
                cell(BASE_PRICE, USD, "0", "24.99"), cell(BASE_PRICE, USD, "10", "22.49"),
                cell(BASE_PRICE, USD, "50", "19.99"), cell(TIKTOK_PRICE, USD, "0", "21.50"),
                cell(BASE_PRICE, GBP, "0", "21.00")))));

        Page<ItemPricing> changed = gateway.itemPricingModifiedSince(watermark);

        assertThat(changed.items()).singleElement().satisfies(tee -> {
            assertThat(tee.item()).isEqualTo(id(TEE_BLACK_M));
            assertThat(tee.sku()).isEqualTo(new SellerSku("TEE-BLK-M"));
            assertThat(tee.pricesIncludeTax()).isTrue();
            assertThat(tee.lastModified()).isAfterOrEqualTo(watermark);
            assertThat(tee.prices()).usingRecursiveFieldByFieldElementComparator(
                    org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                    .containsExactlyInAnyOrder(
                            breakOf(BASE_PRICE, USD, "0", "24.99"), breakOf(BASE_PRICE, USD, "10", "22.49"),
                            breakOf(BASE_PRICE, USD, "50", "19.99"), breakOf(TIKTOK_PRICE, USD, "0", "21.50"),
                            breakOf(BASE_PRICE, GBP, "0", "21.00"));
        });
        assertThat(changed.next()).isEmpty();
    }

    @Test
    void pricingIsReadPageByPageAndNamedItemsOnDemand() {
        Instant watermark = gateway.serverTime();
        for (int i = 0; i < 6; i++) {
            netsuite.account().seed(new SeedRequest(null, null, null, null, null,
                    List.of(new SeedRequest.Item(null, null, "SOCK-" + i, "Sock " + i, null, null, null, Map.of(),
                            false, List.of(), List.of(new SeedRequest.Price(BASE_PRICE, USD, new BigDecimal("5.00"))),
                            List.of())), null));
        }

        List<ItemPricing> read = new ArrayList<>();
        Page<ItemPricing> page = gateway.itemPricingModifiedSince(watermark);
        read.addAll(page.items());
        while (page.next().isPresent()) {
            page = gateway.moreItemPricing(page.next().get());
            read.addAll(page.items());
        }
        List<ItemPricing> named = gateway.itemPricing(List.of(id(TEE_BLACK_L), id(MUG), id("999999")));

        assertThat(read).extracting(pricing -> pricing.sku().value())
                .containsExactly("SOCK-0", "SOCK-1", "SOCK-2", "SOCK-3", "SOCK-4", "SOCK-5");
        assertThat(page.pageIndex()).isEqualTo(2);
        assertThat(named).extracting(ItemPricing::item).containsExactly(id(TEE_BLACK_L), id(MUG));
        assertThat(named.get(0).prices()).allSatisfy(price -> assertThat(price.singleUnit()).isTrue());
    }

    @Test
    void aWithdrawnScheduleComesBackInactiveSinceItsChange() {
        List<String> ids = netsuite.account().changePricing(PricingChange.schedules(
                new Schedule(null, TEE_BLACK_M, BASE_PRICE, USD, new BigDecimal("19.99"),
                        Instant.parse("2026-12-26T08:00:00Z"), Instant.parse("2027-01-02T08:00:00Z"), null),
                new Schedule(null, TEE_BLACK_M, TIKTOK_PRICE, USD, new BigDecimal("18.75"),
                        Instant.parse("2027-01-05T08:00:00Z"), null, null))).schedules();
        Instant watermark = gateway.serverTime();
        netsuite.account().changePricing(PricingChange.schedules(
                new Schedule(ids.get(0), null, null, null, null, null, null, true)));

        List<ScheduledPrice> sinceWithdrawal = gateway.scheduledPricesModifiedSince(watermark);
        List<ScheduledPrice> all = gateway.scheduledPricesModifiedSince(Instant.parse("2026-01-01T00:00:00Z"));

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
    }

    @Test
    void promotionsComeBackWithTheirItemsAndAmountsAndEndedOnesDoNot() {
        netsuite.account().changePricing(PricingChange.promotions(
                new Promotion(null, "TEES15", "Tees 15% off", "PERCENT_OFF", new BigDecimal("15.00"), null,
                        Instant.parse("2026-12-20T08:00:00Z"), Instant.parse("2027-01-01T08:00:00Z"),
                        List.of(TEE_BLACK_M, TEE_BLACK_L), null),
                new Promotion(null, "MUG5", "$5 off mugs", "AMOUNT_OFF", new BigDecimal("5.00"), USD,
                        Instant.parse("2026-12-01T08:00:00Z"), null, List.of(MUG), null),
                new Promotion(null, "BF2026", "Black Friday", "PERCENT_OFF", new BigDecimal("20"), null,
                        Instant.parse("2026-11-27T08:00:00Z"), Instant.parse("2026-12-01T07:59:00Z"),
                        List.of(TEE_BLACK_M), null)));

        List<PromotionSnapshot> promotions = gateway.promotionsModifiedSince(Instant.parse("2026-12-04T00:00:00Z"));

        assertThat(promotions).extracting(PromotionSnapshot::code).containsExactly("TEES15", "MUG5");
        PromotionSnapshot tees = promotions.get(0);
        assertThat(tees.kind()).isEqualTo(PromotionSnapshot.Kind.PERCENT_OFF);
        assertThat(tees.discount()).isEqualByComparingTo("15");
        assertThat(tees.items()).containsExactly(id(TEE_BLACK_M), id(TEE_BLACK_L));
        assertThat(tees.end()).isEqualTo(Instant.parse("2027-01-01T08:00:00Z"));
        PromotionSnapshot mugs = promotions.get(1);
        assertThat(mugs.kind()).isEqualTo(PromotionSnapshot.Kind.AMOUNT_OFF);
        assertThat(mugs.discount()).isEqualByComparingTo("5.00");
        assertThat(mugs.currency()).isEqualTo(id(USD));
        assertThat(mugs.end()).isNull();
    }

    @Test
    void theExchangeRateInEffectAtADateIsNetSuites() {
        netsuite.account().changePricing(PricingChange.rates(
                new CurrencyRate(USD, GBP, new BigDecimal("1.2611"), LocalDate.of(2026, 12, 3)),
                new CurrencyRate(USD, GBP, new BigDecimal("1.26487"), LocalDate.of(2026, 12, 4))));

        assertThat(gateway.currencyRate(id(GBP), id(USD), LocalDate.of(2026, 12, 5))).isEqualTo(new BigDecimal("1.26487"));
        assertThat(gateway.currencyRate(id(GBP), id(USD), LocalDate.of(2026, 12, 3))).isEqualTo(new BigDecimal("1.2611"));
        assertThatThrownBy(() -> gateway.currencyRate(id(GBP), id(USD), LocalDate.of(2026, 12, 2)))
                .isInstanceOfSatisfying(SuiteTalkException.class, e -> assertThat(e.fault().code())
                        .isEqualTo(SoapNetSuiteGateway.NO_CURRENCY_RATE));
        // No rate the other way round was entered; NetSuite does not invert one.
        assertThatThrownBy(() -> gateway.currencyRate(id(USD), id(GBP), LocalDate.of(2026, 12, 5)))
                .isInstanceOf(SuiteTalkException.class);
    }

    @Test
    void aWrongRecordTypeIdIsRefusedNotAnsweredEmpty() {
        NetSuiteGateway misconfigured = new SoapNetSuiteGateway(client, "999");

        assertThatThrownBy(() -> misconfigured.scheduledPricesModifiedSince(Instant.parse("2026-01-01T00:00:00Z")))
                .isInstanceOfSatisfying(SuiteTalkException.class,
                        e -> assertThat(e.fault().code()).isEqualTo("INVALID_KEY_OR_REF"));
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
