package io.suitetok.catalog.rules;

import io.suitetok.tiktok.model.product.CategoryAttribute;
import java.util.List;

/** What a TikTok category demands of a product, from its attributes and rules. */
public record CategoryRequirements(String categoryId, List<CategoryAttribute> requiredAttributes,
        boolean packageDimensionsRequired) {

    public static CategoryRequirements none(String categoryId) {
        return new CategoryRequirements(categoryId, List.of(), false);
    }
}
