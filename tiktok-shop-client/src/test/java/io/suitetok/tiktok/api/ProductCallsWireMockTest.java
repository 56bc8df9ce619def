package io.suitetok.tiktok.api;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.money.Money;
import io.suitetok.tiktok.model.product.CategoryAttribute;
import io.suitetok.tiktok.model.product.Price;
import io.suitetok.tiktok.model.product.ProductCreated;
import io.suitetok.tiktok.model.product.ProductRequest;
import io.suitetok.tiktok.model.product.ProductRequest.ImageRef;
import io.suitetok.tiktok.model.product.ProductRequest.SalesAttribute;
import io.suitetok.tiktok.model.product.ProductRequest.SkuRequest;
import io.suitetok.tiktok.model.product.ProductSearchFilter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProductCallsWireMockTest extends WireMockTikTokTest {

    private static ProductRequest tee() {
        return new ProductRequest("Organic Cotton Tee", "<p>Soft, organic cotton.</p>", "601226", "v2", null,
                List.of(new ImageRef("tos-maliva-i-o3syd03w52-us/c668cdf70b7f483c94dbe")),
                List.of(new SkuRequest(null, "TEE-RED-S", List.of(new SalesAttribute(null, "Size", null, "S")),
                        Price.of(Money.of("20.00", "USD")), null)),
                null, new ProductRequest.PackageWeight("0.3", "KILOGRAM"), null, "NS-1042", null);
    }

    @Test
    void aCreatedProductReturnsItsSkuIdsAndTikToksWarnings() {
        wireMock.stubFor(post(urlPathEqualTo("/product/202309/products")).willReturn(okJson(fixture("product-created.json"))));

        ProductCreated created = client.products().create(US, tee());

        assertThat(created.productId()).isEqualTo("1729592969712207012");
        assertThat(created.skus()).extracting(ProductCreated.CreatedSku::sellerSku).containsExactly("TEE-RED-S", "TEE-RED-M");
        assertThat(created.warnings()).extracting(ProductCreated.Warning::message).singleElement()
                .asString().contains("brand_id");
        wireMock.verify(postRequestedFor(urlPathEqualTo("/product/202309/products"))
                .withRequestBody(matchingJsonPath("$.skus[0].price.amount", equalTo("20.00")))
                .withRequestBody(matchingJsonPath("$.skus[0].seller_sku", equalTo("TEE-RED-S")))
                .withRequestBody(matchingJsonPath("$.main_images[0].uri"))
                .withRequestBody(matchingJsonPath("$.brand_id", absent())));
    }

    @Test
    void editReplacesAndPartialEditSendsOnlyWhatChanged() {
        wireMock.stubFor(put(urlPathEqualTo("/product/202309/products/1729592969712207012")).willReturn(okJson(success("{}"))));
        wireMock.stubFor(post(urlPathEqualTo("/product/202309/products/1729592969712207012/partial_edit"))
                .willReturn(okJson(success("{}"))));

        client.products().edit(US, "1729592969712207012", tee());
        client.products().partialEdit(US, "1729592969712207012",
                new ProductRequest("Organic Cotton Tee, relaxed fit", null, null, null, null, null, null, null, null,
                        null, null, null));

        wireMock.verify(putRequestedFor(urlPathEqualTo("/product/202309/products/1729592969712207012"))
                .withRequestBody(matchingJsonPath("$.category_id", equalTo("601226"))));
        wireMock.verify(postRequestedFor(urlPathEqualTo("/product/202309/products/1729592969712207012/partial_edit"))
                .withRequestBody(equalToJson("{\"title\":\"Organic Cotton Tee, relaxed fit\"}")));
    }

    @Test
    void getAndSearchReadStatusesAndSkus() {
        wireMock.stubFor(get(urlPathEqualTo("/product/202309/products/1729592969712207012")).willReturn(okJson(success(
                "{\"id\":\"1729592969712207012\",\"status\":\"FAILED\",\"title\":\"Organic Cotton Tee\",\"skus\":[{\"id\":"
                        + "\"1729592969712207013\",\"seller_sku\":\"TEE-RED-S\",\"price\":{\"currency\":\"USD\","
                        + "\"sale_price\":\"20.00\"},\"inventory\":[{\"warehouse_id\":\"7068517275539719942\","
                        + "\"quantity\":12}]}],\"audit_failed_reasons\":[{\"position\":\"main_images\",\"reasons\":"
                        + "[\"Image is blurry\"],\"suggestions\":[\"Upload a sharper image\"]}]}"))));
        wireMock.stubFor(post(urlPathEqualTo("/product/202309/products/search")).willReturn(okJson(success(
                "{\"products\":[{\"id\":\"1729592969712207012\",\"status\":\"ACTIVATE\",\"skus\":[{\"id\":"
                        + "\"1729592969712207013\",\"seller_sku\":\"TEE-RED-S\"}]}],\"next_page_token\":\"\","
                        + "\"total_count\":1}"))));

        var detail = client.products().get(US, "1729592969712207012");
        var page = client.products().search(US, new ProductSearchFilter(null, List.of("TEE-RED-S"), null, null), 50, null);

        assertThat(detail.status()).isEqualTo("FAILED");
        assertThat(detail.auditFailedReasons().get(0).reasons()).containsExactly("Image is blurry");
        assertThat(detail.skus().get(0).inventory().get(0).quantity()).isEqualTo(12);
        assertThat(page.hasMore()).isFalse();
        assertThat(page.products().get(0).skus().get(0).sellerSku()).isEqualTo("TEE-RED-S");
        wireMock.verify(postRequestedFor(urlPathEqualTo("/product/202309/products/search"))
                .withRequestBody(equalToJson("{\"seller_skus\":[\"TEE-RED-S\"]}")));
    }

    @Test
    void aSearchByUpdateTimeSendsTikToksInclusiveUpperBound() {
        wireMock.stubFor(post(urlPathEqualTo("/product/202309/products/search")).willReturn(okJson(success(
                "{\"products\":[],\"next_page_token\":\"\",\"total_count\":0}"))));

        client.products().search(US, new ProductSearchFilter("ACTIVATE", null, 1764150000L, 1764153599L), 100, null);

        wireMock.verify(postRequestedFor(urlPathEqualTo("/product/202309/products/search")).withRequestBody(
                equalToJson("{\"status\":\"ACTIVATE\",\"update_time_ge\":1764150000,\"update_time_le\":1764153599}")));
    }

    @Test
    void activationAndDeactivationGoInBatchesOfTwenty() {
        wireMock.stubFor(post(urlPathEqualTo("/product/202309/products/deactivate")).willReturn(okJson(success("{}"))));
        wireMock.stubFor(post(urlPathEqualTo("/product/202309/products/activate")).willReturn(okJson(success("{}"))));
        List<String> ids = IntStream.range(0, 45).mapToObj(i -> "17295929697122" + (10000 + i)).toList();

        client.products().deactivate(US, ids);
        client.products().activate(US, ids.subList(0, 3));

        wireMock.verify(3, postRequestedFor(urlPathEqualTo("/product/202309/products/deactivate")));
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/product/202309/products/activate"))
                .withRequestBody(matchingJsonPath("$.product_ids.length()", equalTo("3"))));
    }

    @Test
    void anImageIsUploadedAsMultipartWithoutACipher() {
        wireMock.stubFor(post(urlPathEqualTo("/product/202309/images/upload")).willReturn(okJson(success(
                "{\"uri\":\"tos-maliva-i-o3syd03w52-us/abc\",\"url\":\"https://p16.example/abc.jpeg\",\"width\":800,"
                        + "\"height\":800,\"use_case\":\"MAIN_IMAGE\"}"))));

        var image = client.products().uploadImage(US, "tee-front.png", "image/png",
                "\u0089PNG fake bytes".getBytes(StandardCharsets.ISO_8859_1), "MAIN_IMAGE");

        assertThat(image.uri()).isEqualTo("tos-maliva-i-o3syd03w52-us/abc");
        wireMock.verify(postRequestedFor(urlPathEqualTo("/product/202309/images/upload"))
                .withQueryParam("shop_cipher", absent())
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBody(containing("name=\"data\"; filename=\"tee-front.png\""))
                .withRequestBody(containing("MAIN_IMAGE")));
    }

    @Test
    void categoryRulesAndRequiredAttributesAreRead() {
        wireMock.stubFor(get(urlPathEqualTo("/product/202309/categories/601226/rules")).willReturn(okJson(success(
                "{\"product_certifications\":[{\"id\":\"7182427311584347905\",\"name\":\"CPC\",\"is_required\":true}],"
                        + "\"size_chart\":{\"is_required\":false,\"is_supported\":true},\"package_dimension\":"
                        + "{\"is_required\":true}}"))));
        wireMock.stubFor(get(urlPathEqualTo("/product/202309/categories/601226/attributes")).willReturn(okJson(success(
                "{\"attributes\":[{\"id\":\"100392\",\"name\":\"Material\",\"type\":\"PRODUCT_PROPERTY\","
                        + "\"is_requried\":true,\"values\":[{\"id\":\"1000085\",\"name\":\"Cotton\"}]},{\"id\":\"100393\","
                        + "\"name\":\"Pattern\",\"is_required\":false}]}"))));

        var rules = client.products().categoryRules(US, "601226", "v2");
        List<CategoryAttribute> attributes = client.products().categoryAttributes(US, "601226", "v2");

        assertThat(rules.packageDimension().isRequired()).isTrue();
        assertThat(rules.productCertifications()).extracting("name").containsExactly("CPC");
        assertThat(attributes).filteredOn(CategoryAttribute::required).extracting(CategoryAttribute::name)
                .containsExactly("Material");
    }
}
