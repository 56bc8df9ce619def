package io.suitetok.sandbox.tiktok.protocol;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator's own JSON for TikTok's wire: snake_case, decimals as BigDecimal, nulls left out of
 * answers. Request bodies read into the simulator's own types ignore fields they do not declare, as
 * TikTok ignores fields it does not know; where a misspelt field would silently widen a request (a
 * search filter), the route checks the body's field names against its documented list.
 */
public final class WireJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .changeDefaultPropertyInclusion(incl -> incl
                    .withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .build();

    private WireJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
