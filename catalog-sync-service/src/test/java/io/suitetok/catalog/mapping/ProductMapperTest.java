package io.suitetok.catalog.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.catalog.CatalogFixtures;
import io.suitetok.model.catalog.CatalogItem;
import io.suitetok.model.catalog.CatalogVariant;
import io.suitetok.model.id.SellerSku;
import io.suitetok.tiktok.model.product.ProductRequest.SalesAttribute;
import io.suitetok.tiktok.model.product.ProductRequest.SkuRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductMapperTest {

    private final ProductMapper mapper = new ProductMapper();

    @Test
    void aMatrixItemWithThreeSizesBecomesOneProductWithThreeSkus() {
        ListingDraft draft = mapper.map(CatalogFixtures.teeInThreeSizes(), CatalogFixtures.usShop());

        assertThat(draft.product().skus()).extracting(SkuRequest::sellerSku)
                .containsExactly("TEE-ORG-S", "TEE-ORG-M", "TEE-ORG-L");
        assertThat(draft.product().skus().get(1).salesAttributes()).extracting(SalesAttribute::name,
                SalesAttribute::valueName).containsExactly(org.assertj.core.groups.Tuple.tuple("Size", "M"),
                        org.assertj.core.groups.Tuple.tuple("Colour", "Natural"));
        assertThat(draft.product().skus()).allSatisfy(sku -> {
            assertThat(sku.price().amount()).isEqualTo("24.00");
            assertThat(sku.inventory()).singleElement().satisfies(stock -> assertThat(stock.quantity()).isZero());
        });
        assertThat(draft.product().categoryId()).isEqualTo("601226");
        assertThat(draft.product().brandId()).isEqualTo("7082427311584347905");
        assertThat(draft.product().externalProductId()).isEqualTo("1100");
        assertThat(draft.mappingProblems()).isEmpty();
    }

    @Test
    void imperialPackagesStayImperialAndTikToksUnitsPair() {
        ListingDraft draft = mapper.map(CatalogFixtures.teeInThreeSizes(), CatalogFixtures.usShop());

        assertThat(draft.product().packageWeight().unit()).isEqualTo("POUND");
        assertThat(draft.product().packageWeight().value()).isEqualTo("0.5");
        assertThat(draft.product().packageDimensions().unit()).isEqualTo("INCH");
    }

    @Test
    void outsideTheUsImperialPackagesAreConvertedToMetric() {
        ListingDraft draft = mapper.map(CatalogFixtures.teeInThreeSizes(), CatalogFixtures.ukShop());

        assertThat(draft.product().packageWeight().unit()).isEqualTo("KILOGRAM");
        assertThat(draft.product().packageWeight().value()).isEqualTo("0.227");
        assertThat(draft.product().packageDimensions().unit()).isEqualTo("CENTIMETER");
    }

    @Test
    void theShopsLanguagePicksTheNetSuiteTranslation() {
        ListingDraft uk = mapper.map(withPrices(CatalogFixtures.teeInThreeSizes(), "GBP"), CatalogFixtures.ukShop());
        ListingDraft us = mapper.map(CatalogFixtures.teeInThreeSizes(), CatalogFixtures.usShop());

        assertThat(uk.product().title()).isEqualTo("Organic Cotton T-Shirt");
        assertThat(us.product().title()).isEqualTo("Organic Cotton Tee");
        assertThat(uk.product().brandId()).as("no brand mapping in the UK shop").isNull();
    }

    @Test
    void customFieldsBecomeTheConfiguredTikTokAttributes() {
        ListingDraft draft = mapper.map(CatalogFixtures.teeInThreeSizes(), CatalogFixtures.usShop());

        assertThat(draft.product().productAttributes()).singleElement().satisfies(attribute -> {
            assertThat(attribute.id()).isEqualTo("100392");
            assertThat(attribute.values().get(0).name()).isEqualTo("Cotton");
        });
    }

    @Test
    void anInactiveVariantIsLeftOutAndNamedForDeactivation() {
        CatalogItem tee = CatalogFixtures.teeInThreeSizes();
        List<CatalogVariant> variants = new ArrayList<>(tee.variants());
        CatalogVariant large = variants.get(2);
        variants.set(2, new CatalogVariant(large.internalId(), large.sellerSku(), large.options(), false,
                large.basePrices(), null));

        ListingDraft draft = mapper.map(copyWith(tee, tee.active(), variants), CatalogFixtures.usShop());

        assertThat(draft.product().skus()).hasSize(2);
        assertThat(draft.inactiveSkus()).containsExactly(new SellerSku("TEE-ORG-L"));
        assertThat(mapper.map(copyWith(tee, false, tee.variants()), CatalogFixtures.usShop()).fullyInactive()).isTrue();
    }

    @Test
    void anUnmappedClassOrAMissingPriceIsAProblemToReport() {
        CatalogItem tee = CatalogFixtures.teeInThreeSizes();
        CatalogItem unmapped = new CatalogItem(tee.internalId(), tee.sellerSku(), tee.title(), tee.description(), true,
                tee.lastModified(), "Homeware : Candles", null, null, tee.images(), java.util.Map.of(), java.util.Map.of(), tee.variants());

        ListingDraft draft = mapper.map(unmapped, CatalogFixtures.ukShop());

        assertThat(draft.mappingProblems()).anySatisfy(problem -> assertThat(problem)
                .contains("no TikTok category is mapped for NetSuite class 'Homeware : Candles'"));
        assertThat(draft.mappingProblems()).anySatisfy(problem -> assertThat(problem)
                .contains("TEE-ORG-S has no GBP base price"));
    }

    private static CatalogItem withPrices(CatalogItem item, String currency) {
        List<CatalogVariant> variants = item.variants().stream().map(v -> new CatalogVariant(v.internalId(),
                v.sellerSku(), v.options(), v.active(), List.of(io.suitetok.model.money.Money.of("20.00", currency)),
                null))
                .toList();
        return copyWith(item, item.active(), variants);
    }

    private static CatalogItem copyWith(CatalogItem item, boolean active, List<CatalogVariant> variants) {
        return new CatalogItem(item.internalId(), item.sellerSku(), item.title(), item.description(), active,
                item.lastModified(), item.categoryKey(), item.brand(), item.packageSpec(), item.images(),
                item.translations(), item.customFields(), variants);
    }
}
