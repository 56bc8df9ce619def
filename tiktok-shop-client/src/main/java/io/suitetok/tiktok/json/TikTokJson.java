package io.suitetok.tiktok.json;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON dialect of TikTok's API: snake_case fields, unknown fields ignored (TikTok adds fields
 * without versioning), decimals as BigDecimal, and null fields left out of requests (TikTok reads an
 * explicit null as "clear this").
 */
public final class TikTokJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .changeDefaultPropertyInclusion(incl -> incl
                    .withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .build();

    private TikTokJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
