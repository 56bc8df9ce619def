package io.suitetok.sandbox.tiktok.products;

import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.products.ProductRequest.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A small, fixed category tree: two parents and three leaves. Products may only be listed in a
 * leaf. Mugs require the Material attribute and package dimensions, so the hub's handling of
 * category rules can be tested; T-shirts take Color and Size as sales attributes.
 */
@Component
public class Categories {

    public static final String HOME_KITCHEN = "600001";
    public static final String MUGS = "600101";
    public static final String KITCHEN_STORAGE = "600102";
    public static final String WOMENSWEAR = "601152";
    public static final String T_SHIRTS = "601226";

    private final Map<String, Category> categories = Map.of(
            HOME_KITCHEN, new Category(HOME_KITCHEN, "0", "Home & Kitchen", false, List.of(), Rules.none()),
            WOMENSWEAR, new Category(WOMENSWEAR, "0", "Womenswear & Underwear", false, List.of(), Rules.none()),
            MUGS, new Category(MUGS, HOME_KITCHEN, "Mugs & Cups", true, List.of(
                    new Attribute("101610", "Material", "PRODUCT_PROPERTY", true, false, List.of(
                            new AttributeValue("1000101", "Ceramic"), new AttributeValue("1000102", "Glass"),
                            new AttributeValue("1000103", "Stainless Steel"))),
                    new Attribute("101611", "Capacity", "PRODUCT_PROPERTY", false, true, List.of())),
                    new Rules(List.of(new Certification("7100000000000000901", "Food Contact Material Declaration",
                            false)), false, true)),
            KITCHEN_STORAGE, new Category(KITCHEN_STORAGE, HOME_KITCHEN, "Kitchen Storage", true, List.of(),
                    Rules.none()),
            T_SHIRTS, new Category(T_SHIRTS, WOMENSWEAR, "T-shirts", true, List.of(
                    new Attribute("100000", "Color", "SALES_PROPERTY", false, true, List.of(
                            new AttributeValue("1000001", "Black"), new AttributeValue("1000002", "White"))),
                    new Attribute("100007", "Size", "SALES_PROPERTY", false, true, List.of(
                            new AttributeValue("1000011", "S"), new AttributeValue("1000012", "M"),
                            new AttributeValue("1000013", "L"))),
                    new Attribute("101395", "Pattern", "PRODUCT_PROPERTY", false, true, List.of())),
                    Rules.none()));

    /** A category for listing: known, and a leaf. */
    public Category leaf(String categoryId) {
        Category category = find(categoryId);
        if (!category.isLeaf()) {
            throw TikTokError.business(ErrorCodes.CATEGORY_INVALID,
                    "category " + categoryId + " is not a leaf category; list products in a leaf category");
        }
        return category;
    }

    public Category find(String categoryId) {
        return Optional.ofNullable(categoryId == null ? null : categories.get(categoryId)).orElseThrow(() ->
                TikTokError.business(ErrorCodes.CATEGORY_INVALID, "category " + categoryId + " does not exist"));
    }

    /** v1 is the 3-level tree, v2 the 7-level one; this tree is the same under both. */
    public static void checkVersion(String version) {
        if (version != null && !version.isEmpty() && !version.equals("v1") && !version.equals("v2")) {
            throw TikTokError.invalidParameter("category_version must be v1 or v2");
        }
    }

    /** The chain from the root to the category, as Get Product shows it. */
    public List<Category> chain(String categoryId) {
        Category leaf = find(categoryId);
        return leaf.parentId().equals("0") ? List.of(leaf) : List.of(find(leaf.parentId()), leaf);
    }

    public record Category(String id, String parentId, String localName, boolean isLeaf, List<Attribute> attributes,
            Rules rules) {
    }

    /** {@code is_requried} is spelled the way TikTok's Get Attributes spells it. */
    public record Attribute(String id, String name, String type, boolean isRequried, boolean isCustomizable,
            List<AttributeValue> values) {
    }

    public record Rules(List<Certification> productCertifications, boolean sizeChartRequired,
            boolean packageDimensionRequired) {
        static Rules none() {
            return new Rules(List.of(), false, false);
        }
    }

    public record Certification(String id, String name, boolean isRequired) {
    }
}
