package io.suitetok.sandbox.tiktok.products;

import io.suitetok.sandbox.tiktok.products.Categories.Attribute;
import io.suitetok.sandbox.tiktok.products.Categories.Category;
import io.suitetok.sandbox.tiktok.products.ImageStore.StoredImage;
import io.suitetok.sandbox.tiktok.products.ProductDraft.SkuInput;
import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.shops.Shop;
import io.suitetok.sandbox.tiktok.products.ProductRequest.ProductAttribute;
import io.suitetok.sandbox.tiktok.products.ProductRequest.SalesAttribute;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * TikTok's listing rules for a create or edit (reference §4.2): title, HTML description, leaf
 * category and its required attributes, 1 to 9 uploaded main images of 300 to 4000 px, 1 to 100
 * SKUs with unique seller SKUs and sales attribute combinations, pre-tax prices in the shop's
 * currency, stock only in the shop's sales warehouses, matching weight and dimension units. A
 * brand the shop may not use is cleared with a warning instead of refusing the product, as
 * TikTok does.
 */
@Component
public class ProductValidator {

    static final Set<String> KNOWN_BRANDS = Set.of("7082427311584347905");
    private static final Set<String> ALLOWED_TAGS = Set.of("p", "img", "ul", "ol", "li", "br", "strong", "b", "i",
            "em", "u");
    private static final Pattern TAG = Pattern.compile("</?\\s*([a-zA-Z0-9]+)");
    private static final Map<String, BigDecimal> MAX_PRICE = Map.of("USD", new BigDecimal("7600"), "GBP",
            new BigDecimal("5600"));

    private final Categories categories;
    private final ImageStore images;

    ProductValidator(Categories categories, ImageStore images) {
        this.categories = categories;
        this.images = images;
    }

    /** @return the warnings TikTok would return (fields it cleared) */
    List<String> validate(Shop shop, ProductDraft draft) {
        List<String> warnings = new ArrayList<>();
        require(draft.title(), "title");
        if (draft.title().isBlank() || draft.title().length() > 255) {
            throw invalid("title must be 1 to 255 characters");
        }
        require(draft.description(), "description");
        if (draft.description().isBlank() || draft.description().length() > 10_000) {
            throw invalid("description must be 1 to 10000 characters");
        }
        Matcher tags = TAG.matcher(draft.description());
        while (tags.find()) {
            if (!ALLOWED_TAGS.contains(tags.group(1).toLowerCase(java.util.Locale.ROOT))) {
                throw invalid("description may not use the <" + tags.group(1) + "> tag");
            }
        }
        require(draft.categoryId(), "category_id");
        Categories.checkVersion(draft.categoryVersion());
        Category category = categories.leaf(draft.categoryId());
        checkAttributes(category, draft.attributes());
        checkImages(draft.mainImages());
        checkPackage(shop, category, draft);
        checkSkus(shop, draft.skus());
        if (draft.brandId() != null && !KNOWN_BRANDS.contains(draft.brandId())) {
            warnings.add("[brand_id]: brand " + draft.brandId() + " is not authorized for this shop and was "
                    + "automatically cleared");
        }
        return warnings;
    }

    private void checkAttributes(Category category, List<ProductAttribute> given) {
        Set<String> present = new HashSet<>();
        if (given != null) {
            for (ProductAttribute attribute : given) {
                if (attribute.values() != null && !attribute.values().isEmpty()) {
                    present.add(attribute.id());
                }
                if (attribute.values() != null && attribute.values().stream()
                        .anyMatch(v -> v.name() != null && v.name().length() > 500)) {
                    throw invalid("custom attribute values must be at most 500 characters");
                }
            }
        }
        for (Attribute attribute : category.attributes()) {
            if (attribute.isRequried() && attribute.type().equals("PRODUCT_PROPERTY")
                    && !present.contains(attribute.id())) {
                throw invalid("product_attributes: attribute " + attribute.id() + " (" + attribute.name()
                        + ") is required in category " + category.id());
            }
        }
    }

    private void checkImages(List<String> uris) {
        if (uris == null || uris.isEmpty() || uris.size() > 9) {
            throw invalid("main_images must hold 1 to 9 images");
        }
        for (String uri : uris) {
            StoredImage image = images.find(uri).orElseThrow(() ->
                    invalid("main_images: uri " + uri + " was not uploaded through Upload Product Image"));
            if (image.width() < 300 || image.height() < 300 || image.width() > 4000 || image.height() > 4000) {
                throw invalid("main_images: " + uri + " must be between 300x300 and 4000x4000 px");
            }
        }
    }

    private void checkPackage(Shop shop, Category category, ProductDraft draft) {
        if (category.rules().packageDimensionRequired() && draft.packageDimensions() == null) {
            throw invalid("package_dimensions is required in category " + category.id());
        }
        String weightUnit = draft.packageWeight() == null ? null : draft.packageWeight().unit();
        if (weightUnit != null) {
            if (!weightUnit.equals("KILOGRAM") && !(weightUnit.equals("POUND") && shop.region().equals("US"))) {
                throw invalid("package_weight.unit must be KILOGRAM" + (shop.region().equals("US") ? " or POUND" : ""));
            }
            positive(draft.packageWeight().value(), "package_weight.value");
        }
        if (draft.packageDimensions() != null) {
            String unit = draft.packageDimensions().unit();
            if (!"CENTIMETER".equals(unit) && !"INCH".equals(unit)) {
                throw invalid("package_dimensions.unit must be CENTIMETER or INCH");
            }
            if (weightUnit != null && (weightUnit.equals("KILOGRAM") != unit.equals("CENTIMETER"))) {
                throw invalid("package units must pair: KILOGRAM with CENTIMETER, POUND with INCH");
            }
            positive(draft.packageDimensions().length(), "package_dimensions.length");
            positive(draft.packageDimensions().width(), "package_dimensions.width");
            positive(draft.packageDimensions().height(), "package_dimensions.height");
        }
    }

    private void checkSkus(Shop shop, List<SkuInput> skus) {
        if (skus == null || skus.isEmpty() || skus.size() > 100) {
            throw invalid("skus must hold 1 to 100 SKUs");
        }
        Set<String> sellerSkus = new HashSet<>();
        Set<String> combinations = new HashSet<>();
        for (SkuInput sku : skus) {
            if (sku.sellerSku() != null) {
                if (sku.sellerSku().length() > 50) {
                    throw invalid("seller_sku " + sku.sellerSku() + " is longer than 50 characters");
                }
                if (!sellerSkus.add(sku.sellerSku())) {
                    throw invalid("seller_sku " + sku.sellerSku() + " is used by two SKUs of the product");
                }
            }
            List<SalesAttribute> attributes = sku.salesAttributes() == null ? List.of() : sku.salesAttributes();
            if (attributes.size() > 3) {
                throw invalid("a SKU has at most 3 sales attributes");
            }
            for (SalesAttribute attribute : attributes) {
                if ((attribute.name() != null && attribute.name().length() > 20)
                        || (attribute.valueName() != null && attribute.valueName().length() > 50)) {
                    throw invalid("sales attribute names are at most 20 characters and values at most 50");
                }
            }
            if (skus.size() > 1) {
                if (attributes.isEmpty()) {
                    throw invalid("each SKU of a product with several SKUs needs sales_attributes");
                }
                String combination = attributes.stream().map(a -> a.name() + "=" + a.valueName() + "#" + a.valueId())
                        .sorted().toList().toString();
                if (!combinations.add(combination)) {
                    throw invalid("two SKUs have the same sales attribute values " + combination);
                }
            }
            checkPrice(shop, sku.price());
            checkInventory(shop, sku.inventory(), 999_999);
        }
    }

    /** Also used by Update Price: a price TikTok would refuse on a listing is refused there too. */
    public void checkPrice(Shop shop, Price price) {
        if (price == null || price.amount() == null) {
            throw invalid("skus.price.amount is required");
        }
        if (!shop.currency().equals(price.currency())) {
            throw invalid("price currency must be " + shop.currency() + ", got " + price.currency());
        }
        BigDecimal amount = positive(price.amount(), "price.amount");
        if (amount.scale() > 2 || amount.compareTo(MAX_PRICE.getOrDefault(shop.currency(), BigDecimal.valueOf(1_000_000))) > 0
                || amount.compareTo(new BigDecimal("0.01")) < 0) {
            throw invalid("price.amount " + price.amount() + " is outside 0.01 to "
                    + MAX_PRICE.get(shop.currency()) + " " + shop.currency() + " or has more than 2 decimals");
        }
    }

    private void checkInventory(Shop shop, List<WarehouseQuantity> inventory, int max) {
        if (inventory == null) {
            return;
        }
        for (WarehouseQuantity entry : inventory) {
            String warehouse = entry.warehouseId();
            if (warehouse == null && shop.sellableWarehouses().size() != 1) {
                throw invalid("inventory.warehouse_id is required: the shop has several warehouses");
            }
            if (warehouse != null && shop.warehouse(warehouse).filter(w -> w.sellable()).isEmpty()) {
                throw invalid("inventory.warehouse_id " + warehouse + " is not a sales warehouse of the shop");
            }
            if (entry.quantity() < 0 || entry.quantity() > max) {
                throw invalid("inventory.quantity must be between 0 and " + max);
            }
        }
    }

    private static BigDecimal positive(String value, String field) {
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.signum() <= 0) {
                throw invalid(field + " must be positive");
            }
            return number;
        } catch (NumberFormatException | NullPointerException e) {
            throw invalid(field + " must be a decimal number, got " + value);
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw TikTokError.invalidParameter("param body." + field + " is missing");
        }
    }

    static TikTokError invalid(String message) {
        return TikTokError.business(ErrorCodes.PRODUCT_INVALID, message);
    }
}
