package io.suitetok.catalog.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.catalog.CatalogFixtures;
import io.suitetok.catalog.images.ImageFacts;
import io.suitetok.catalog.mapping.ListingDraft;
import io.suitetok.catalog.mapping.ProductMapper;
import io.suitetok.tiktok.model.product.CategoryAttribute;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingRulesTest {

    private final ListingRules rules = new ListingRules();
    private final ListingDraft tee = new ProductMapper().map(CatalogFixtures.teeInThreeSizes(), CatalogFixtures.usShop());
    private final ImageFacts goodImage = new ImageFacts(1, "tee-front.png", "png", 800, 800, 120_000);

    @Test
    void aWellFormedItemPasses() {
        assertThat(rules.violations(tee, List.of(goodImage), CategoryRequirements.none("601226"),
                CatalogFixtures.usShop())).isEmpty();
    }

    @Test
    void aSmallImageIsReportedWithItsSizeAndTikToksMinimum() {
        List<String> problems = rules.violations(tee, List.of(goodImage,
                new ImageFacts(2, "tee-back.png", "png", 250, 250, 9_000)), CategoryRequirements.none("601226"),
                CatalogFixtures.usShop());

        assertThat(problems).containsExactly(
                "image 2 (tee-back.png) is 250×250 px; TikTok needs at least 300×300");
    }

    @Test
    void noImagesTooManyImagesAWrongFormatAndAHugeFileAreEachNamed() {
        assertThat(rules.violations(tee, List.of(), CategoryRequirements.none("601226"), CatalogFixtures.usShop()))
                .containsExactly("the item has 0 images; TikTok needs 1 to 9");
        assertThat(rules.violations(tee, List.of(new ImageFacts(1, "tee.gif", "gif", 800, 800, 10),
                new ImageFacts(2, "huge.jpg", "jpeg", 4001, 3000, 6L * 1024 * 1024)),
                CategoryRequirements.none("601226"), CatalogFixtures.usShop())).containsExactly(
                        "image 1 (tee.gif) is gif; TikTok takes JPG or PNG",
                        "image 2 (huge.jpg) is 4001×3000 px; TikTok allows at most 4000×4000",
                        "image 2 (huge.jpg) is 6 MB; TikTok allows 5 MB");
    }

    @Test
    void aMissingRequiredCategoryAttributeParksTheItemWithItsName() {
        CategoryRequirements needsFabricCare = new CategoryRequirements("601226",
                List.of(new CategoryAttribute("100395", "Care Instructions", "PRODUCT_PROPERTY", true, List.of())),
                true);

        List<String> problems = rules.violations(tee, List.of(goodImage), needsFabricCare, CatalogFixtures.usShop());

        assertThat(problems).containsExactly("TikTok category 601226 requires the attribute 'Care Instructions' "
                + "(100395); fill the NetSuite field mapped to it, or map one in hub.catalog.shops[].attributes");
    }

    @Test
    void tooManySkusForTheMarketAndALongTitleAreReported() {
        var strictShop = new io.suitetok.catalog.config.ShopListingSettings("1", "en_US", "USD", "v2", 25, 2,
                CatalogFixtures.usShop().categories(), java.util.Map.of(), java.util.Map.of(), "w");
        ListingDraft draft = new ProductMapper().map(CatalogFixtures.teeInThreeSizes(), strictShop);

        assertThat(rules.violations(draft, List.of(goodImage), CategoryRequirements.none("601226"), strictShop))
                .containsExactly("the title has 18 characters; TikTok needs 25 to 255",
                        "the item has 3 active variants; TikTok lists at most 2 SKUs per product in this market");
    }
}
