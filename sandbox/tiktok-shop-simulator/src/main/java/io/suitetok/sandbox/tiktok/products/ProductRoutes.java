package io.suitetok.sandbox.tiktok.products;

import static io.suitetok.sandbox.tiktok.protocol.Endpoints.ACTIVATE_PRODUCTS;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.CATEGORY_ATTRIBUTES;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.CATEGORY_RULES;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.CREATE_PRODUCT;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.DEACTIVATE_PRODUCTS;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.EDIT_PRODUCT;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.GET_PRODUCT;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.PARTIAL_EDIT_PRODUCT;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.SEARCH_PRODUCTS;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.UPLOAD_IMAGE;

import io.suitetok.sandbox.tiktok.products.Categories.Category;
import io.suitetok.sandbox.tiktok.protocol.EndpointRoutes;
import io.suitetok.sandbox.tiktok.protocol.RouteTable;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.protocol.VerifiedCall;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The product endpoints: listing, editing, search, (de)activation, images and category data. */
@Component
public class ProductRoutes implements EndpointRoutes {

    private final Catalog catalog;
    private final ImageStore images;
    private final Categories categories;

    public ProductRoutes(Catalog catalog, ImageStore images, Categories categories) {
        this.catalog = catalog;
        this.images = images;
        this.categories = categories;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(CREATE_PRODUCT, call -> {
            JsonNode tree = call.bodyTree();
            return catalog.create(call.shop(), call.body(ProductRequest.class), tree);
        });
        routes.on(EDIT_PRODUCT, call -> edit(call, false));
        routes.on(PARTIAL_EDIT_PRODUCT, call -> edit(call, true));
        routes.on(GET_PRODUCT, call -> catalog.detail(call.shop(), call.pathParam("product_id")));
        routes.on(SEARCH_PRODUCTS, call -> {
            int pageSize = call.pageSize(true, 20);
            return catalog.search(call.shop(), call.filterBody(ProductSearchBody.class), pageSize,
                    call.query("page_token").orElse(null)).data("products");
        });
        routes.on(ACTIVATE_PRODUCTS, call -> Map.of("errors", catalog.activate(call.shop(), productIds(call))));
        routes.on(DEACTIVATE_PRODUCTS, call -> Map.of("errors", catalog.deactivate(call.shop(), productIds(call))));
        routes.on(UPLOAD_IMAGE, call -> {
            VerifiedCall.UploadedFile file = call.file("data").orElseThrow(() ->
                    TikTokError.invalidParameter("param data (the image file) is missing"));
            return images.upload(file, call.formField("use_case").orElse(null));
        });
        routes.on(CATEGORY_RULES, call -> {
            Categories.checkVersion(call.query("category_version").orElse(null));
            Category category = categories.leaf(call.pathParam("category_id"));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("product_certifications", category.rules().productCertifications().stream()
                    .map(c -> Map.of("id", c.id(), "name", c.name(), "is_required", c.isRequired(),
                            "sample_image_url", "https://p16-sbx.tiktokcdn.com/cert-sample.png"))
                    .toList());
            data.put("size_chart", Map.of("is_required", category.rules().sizeChartRequired(), "is_supported", true));
            data.put("cod", Map.of("is_supported", false));
            data.put("package_dimension", Map.of("is_required", category.rules().packageDimensionRequired()));
            data.put("epr", Map.of("is_required", false));
            return data;
        });
        routes.on(CATEGORY_ATTRIBUTES, call -> {
            Categories.checkVersion(call.query("category_version").orElse(null));
            return Map.of("attributes", categories.leaf(call.pathParam("category_id")).attributes());
        });
    }

    private ProductViews.Created edit(VerifiedCall call, boolean partial) {
        JsonNode tree = call.bodyTree();
        return catalog.edit(call.shop(), call.pathParam("product_id"), call.body(ProductRequest.class), tree,
                partial);
    }

    private static List<String> productIds(VerifiedCall call) {
        return call.body(ProductIds.class).productIds();
    }

    record ProductIds(List<String> productIds) {
    }
}
