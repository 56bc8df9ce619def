package io.suitetok.catalog.rules;

import io.suitetok.catalog.config.ShopListingSettings;
import io.suitetok.catalog.images.ImageFacts;
import io.suitetok.catalog.mapping.ListingDraft;
import io.suitetok.tiktok.model.product.CategoryAttribute;
import io.suitetok.tiktok.model.product.ProductRequest;
import io.suitetok.tiktok.model.product.ProductRequest.ProductAttribute;
import io.suitetok.tiktok.model.product.ProductRequest.SkuRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * TikTok's listing rules, checked before any call so that an item that would be refused is parked
 * with a reason a merchandiser can act on, instead of failing an audit days later. Each message
 * says what is wrong, with the item's own numbers, and what TikTok needs.
 */
public class ListingRules {

    static final int MAX_TITLE = 255;
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_IMAGES = 9;
    static final int MIN_PIXELS = 300;
    static final int MAX_PIXELS = 4000;
    static final long MAX_IMAGE_BYTES = 5L * 1024 * 1024;
    static final int MAX_SELLER_SKU = 50;
    static final int MAX_SALES_ATTRIBUTES = 3;
    private static final Set<String> IMAGE_FORMATS = Set.of("jpeg", "jpg", "png");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    public List<String> violations(ListingDraft draft, List<ImageFacts> images, CategoryRequirements category,
            ShopListingSettings shop) {
        List<String> problems = new ArrayList<>(draft.mappingProblems());
        ProductRequest product = draft.product();
        checkCopy(product, shop, problems);
        checkImages(images, problems);
        checkSkus(product.skus(), shop, problems);
        checkCategory(product, category, problems);
        return problems;
    }

    private static void checkCopy(ProductRequest product, ShopListingSettings shop, List<String> problems) {
        String title = product.title() == null ? "" : product.title();
        if (title.length() < shop.minTitleLength() || title.length() > MAX_TITLE) {
            problems.add("the title has " + title.length() + " characters; TikTok needs " + shop.minTitleLength()
                    + " to " + MAX_TITLE);
        }
        if (CHINESE.matcher(title).find()) {
            problems.add("the title contains Chinese characters, which TikTok refuses outside China");
        }
        if (product.description() != null && product.description().length() > MAX_DESCRIPTION) {
            problems.add("the description has " + product.description().length() + " characters; TikTok allows "
                    + MAX_DESCRIPTION);
        }
    }

    private static void checkImages(List<ImageFacts> images, List<String> problems) {
        if (images.isEmpty() || images.size() > MAX_IMAGES) {
            problems.add("the item has " + images.size() + " images; TikTok needs 1 to " + MAX_IMAGES);
        }
        for (ImageFacts image : images) {
            String name = "image " + image.position() + " (" + image.fileName() + ")";
            if (!IMAGE_FORMATS.contains(image.format())) {
                problems.add(name + " is " + image.format() + "; TikTok takes JPG or PNG");
                continue;
            }
            if (image.width() < MIN_PIXELS || image.height() < MIN_PIXELS) {
                problems.add(name + " is " + image.width() + "×" + image.height() + " px; TikTok needs at least "
                        + MIN_PIXELS + "×" + MIN_PIXELS);
            } else if (image.width() > MAX_PIXELS || image.height() > MAX_PIXELS) {
                problems.add(name + " is " + image.width() + "×" + image.height() + " px; TikTok allows at most "
                        + MAX_PIXELS + "×" + MAX_PIXELS);
            }
            if (image.bytes() > MAX_IMAGE_BYTES) {
                problems.add(name + " is " + (image.bytes() / 1024 / 1024) + " MB; TikTok allows 5 MB");
            }
        }
    }

    private static void checkSkus(List<SkuRequest> skus, ShopListingSettings shop, List<String> problems) {
        if (skus.size() > shop.maxSkus()) {
            problems.add("the item has " + skus.size() + " active variants; TikTok lists at most " + shop.maxSkus()
                    + " SKUs per product in this market");
        }
        for (SkuRequest sku : skus) {
            if (sku.sellerSku().length() > MAX_SELLER_SKU) {
                problems.add("item id " + sku.sellerSku() + " is longer than TikTok's " + MAX_SELLER_SKU
                        + "-character seller SKU");
            }
            if (sku.salesAttributes().size() > MAX_SALES_ATTRIBUTES) {
                problems.add(sku.sellerSku() + " varies by " + sku.salesAttributes().size()
                        + " options; TikTok allows " + MAX_SALES_ATTRIBUTES);
            }
        }
    }

    private static void checkCategory(ProductRequest product, CategoryRequirements category, List<String> problems) {
        Set<String> given = product.productAttributes() == null ? Set.of()
                : product.productAttributes().stream().map(ProductAttribute::id).collect(Collectors.toSet());
        for (CategoryAttribute required : category.requiredAttributes()) {
            if (!given.contains(required.id())) {
                problems.add("TikTok category " + category.categoryId() + " requires the attribute '" + required.name()
                        + "' (" + required.id() + "); fill the NetSuite field mapped to it, or map one in "
                        + "hub.catalog.shops[].attributes");
            }
        }
        if (category.packageDimensionsRequired() && product.packageDimensions() == null) {
            problems.add("TikTok category " + category.categoryId() + " requires package dimensions; fill length, "
                    + "width and height on the NetSuite item");
        }
    }
}
