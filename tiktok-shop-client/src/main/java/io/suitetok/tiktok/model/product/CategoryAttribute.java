package io.suitetok.tiktok.model.product;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.List;

/**
 * One attribute of a category (Get Attributes). TikTok has spelled the required flag
 * {@code is_requried} in some versions; both spellings are read.
 */
public record CategoryAttribute(
        String id,
        String name,
        String type,
        @JsonAlias("is_requried") Boolean isRequired,
        List<ProductRequest.AttributeValue> values) {

    public boolean required() {
        return Boolean.TRUE.equals(isRequired);
    }
}
