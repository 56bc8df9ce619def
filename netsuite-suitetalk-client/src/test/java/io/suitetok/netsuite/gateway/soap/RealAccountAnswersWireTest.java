package io.suitetok.netsuite.gateway.soap;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.soap;
import static io.suitetok.netsuite.soap.WireMockSuiteTalk.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.gateway.FulfilmentSnapshot;
import io.suitetok.netsuite.gateway.ItemSnapshot;
import io.suitetok.netsuite.gateway.Page;
import io.suitetok.netsuite.soap.SuiteTalkClient;
import io.suitetok.netsuite.soap.WireMockSuiteTalk;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import io.suitetok.netsuite.gateway.SalesOrderLine;
import io.suitetok.netsuite.gateway.ShippingAddress;
import io.suitetok.netsuite.gateway.WriteOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Answers shaped after what a real account returns, beyond what the hub itself writes. */
class RealAccountAnswersWireTest {

    @RegisterExtension
    static WireMockExtension netsuite = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private SoapNetSuiteGateway gateway;

    @BeforeEach
    void gateway() {
        SuiteTalkClient client = SuiteTalkClient.create(WireMockSuiteTalk.config(netsuite.baseUrl()), meters);
        gateway = new SoapNetSuiteGateway(client);
    }

    @Test
    void carrierIntegratedFulfilmentsKeepTheirTrackingNumbers() {
        netsuite.stubFor(soap("search").willReturn(xml("search-fulfilment-carrier-packages.xml")));

        Page<FulfilmentSnapshot> page = gateway.fulfilmentsModifiedSince(Instant.parse("2026-12-01T00:00:00Z"));

        assertThat(page.items()).singleElement().satisfies(fulfilment ->
                assertThat(fulfilment.packages()).extracting(FulfilmentSnapshot.TrackedPackage::trackingNumber)
                        .containsExactly("1Z999AA10123456784", "1Z999AA10123456791", "794698753211"));
    }

    @Test
    void aKitAndCustomFieldsOfEveryKindDoNotFailTheItemPage() {
        netsuite.stubFor(soap("search").willReturn(xml("search-items-kit-and-custom-fields.xml")));

        Page<ItemSnapshot> page = gateway.itemsModifiedSince(Instant.parse("2026-12-01T00:00:00Z"));

        assertThat(page.items()).extracting(ItemSnapshot::internalId).containsExactly(new NetSuiteInternalId("5120"));
        ItemSnapshot.Merchandising merchandising = page.items().get(0).merchandising();
        assertThat(merchandising.customFields()).containsEntry("custitem_pack_size", "12")
                .containsEntry("custitem_channels", "TikTok Shop, Web store")
                .containsEntry("custitem_weight_g", "180.5").containsEntry("custitem_list_on_tiktok", "true")
                .containsEntry("custitem_brand", "SuiteTok Basics");
        // NetSuite names the language _englishUK; the hub's shops name it en_GB.
        assertThat(merchandising.translations()).containsOnlyKeys("en_GB");
        assertThat(meters.get("netsuite.suitetalk.skipped").tag("what", "record").tag("type", "KitItem")
                .counter().count()).isEqualTo(1.0);
        assertThat(meters.get("netsuite.suitetalk.skipped").tag("what", "element").tag("type", "InventoryItem")
                .counter().count()).as("vendorName and itemVendorList").isEqualTo(2.0);
    }

    @Test
    void anOrderWithLongAndMultiSelectCustomFieldsKeepsItsSoNumberAfterTheWrite() {
        netsuite.stubFor(soap("upsertList").willReturn(xml("upsertList-mixed.xml")));
        netsuite.stubFor(soap("getList").willReturn(xml("getList-salesOrder-with-long-and-multiselect-fields.xml")));

        List<WriteOutcome> outcomes = gateway.upsertSalesOrders(List.of(
                draft("576461413038785752"), draft("576461413038785753"), draft("576461413038785754")));

        assertThat(outcomes.get(0)).isInstanceOfSatisfying(WriteOutcome.Written.class,
                written -> assertThat(written.tranId()).contains("SO10482"));
    }

    private static SalesOrderDraft draft(String orderId) {
        return new SalesOrderDraft("TTS-7495021-" + orderId, new NetSuiteInternalId("4471"),
                new NetSuiteInternalId("3"), new NetSuiteInternalId("1"), new NetSuiteInternalId("2"), null, null,
                LocalDate.of(2026, 11, 26), orderId, "TikTok order", null, new BigDecimal("3.99"),
                new ShippingAddress("Dana Reyes", "+1 775 555 0142", "1200 Kietzke Ln", "Apt 4", "Reno", "NV",
                        "89502", "US"),
                List.of(SalesOrderLine.of(new NetSuiteInternalId("5120"), new BigDecimal("2"), new BigDecimal("21.50"))),
                Map.of());
    }

    @Test
    void savedSearchRowsAreRefusedClearlyInsteadOfAnEmptyPage() {
        netsuite.stubFor(soap("search").willReturn(xml("search-saved-search-rows.xml")));

        assertThatThrownBy(() -> gateway.itemsModifiedSince(Instant.parse("2026-12-01T00:00:00Z")))
                .isInstanceOf(SuiteTalkException.class)
                .hasMessageContaining("HUB_SEARCH_ROWS_UNSUPPORTED").hasMessageContaining("49");
    }
}
