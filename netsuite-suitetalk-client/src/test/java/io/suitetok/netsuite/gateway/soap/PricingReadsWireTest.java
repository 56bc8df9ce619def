package io.suitetok.netsuite.gateway.soap;

import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.fault;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soap;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soapRequested;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.gateway.ItemPricing;
import io.suitetok.netsuite.gateway.Page;
import io.suitetok.netsuite.gateway.PriceBreak;
import io.suitetok.netsuite.gateway.PromotionSnapshot;
import io.suitetok.netsuite.gateway.ScheduledPrice;
import io.suitetok.netsuite.soap.SoapXml;
import io.suitetok.netsuite.soap.SuiteTalkClient;
import io.suitetok.netsuite.soap.WireMockSuiteTalk;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pricing reads of the gateway against NetSuite-shaped answers, and the requests they send. */
class PricingReadsWireTest {

    private static final NetSuiteInternalId USD = new NetSuiteInternalId("1");
    private static final NetSuiteInternalId GBP = new NetSuiteInternalId("2");
    private static final NetSuiteInternalId BASE_PRICE = new NetSuiteInternalId("1");
    private static final NetSuiteInternalId TIKTOK_PRICE = new NetSuiteInternalId("7");

    @RegisterExtension
    static WireMockExtension netsuite = WireMockSuiteTalk.server();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SuiteTalkClient client = WireMockSuiteTalk.client(netsuite, meters);
    private final SoapNetSuiteGateway gateway = new SoapNetSuiteGateway(client, "412");

    @Test
    void itemPricingReadsEveryLevelCurrencyAndQuantityBreakAndPagesOn() {
        netsuite.stubFor(soap("search").willReturn(xml("search-item-pricing-page1.xml")));
        netsuite.stubFor(soap("searchMoreWithId").willReturn(xml("searchMoreWithId-item-pricing-page2.xml")));

        Page<ItemPricing> first = gateway.itemPricingModifiedSince(Instant.parse("2026-12-04T17:00:00Z"));
        Page<ItemPricing> second = gateway.moreItemPricing(first.next().orElseThrow());

        ItemPricing tee = first.items().get(0);
        assertThat(tee.item()).isEqualTo(new NetSuiteInternalId("5120"));
        assertThat(tee.sku()).isEqualTo(new SellerSku("TEE-BLK-M"));
        assertThat(tee.pricesIncludeTax()).isFalse();
        assertThat(tee.lastModified()).isEqualTo(Instant.parse("2026-12-04T17:41:10Z"));
        assertThat(tee.prices()).containsExactly(
                new PriceBreak(BASE_PRICE, USD, BigDecimal.ZERO, new BigDecimal("24.99")),
                new PriceBreak(BASE_PRICE, USD, new BigDecimal("10.0"), new BigDecimal("22.49")),
                new PriceBreak(BASE_PRICE, USD, new BigDecimal("50.0"), new BigDecimal("19.99")),
                new PriceBreak(TIKTOK_PRICE, USD, BigDecimal.ZERO, new BigDecimal("21.5")),
                new PriceBreak(BASE_PRICE, GBP, BigDecimal.ZERO, new BigDecimal("21.0")),
                new PriceBreak(BASE_PRICE, GBP, new BigDecimal("10.0"), new BigDecimal("18.9")));
        assertThat(tee.prices().get(0).singleUnit()).isTrue();
        assertThat(tee.prices().get(1).singleUnit()).isFalse();
        ItemPricing mug = first.items().get(1);
        assertThat(mug.pricesIncludeTax()).isTrue();
        // The USD cell without a value is a level the mug is not sold at, not a price of zero.
        assertThat(mug.prices()).containsExactly(new PriceBreak(BASE_PRICE, GBP, new BigDecimal("0.0"),
                new BigDecimal("14.0")));
        assertThat(first.totalRecords()).isEqualTo(3);
        assertThat(second.items()).singleElement().satisfies(sage -> {
            assertThat(sage.sku()).isEqualTo(new SellerSku("MUG-SAGE-12OZ"));
            assertThat(sage.prices()).extracting(PriceBreak::minQuantity).containsExactly(BigDecimal.ZERO,
                    new BigDecimal("6.0"));
        });
        assertThat(second.next()).isEmpty();
        SoapXml search = SoapXml.parse(netsuite.findAll(soapRequested("search")).get(0).getBodyAsString());
        assertThat(search.text("//platformMsgs:searchRecord/platformCommon:lastModifiedDate/@operator"))
                .isEqualTo("onOrAfter");
        assertThat(search.text("//platformMsgs:searchRecord/platformCommon:lastModifiedDate/platformCore:searchValue"))
                .isEqualTo("2026-12-04T17:00:00Z");
        // The matrix is a sublist: a body-fields-only search would leave it out.
        assertThat(search.text("//platformMsgs:searchPreferences/platformMsgs:bodyFieldsOnly")).isEqualTo("false");
        SoapXml more = SoapXml.parse(netsuite.findAll(soapRequested("searchMoreWithId")).get(0).getBodyAsString());
        assertThat(more.text("//platformMsgs:searchMoreWithId/platformMsgs:pageIndex")).isEqualTo("2");
    }

    @Test
    void namedItemsPricingSearchesByInternalIdAndReadsEveryPage() {
        netsuite.stubFor(soap("search").willReturn(xml("search-item-pricing-page1.xml")));
        netsuite.stubFor(soap("searchMoreWithId").willReturn(xml("searchMoreWithId-item-pricing-page2.xml")));

        List<ItemPricing> pricing = gateway.itemPricing(List.of(new NetSuiteInternalId("5120"),
                new NetSuiteInternalId("5300"), new NetSuiteInternalId("5301")));

        assertThat(pricing).extracting(ItemPricing::item).extracting(NetSuiteInternalId::value)
                .containsExactly("5120", "5300", "5301");
        SoapXml search = SoapXml.parse(netsuite.findAll(soapRequested("search")).get(0).getBodyAsString());
        assertThat(search.text("//platformMsgs:searchRecord/platformCommon:internalId/@operator")).isEqualTo("anyOf");
        assertThat(search.text("count(//platformMsgs:searchRecord/platformCommon:internalId/platformCore:searchValue)"))
                .isEqualTo("3");
        assertThat(gateway.itemPricing(List.of())).isEmpty();
        netsuite.verify(1, soapRequested("search"));
    }

    @Test
    void scheduledPricesAreReadFromTheCustomRecordWithdrawnOnesIncluded() {
        netsuite.stubFor(soap("search").willReturn(xml("search-price-schedules-page1.xml")));
        netsuite.stubFor(soap("searchMoreWithId").willReturn(xml("searchMoreWithId-price-schedules-page2.xml")));

        List<ScheduledPrice> schedules = gateway.scheduledPricesModifiedSince(Instant.parse("2026-12-04T19:00:00Z"));

        assertThat(schedules).containsExactly(
                new ScheduledPrice("801", new NetSuiteInternalId("5120"), BASE_PRICE, USD, new BigDecimal("19.99"),
                        Instant.parse("2026-12-26T08:00:00Z"), Instant.parse("2027-01-02T08:00:00Z"), false,
                        Instant.parse("2026-12-04T19:15:03Z")),
                new ScheduledPrice("802", new NetSuiteInternalId("5120"), BASE_PRICE, USD, new BigDecimal("17.5"),
                        Instant.parse("2026-11-27T08:00:00Z"), Instant.parse("2026-12-01T07:59:00Z"), true,
                        Instant.parse("2026-12-04T19:20:41Z")),
                new ScheduledPrice("803", new NetSuiteInternalId("5120"), TIKTOK_PRICE, USD, new BigDecimal("18.75"),
                        Instant.parse("2027-01-05T08:00:00Z"), null, false, Instant.parse("2026-12-04T19:31:18Z")));
        SoapXml search = SoapXml.parse(netsuite.findAll(soapRequested("search")).get(0).getBodyAsString());
        assertThat(search.xsiTypeLocalName("//platformMsgs:searchRecord")).isEqualTo("CustomRecordSearchBasic");
        assertThat(search.text("//platformMsgs:searchRecord/platformCommon:recType/@internalId")).isEqualTo("412");
        assertThat(search.text("//platformMsgs:searchRecord/platformCommon:lastModified/@operator"))
                .isEqualTo("onOrAfter");
        // Withdrawn schedules must come back: the pricing service un-schedules them.
        assertThat(search.text("count(//platformMsgs:searchRecord/platformCommon:isInactive)")).isEqualTo("0");
    }

    @Test
    void scheduledPricesNeedTheAccountsRecordTypeId() {
        SoapNetSuiteGateway unconfigured = new SoapNetSuiteGateway(client);

        assertThatThrownBy(() -> unconfigured.scheduledPricesModifiedSince(Instant.parse("2026-12-04T19:00:00Z")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("customrecord_suitetok_price_schedule");
        netsuite.verify(0, soapRequested("search"));
    }

    @Test
    void promotionsCarryPercentOrAmountTheirItemsAndDatesAndEndedOnesAreLeftOut() {
        netsuite.stubFor(soap("search").willReturn(xml("search-promotion-codes.xml")));

        List<PromotionSnapshot> promotions = gateway.promotionsModifiedSince(Instant.parse("2026-12-04T00:00:00Z"));

        assertThat(promotions).extracting(PromotionSnapshot::code).containsExactly("TEES15", "MUG5", "WELCOME10");
        assertThat(promotions.get(0)).isEqualTo(new PromotionSnapshot("41", "TEES15", "Tees 15% off for the holidays",
                PromotionSnapshot.Kind.PERCENT_OFF, new BigDecimal("15.0"), null,
                Instant.parse("2026-12-20T08:00:00Z"), Instant.parse("2027-01-01T08:00:00Z"),
                List.of(new NetSuiteInternalId("5120"), new NetSuiteInternalId("5121")), false, null));
        PromotionSnapshot mugs = promotions.get(1);
        assertThat(mugs.kind()).isEqualTo(PromotionSnapshot.Kind.AMOUNT_OFF);
        assertThat(mugs.discount()).isEqualByComparingTo("5.00");
        assertThat(mugs.currency()).isEqualTo(USD);
        assertThat(mugs.end()).isNull();
        assertThat(promotions.get(2).items()).isEmpty();
        SoapXml search = SoapXml.parse(netsuite.findAll(soapRequested("search")).get(0).getBodyAsString());
        assertThat(search.xsiTypeLocalName("//platformMsgs:searchRecord")).isEqualTo("PromotionCodeSearchBasic");
        assertThat(search.text("//platformMsgs:searchPreferences/platformMsgs:bodyFieldsOnly")).isEqualTo("false");
    }

    @Test
    void currencyRateIsTheOneInEffectAtTheDate() {
        netsuite.stubFor(soap("getCurrencyRate").willReturn(xml("getCurrencyRate.xml")));

        BigDecimal today = gateway.currencyRate(GBP, USD, LocalDate.of(2026, 12, 4));
        BigDecimal yesterday = gateway.currencyRate(GBP, USD, LocalDate.of(2026, 12, 3));

        assertThat(today).isEqualTo(new BigDecimal("1.26487"));
        assertThat(yesterday).isEqualTo(new BigDecimal("1.2611"));
        SoapXml request = SoapXml.parse(netsuite.findAll(soapRequested("getCurrencyRate")).get(0).getBodyAsString());
        String filter = "//platformMsgs:getCurrencyRate/platformMsgs:currencyRateFilter";
        assertThat(request.text(filter + "/platformCore:baseCurrency/@internalId")).isEqualTo("1");
        assertThat(request.text(filter + "/platformCore:fromCurrency/@internalId")).isEqualTo("2");
        assertThat(request.text(filter + "/platformCore:effectiveDate")).startsWith("2026-12-04T00:00:00");
    }

    @Test
    void aCurrencyConvertsToItselfAtOneWithoutAsking() {
        assertThat(gateway.currencyRate(USD, USD, LocalDate.of(2026, 12, 4))).isEqualTo(BigDecimal.ONE);

        netsuite.verify(0, soapRequested("getCurrencyRate"));
    }

    @Test
    void noRateInEffectIsAFaultTheCallerSees() {
        netsuite.stubFor(soap("getCurrencyRate").willReturn(xml("getCurrencyRate.xml")));

        assertThatThrownBy(() -> gateway.currencyRate(GBP, USD, LocalDate.of(2026, 12, 1)))
                .isInstanceOfSatisfying(SuiteTalkException.class, e -> {
                    assertThat(e.fault().code()).isEqualTo(SoapNetSuiteGateway.NO_CURRENCY_RATE);
                    assertThat(e.fault().faultClass()).isEqualTo(FaultClass.DO_NOT_RETRY);
                });
    }

    @Test
    void aBlockedPricingSearchIsRetriedAndAnUnexpectedRateErrorToo() {
        onceThen("search", fault("fault-request-blocked.xml"), xml("search-item-pricing-page1.xml"));
        onceThen("getCurrencyRate", fault("fault-unexpected-transient.xml"), xml("getCurrencyRate.xml"));

        assertThat(gateway.itemPricingModifiedSince(Instant.parse("2026-12-04T17:00:00Z")).items()).hasSize(2);
        assertThat(gateway.currencyRate(GBP, USD, LocalDate.of(2026, 12, 4))).isEqualTo(new BigDecimal("1.26487"));

        netsuite.verify(2, soapRequested("search"));
        netsuite.verify(2, soapRequested("getCurrencyRate"));
        assertThat(meters.counter("netsuite.suitetalk.retries", "operation", "getCurrencyRate", "class", "RETRY")
                .count()).isEqualTo(1.0);
    }

    @Test
    void aPermissionFaultOnScheduledPricesIsNotRetried() {
        netsuite.stubFor(soap("search").willReturn(fault("fault-insufficient-permission.xml")));

        assertThatThrownBy(() -> gateway.scheduledPricesModifiedSince(Instant.parse("2026-12-04T19:00:00Z")))
                .isInstanceOfSatisfying(SuiteTalkException.class,
                        e -> assertThat(e.fault().code()).isEqualTo("INSUFFICIENT_PERMISSION"));
        netsuite.verify(1, soapRequested("search"));
    }

    private void onceThen(String operation, ResponseDefinitionBuilder failure, ResponseDefinitionBuilder answer) {
        netsuite.stubFor(soap(operation).inScenario(operation).whenScenarioStateIs(STARTED)
                .willReturn(failure).willSetStateTo("answered"));
        netsuite.stubFor(soap(operation).inScenario(operation).whenScenarioStateIs("answered").willReturn(answer));
    }
}
