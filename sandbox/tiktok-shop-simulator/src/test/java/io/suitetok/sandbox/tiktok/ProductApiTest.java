package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.sandbox.tiktok.products.Categories;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.sandbox.tiktok.webhooks.WebhookDelivery;
import io.suitetok.tiktok.error.TikTokApiException;
import io.suitetok.tiktok.model.product.CategoryAttribute;
import io.suitetok.tiktok.model.product.CategoryRules;
import io.suitetok.tiktok.model.product.Price;
import io.suitetok.tiktok.model.product.ProductCreated;
import io.suitetok.tiktok.model.product.ProductDetail;
import io.suitetok.tiktok.model.product.ProductPage;
import io.suitetok.tiktok.model.product.ProductRequest;
import io.suitetok.tiktok.model.product.ProductRequest.SkuRequest;
import io.suitetok.tiktok.model.product.ProductSearchFilter;
import io.suitetok.tiktok.model.product.UploadedImage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listing, editing, auditing and finding products through the real client. */
class ProductApiTest extends AgainstFreshSimulator {

    private String image;

    @BeforeEach
    void uploadMainImage() {
        image = Listings.mainImage(connected);
    }

    @AfterEach
    void automaticAudit() {
        control.setManualAudit(false);
    }

    @Test
    void imagesAreUploadedAsMultipartAndCheckedLikeTikTokChecksThem() {
        UploadedImage uploaded = connected.client.products().uploadImage(connected.us, "a.png", "image/png",
                TestImages.png(800, 640), "DESCRIPTION_IMAGE");

        assertThat(uploaded.uri()).startsWith("tos-");
        assertThat(uploaded.url()).startsWith("https://");
        assertThat(uploaded.width()).isEqualTo(800);
        assertThat(uploaded.height()).isEqualTo(640);
        assertThat(uploaded.useCase()).isEqualTo("DESCRIPTION_IMAGE");
        assertThat(codeOf(() -> connected.client.products().uploadImage(connected.us, "tiny.png", "image/png",
                TestImages.png(50, 50), "MAIN_IMAGE"))).isEqualTo(12052704);
        assertThat(codeOf(() -> connected.client.products().uploadImage(connected.us, "notes.png", "image/png",
                "not an image".getBytes(), "MAIN_IMAGE"))).isEqualTo(12052704);
        byte[] oversized = java.util.Arrays.copyOf(TestImages.png(200, 200), 5 * 1024 * 1024 + 1);
        assertThat(codeOf(() -> connected.client.products().uploadImage(connected.us, "big.png", "image/png",
                oversized, "MAIN_IMAGE"))).isEqualTo(12052704);
    }

    @Test
    void aNewProductIsPendingUntilItsAuditPassesThenLiveAndAnnounced() {
        control.setManualAudit(true);

        ProductCreated created = connected.client.products().create(connected.us, Listings.tee(image, "AUD"));
        ProductDetail pending = connected.client.products().get(connected.us, created.productId());
        control.decideAudit(created.productId(), true, null);
        ProductDetail live = connected.client.products().get(connected.us, created.productId());

        assertThat(created.skus()).extracting(ProductCreated.CreatedSku::sellerSku).containsExactly("AUD-S", "AUD-M");
        assertThat(created.warnings()).isEmpty();
        assertThat(pending.status()).isEqualTo("PENDING");
        assertThat(live.status()).isEqualTo("ACTIVATE");
        assertThat(live.skus()).extracting(ProductDetail.SkuDetail::sellerSku).containsExactly("AUD-S", "AUD-M");
        assertThat(live.skus().get(1).inventory()).singleElement().satisfies(q -> {
            assertThat(q.warehouseId()).isEqualTo(ShopDirectory.US_EAST_WAREHOUSE);
            assertThat(q.quantity()).isEqualTo(20);
        });
        assertThat(live.skus().get(0).price().salePrice()).isEqualTo("18.00");
        assertThat(control.webhooks()).extracting(WebhookDelivery.View::type).containsExactly(16, 5);
        assertThat(control.webhooks().get(1).body()).contains("PRODUCT_FIRST_PASS_REVIEW");
    }

    @Test
    void aProductMarkedToFailItsAuditEndsFailedWithReasons() {
        control.failAuditForSellerSku("BAD-S");

        ProductCreated created = connected.client.products().create(connected.us, Listings.tee(image, "BAD"));

        ProductDetail failed = connected.client.products().get(connected.us, created.productId());
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.auditFailedReasons()).singleElement().satisfies(r -> assertThat(r.reasons()).isNotEmpty());
        assertThat(control.webhooks()).last().satisfies(w -> assertThat(w.body()).contains("PRODUCT_AUDIT_FAILURE"));
    }

    @Test
    void aFullEditReplacesTheProductAndAPartialEditOnlyTheFieldsSent() {
        ProductCreated created = connected.client.products().create(connected.us, Listings.tee(image, "EDT"));
        String keptSku = created.skus().get(0).id();

        connected.client.products().partialEdit(connected.us, created.productId(), Listings.onlyTitle("Renamed Tee"));
        ProductDetail renamed = connected.client.products().get(connected.us, created.productId());
        ProductRequest full = Listings.tee(image, "EDT");
        ProductRequest onlyFirstSku = new ProductRequest(null, null, null, null, null, null, List.of(
                new SkuRequest(keptSku, "EDT-S", full.skus().get(0).salesAttributes(), new Price("18.50", "USD"),
                        null)), null, null, null, null, null);
        connected.client.products().partialEdit(connected.us, created.productId(), onlyFirstSku);
        ProductDetail trimmed = connected.client.products().get(connected.us, created.productId());
        connected.client.products().edit(connected.us, created.productId(), new ProductRequest("Edited Tee",
                "<p>New text</p>", full.categoryId(), "v2", null, full.mainImages(), full.skus(), null,
                full.packageWeight(), full.packageDimensions(), null, null));
        ProductDetail replaced = connected.client.products().get(connected.us, created.productId());

        assertThat(renamed.title()).isEqualTo("Renamed Tee");
        assertThat(renamed.skus()).hasSize(2);
        assertThat(trimmed.skus()).singleElement().satisfies(sku -> {
            assertThat(sku.id()).isEqualTo(keptSku);
            assertThat(sku.price().salePrice()).isEqualTo("18.50");
            assertThat(sku.inventory()).singleElement().satisfies(q -> assertThat(q.quantity()).isEqualTo(10));
        });
        assertThat(replaced.title()).isEqualTo("Edited Tee");
        assertThat(replaced.description()).isEqualTo("<p>New text</p>");
        assertThat(replaced.skus()).hasSize(2).extracting(ProductDetail.SkuDetail::id).doesNotContain(keptSku);
        assertThat(replaced.status()).isEqualTo("ACTIVATE");
        assertThat(control.webhooks()).extracting(WebhookDelivery.View::type).contains(15);
    }

    @Test
    void deactivatedProductsAreHiddenAndComeBackThroughTheAudit() {
        ProductCreated created = connected.client.products().create(connected.us, Listings.tee(image, "DEA"));

        connected.client.products().deactivate(connected.us, List.of(created.productId()));
        String whileDeactivated = connected.client.products().get(connected.us, created.productId()).status();
        control.setManualAudit(true);
        connected.client.products().activate(connected.us, List.of(created.productId()));
        String afterActivation = connected.client.products().get(connected.us, created.productId()).status();
        control.decideAudit(created.productId(), true, null);

        assertThat(whileDeactivated).isEqualTo("SELLER_DEACTIVATED");
        assertThat(afterActivation).isEqualTo("PENDING");
        assertThat(control.product(created.productId()).status()).isEqualTo("ACTIVATE");
    }

    @Test
    void searchFindsProductsBySellerSkuAndByStatusPageByPage() {
        ProductCreated first = connected.client.products().create(connected.us, Listings.tee(image, "SRA"));
        connected.client.products().create(connected.us, Listings.tee(image, "SRB"));
        connected.client.products().deactivate(connected.us, List.of(first.productId()));

        ProductPage bySku = connected.client.products().search(connected.us,
                new ProductSearchFilter(null, List.of("SRA-M"), null, null), 10, null);
        ProductPage deactivated = connected.client.products().search(connected.us,
                new ProductSearchFilter("SELLER_DEACTIVATED", null, null, null), 10, null);
        ProductPage firstPage = connected.client.products().search(connected.us,
                new ProductSearchFilter("ACTIVATE", null, null, null), 2, null);
        ProductPage secondPage = connected.client.products().search(connected.us,
                new ProductSearchFilter("ACTIVATE", null, null, null), 2, firstPage.nextPageToken());

        assertThat(bySku.products()).singleElement().satisfies(p -> assertThat(p.id()).isEqualTo(first.productId()));
        assertThat(deactivated.products()).extracting(ProductPage.ProductSummary::id).containsExactly(first.productId());
        assertThat(firstPage.totalCount()).isEqualTo(4);
        assertThat(firstPage.hasMore()).isTrue();
        assertThat(secondPage.products()).hasSize(2);
        assertThat(secondPage.hasMore()).isFalse();
    }

    @Test
    void categoryRulesAndAttributesTellWhatAListingNeeds() {
        CategoryRules mugs = connected.client.products().categoryRules(connected.us, Categories.MUGS, "v2");
        List<CategoryAttribute> attributes = connected.client.products().categoryAttributes(connected.us,
                Categories.MUGS, "v2");

        assertThat(mugs.packageDimension().isRequired()).isTrue();
        assertThat(mugs.productCertifications()).hasSize(1);
        assertThat(attributes).filteredOn(CategoryAttribute::required).extracting(CategoryAttribute::name)
                .containsExactly("Material");
        assertThat(codeOf(() -> connected.client.products().categoryRules(connected.us, Categories.HOME_KITCHEN,
                "v2"))).isEqualTo(12052703);
    }

    @Test
    void listingRulesAreEnforcedAndAnUnusableBrandIsClearedWithAWarning() {
        ProductRequest tee = Listings.tee(image, "RUL");
        ProductRequest mugWithoutMaterial = new ProductRequest("Mug", "<p>Mug</p>", Categories.MUGS, "v2", null,
                tee.mainImages(), List.of(tee.skus().get(0)), null, tee.packageWeight(), tee.packageDimensions(),
                null, null);
        ProductRequest foreignImage = new ProductRequest(tee.title(), tee.description(), tee.categoryId(), "v2", null,
                List.of(new ProductRequest.ImageRef("https://example.com/tee.png")), tee.skus(), null, null, null,
                null, null);
        ProductRequest poundPrice = new ProductRequest(tee.title(), tee.description(), tee.categoryId(), "v2", null,
                tee.mainImages(), List.of(new SkuRequest(null, "RUL-X", null, new Price("9.99", "GBP"), null)), null,
                null, null, null, null);
        ProductRequest badTag = new ProductRequest(tee.title(), "<div>no divs</div>", tee.categoryId(), "v2", null,
                tee.mainImages(), tee.skus(), null, null, null, null, null);
        ProductRequest unknownBrand = new ProductRequest(tee.title(), tee.description(), tee.categoryId(), "v2",
                "123456", tee.mainImages(), tee.skus(), null, null, null, null, null);

        assertThatThrownBy(() -> connected.client.products().create(connected.us, mugWithoutMaterial))
                .isInstanceOfSatisfying(TikTokApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(12052700);
                    assertThat(e.getMessage()).contains("101610");
                });
        assertThat(codeOf(() -> connected.client.products().create(connected.us, foreignImage))).isEqualTo(12052700);
        assertThat(codeOf(() -> connected.client.products().create(connected.us, poundPrice))).isEqualTo(12052700);
        assertThat(codeOf(() -> connected.client.products().create(connected.us, badTag))).isEqualTo(12052700);
        ProductCreated withWarning = connected.client.products().create(connected.us, unknownBrand);
        assertThat(withWarning.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("brand_id"));
        assertThat(control.products(ShopDirectory.US_SHOP_ID)).extracting(p -> p.title())
                .filteredOn(title -> title.equals(tee.title())).hasSize(1);
    }

    @Test
    void aDelayedAuditKeepsTheProductPendingForThatLong() {
        try (RunningSimulator slowAudit = TikTokShopSimulator.start(SimulatorSettings.forTests()
                .withAudit(Duration.ofMillis(300), false).withSeedCatalog(false))) {
            ConnectedClient client = ConnectedClient.to(slowAudit);
            ProductCreated created = client.client.products().create(client.us,
                    Listings.tee(Listings.mainImage(client), "DLY"));

            assertThat(client.client.products().get(client.us, created.productId()).status()).isEqualTo("PENDING");
            Eventually.within(Duration.ofSeconds(5), "the audit passes", () -> "ACTIVATE".equals(
                    client.client.products().get(client.us, created.productId()).status()));
        }
    }

    private static long codeOf(Runnable call) {
        return Transports.codeOf(call);
    }
}
