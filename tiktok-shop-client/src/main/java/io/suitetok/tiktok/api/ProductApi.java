package io.suitetok.tiktok.api;

import static io.suitetok.tiktok.http.TikTokEndpoints.ACTIVATE_PRODUCTS;
import static io.suitetok.tiktok.http.TikTokEndpoints.CATEGORY_ATTRIBUTES;
import static io.suitetok.tiktok.http.TikTokEndpoints.CATEGORY_RULES;
import static io.suitetok.tiktok.http.TikTokEndpoints.CREATE_PRODUCT;
import static io.suitetok.tiktok.http.TikTokEndpoints.DEACTIVATE_PRODUCTS;
import static io.suitetok.tiktok.http.TikTokEndpoints.EDIT_PRODUCT;
import static io.suitetok.tiktok.http.TikTokEndpoints.GET_PRODUCT;
import static io.suitetok.tiktok.http.TikTokEndpoints.PARTIAL_EDIT_PRODUCT;
import static io.suitetok.tiktok.http.TikTokEndpoints.SEARCH_PRODUCTS;
import static io.suitetok.tiktok.http.TikTokEndpoints.UPLOAD_IMAGE;

import io.suitetok.tiktok.http.ApiCall;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.http.TikTokTransport;
import io.suitetok.tiktok.model.product.CategoryAttribute;
import io.suitetok.tiktok.model.product.CategoryRules;
import io.suitetok.tiktok.model.product.ProductCreated;
import io.suitetok.tiktok.model.product.ProductDetail;
import io.suitetok.tiktok.model.product.ProductPage;
import io.suitetok.tiktok.model.product.ProductRequest;
import io.suitetok.tiktok.model.product.ProductSearchFilter;
import io.suitetok.tiktok.model.product.UploadedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Products: listing, editing, (de)activation, images and category rules. */
public class ProductApi {

    /** Activate and deactivate take at most 20 product ids per call. */
    public static final int ACTIVATION_BATCH = 20;

    private final TikTokTransport transport;

    public ProductApi(TikTokTransport transport) {
        this.transport = transport;
    }

    /** Not retried after a timeout: a second create would list the product twice. */
    public ProductCreated create(ShopContext shop, ProductRequest product) {
        return transport.execute(shop, ApiCall.to(CREATE_PRODUCT).body(product), ProductCreated.class);
    }

    /** Full replacement of the product. */
    public void edit(ShopContext shop, String productId, ProductRequest product) {
        transport.execute(shop, ApiCall.to(EDIT_PRODUCT).path("product_id", productId).body(product));
    }

    /** Replaces only the top-level fields that are set (each one whole). */
    public void partialEdit(ShopContext shop, String productId, ProductRequest changes) {
        transport.execute(shop, ApiCall.to(PARTIAL_EDIT_PRODUCT).path("product_id", productId).body(changes));
    }

    public ProductDetail get(ShopContext shop, String productId) {
        return transport.execute(shop, ApiCall.to(GET_PRODUCT).path("product_id", productId), ProductDetail.class);
    }

    public ProductPage search(ShopContext shop, ProductSearchFilter filter, int pageSize, String pageToken) {
        return transport.execute(shop, ApiCall.to(SEARCH_PRODUCTS).query("page_size", Math.min(pageSize, 100))
                .query("page_token", pageToken).body(filter), ProductPage.class);
    }

    public void activate(ShopContext shop, List<String> productIds) {
        inBatches(shop, ApiCall.to(ACTIVATE_PRODUCTS), productIds);
    }

    /** Deprecated SKUs are deactivated, never deleted: old orders keep pointing at them. */
    public void deactivate(ShopContext shop, List<String> productIds) {
        inBatches(shop, ApiCall.to(DEACTIVATE_PRODUCTS), productIds);
    }

    /**
     * Uploads a JPG or PNG (100 to 20,000 px, at most 5 MB) as multipart; the body of a multipart call is
     * not part of the signature.
     */
    public UploadedImage uploadImage(ShopContext shop, String fileName, String mediaType, byte[] content,
            String useCase) {
        ApiCall call = ApiCall.to(UPLOAD_IMAGE).file(new ApiCall.MultipartFile("data", fileName, mediaType, content,
                Map.of("use_case", useCase)));
        return transport.execute(shop, call, UploadedImage.class);
    }

    public CategoryRules categoryRules(ShopContext shop, String categoryId, String categoryVersion) {
        return transport.execute(shop, ApiCall.to(CATEGORY_RULES).path("category_id", categoryId)
                .query("category_version", categoryVersion), CategoryRules.class);
    }

    public List<CategoryAttribute> categoryAttributes(ShopContext shop, String categoryId, String categoryVersion) {
        Attributes found = transport.execute(shop, ApiCall.to(CATEGORY_ATTRIBUTES).path("category_id", categoryId)
                .query("category_version", categoryVersion), Attributes.class);
        return found.attributes() == null ? List.of() : found.attributes();
    }

    private void inBatches(ShopContext shop, ApiCall template, List<String> productIds) {
        List<String> ids = new ArrayList<>(productIds);
        for (int from = 0; from < ids.size(); from += ACTIVATION_BATCH) {
            List<String> batch = ids.subList(from, Math.min(from + ACTIVATION_BATCH, ids.size()));
            transport.execute(shop, ApiCall.to(template.endpoint()).body(Map.of("product_ids", batch)));
        }
    }

    record Attributes(List<CategoryAttribute> attributes) {
    }
}
