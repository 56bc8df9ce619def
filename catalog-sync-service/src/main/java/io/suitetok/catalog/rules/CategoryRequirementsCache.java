package io.suitetok.catalog.rules;

import io.suitetok.tiktok.api.ProductApi;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.model.product.CategoryAttribute;
import io.suitetok.tiktok.model.product.CategoryRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A category's required attributes and rules, fetched from TikTok and kept for a while: TikTok
 * changes them rarely, and a catalogue of 50,000 items in a dozen categories must not ask 50,000 times.
 */
public class CategoryRequirementsCache {

    private final ProductApi products;
    private final Clock clock;
    private final Duration timeToLive;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public CategoryRequirementsCache(ProductApi products, Clock clock, Duration timeToLive) {
        this.products = products;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    public CategoryRequirements forCategory(ShopContext shop, String categoryId, String categoryVersion) {
        String key = shop.shopId().value() + "/" + categoryId;
        Cached cached = cache.get(key);
        if (cached != null && cached.fetchedAt().plus(timeToLive).isAfter(clock.instant())) {
            return cached.requirements();
        }
        List<CategoryAttribute> required = products.categoryAttributes(shop, categoryId, categoryVersion).stream()
                .filter(CategoryAttribute::required).toList();
        CategoryRules rules = products.categoryRules(shop, categoryId, categoryVersion);
        boolean dimensions = rules.packageDimension() != null && Boolean.TRUE.equals(rules.packageDimension().isRequired());
        CategoryRequirements requirements = new CategoryRequirements(categoryId, required, dimensions);
        cache.put(key, new Cached(requirements, clock.instant()));
        return requirements;
    }

    private record Cached(CategoryRequirements requirements, Instant fetchedAt) {
    }
}
