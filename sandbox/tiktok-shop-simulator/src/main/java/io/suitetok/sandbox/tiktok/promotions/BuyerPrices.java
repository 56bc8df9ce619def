package io.suitetok.sandbox.tiktok.promotions;

import io.suitetok.sandbox.tiktok.AmountText;
import io.suitetok.sandbox.tiktok.products.SimSku;
import io.suitetok.sandbox.tiktok.products.SkuPriceChange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a buyer pays for a SKU at an instant, from the SKU's price history and the shop's activities.
 * When more than one activity of different types runs for the SKU, or the SKU's price was lowered
 * under the activity price, the buyer pays the lowest of them (the simulator's choice: UNVERIFIED).
 */
final class BuyerPrices {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BuyerPrices() {
    }

    static Optional<BuyerPrice> at(SimSku sku, Collection<SimActivity> activities, Instant at) {
        Optional<BigDecimal> skuPrice = skuPriceAt(sku, at);
        if (skuPrice.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal listed = AmountText.round(skuPrice.get(), sku.currency());
        BuyerPrice best = new BuyerPrice(sku.id(), listed, listed, sku.currency(), null, null);
        for (SimActivity activity : activities) {
            Optional<SkuTerms> terms = activity.termsAt(sku.id(), at);
            if (terms.isPresent()) {
                BigDecimal offered = offered(terms.get(), listed, sku.currency());
                if (offered.compareTo(best.amount()) < 0) {
                    best = new BuyerPrice(sku.id(), offered, listed, sku.currency(), activity.id(), null);
                }
            }
        }
        return Optional.of(best);
    }

    /** Every buyer price the SKU had up to {@code now}, oldest first, each with the instant it took effect. */
    static List<BuyerPrice> history(SimSku sku, Collection<SimActivity> activities, Instant now) {
        TreeSet<Instant> points = new TreeSet<>();
        sku.priceHistory().stream().map(SkuPriceChange::at).forEach(points::add);
        activities.stream().filter(a -> a.holds(sku.id())).forEach(a -> points.addAll(a.turningPoints(sku.id())));
        List<BuyerPrice> history = new ArrayList<>();
        for (Instant point : points.headSet(now, true)) {
            Optional<BuyerPrice> price = at(sku, activities, point);
            if (price.isPresent() && (history.isEmpty() || !price.get().samePriceAs(history.get(history.size() - 1)))) {
                history.add(price.get().since(point));
            }
        }
        return history;
    }

    /** A percentage off is rounded half up to the currency's minor unit (UNVERIFIED: TikTok's rounding is not public). */
    private static BigDecimal offered(SkuTerms terms, BigDecimal listed, String currency) {
        if (terms.activityPrice() != null) {
            return terms.activityPrice();
        }
        BigDecimal share = HUNDRED.subtract(terms.discountPercent()).divide(HUNDRED, 6, RoundingMode.HALF_UP);
        return AmountText.round(listed.multiply(share), currency);
    }

    private static Optional<BigDecimal> skuPriceAt(SimSku sku, Instant at) {
        BigDecimal price = null;
        for (SkuPriceChange change : sku.priceHistory()) {
            if (!change.at().isAfter(at)) {
                price = change.price();
            }
        }
        return Optional.ofNullable(price);
    }
}
