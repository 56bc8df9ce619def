package io.suitetok.sandbox.tiktok.promotions;

import io.suitetok.sandbox.tiktok.products.SimProduct;
import io.suitetok.sandbox.tiktok.products.SimSku;
import io.suitetok.sandbox.tiktok.promotions.PromotionWire.ProductEntry;
import io.suitetok.sandbox.tiktok.promotions.PromotionWire.SkuEntry;
import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one product of an Update Activity Product body into SKU terms, refusing what TikTok
 * documents as wrong: product-level terms with SKUs (or SKU-level without), a price where the type
 * takes a discount (or the reverse), a price not above 0 and below the SKU's price, activity stock
 * above the SKU's stock. Products must be live. Conflicts with other activities are checked by the
 * caller, which sees them all.
 */
final class ActivityTermsCheck {

    private static final int UNLIMITED = -1;

    private ActivityTermsCheck() {
    }

    static List<SkuTerms> terms(SimActivity activity, SimProduct product, ProductEntry entry, Instant now) {
        if (!product.status().live()) {
            throw TikTokError.business(ErrorCodes.ACTIVITY_PRODUCT_NOT_LIVE, "product " + product.id()
                    + " is not live (" + product.status() + "); only live products can join an activity");
        }
        List<SkuTerms> terms = new ArrayList<>();
        boolean hasSkus = entry.skus() != null && !entry.skus().isEmpty();
        if ("PRODUCT".equals(activity.productLevel())) {
            if (hasSkus) {
                throw TikTokError.invalidParameter("products.skus must be empty when product_level is PRODUCT");
            }
            for (SimSku sku : product.skus()) {
                terms.add(skuTerms(activity, product, sku, new SkuEntry(sku.id(), entry.activityPriceAmount(),
                        entry.discount(), entry.quantityLimit(), entry.quantityPerUser()), now));
            }
            return terms;
        }
        if (!hasSkus) {
            throw TikTokError.invalidParameter("products.skus is required when product_level is VARIATION");
        }
        for (SkuEntry wanted : entry.skus()) {
            SimSku sku = wanted.id() == null ? null : product.sku(wanted.id()).orElse(null);
            if (sku == null) {
                throw TikTokError.invalidParameter("products.skus.id " + wanted.id() + " does not belong to product "
                        + product.id());
            }
            terms.add(skuTerms(activity, product, sku, wanted, now));
        }
        return terms;
    }

    private static SkuTerms skuTerms(SimActivity activity, SimProduct product, SimSku sku, SkuEntry wanted,
            Instant now) {
        BigDecimal price = null;
        BigDecimal discount = null;
        if (activity.kind().pricedByAmount()) {
            if (wanted.activityPriceAmount() == null || wanted.discount() != null) {
                throw TikTokError.invalidParameter("activity_price_amount (and no discount) is required for a "
                        + activity.kind() + " activity");
            }
            price = decimal(wanted.activityPriceAmount(), "activity_price_amount");
            checkPrice(sku, price);
        } else {
            if (wanted.discount() == null || wanted.activityPriceAmount() != null) {
                throw TikTokError.invalidParameter("discount (and no activity_price_amount) is required for a "
                        + "DIRECT_DISCOUNT activity");
            }
            discount = decimal(wanted.discount(), "discount");
            checkDiscount(sku, discount);
        }
        if (wanted.quantityLimit() == null || wanted.quantityPerUser() == null) {
            throw TikTokError.invalidParameter("quantity_limit and quantity_per_user are required (-1 = no limit)");
        }
        checkQuantities(sku, wanted.quantityLimit(), wanted.quantityPerUser());
        return new SkuTerms(product.id(), sku.id(), price, discount, wanted.quantityLimit(), wanted.quantityPerUser(),
                now);
    }

    /** The activity price is in the product's currency, above 0 and below the SKU's own price. */
    private static void checkPrice(SimSku sku, BigDecimal price) {
        if (price.signum() <= 0 || price.scale() > 2 || price.compareTo(sku.price()) >= 0) {
            throw TikTokError.business(ErrorCodes.ACTIVITY_PRICE_INVALID, "activity price " + price.toPlainString()
                    + " of sku " + sku.id() + " must be above 0, have at most 2 decimals and be below the sku's price "
                    + sku.price().toPlainString() + " " + sku.currency());
        }
    }

    /** Whole percentages 1 to 99 (UNVERIFIED: TikTok's docs give only the example "10" for 10 %). */
    private static void checkDiscount(SimSku sku, BigDecimal discount) {
        if (discount.stripTrailingZeros().scale() > 0 || discount.compareTo(BigDecimal.ONE) < 0
                || discount.compareTo(BigDecimal.valueOf(99)) > 0) {
            throw TikTokError.business(ErrorCodes.ACTIVITY_PRICE_INVALID, "discount " + discount.toPlainString()
                    + " of sku " + sku.id() + " must be a whole percentage from 1 to 99");
        }
    }

    /** "Activity stock you set must not be greater than the current stock" (UpdateActivityProduct docs). */
    private static void checkQuantities(SimSku sku, int quantityLimit, int quantityPerUser) {
        int stock = sku.stockByWarehouse().values().stream().mapToInt(Integer::intValue).filter(q -> q > 0).sum();
        boolean limitOk = quantityLimit == UNLIMITED || (quantityLimit > 0 && quantityLimit <= stock);
        boolean perUserOk = quantityPerUser == UNLIMITED
                || (quantityPerUser > 0 && (quantityLimit == UNLIMITED || quantityPerUser <= quantityLimit));
        if (!limitOk || !perUserOk) {
            throw TikTokError.business(ErrorCodes.ACTIVITY_QUANTITY_INVALID, "sku " + sku.id() + ": quantity_limit "
                    + quantityLimit + " must be -1 or 1 to the current stock " + stock + ", quantity_per_user "
                    + quantityPerUser + " -1 or 1 to quantity_limit");
        }
    }

    private static BigDecimal decimal(String text, String field) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw TikTokError.invalidParameter(field + " must be a decimal string, got " + text);
        }
    }
}
