package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A search filter with a field the endpoint does not document is refused, naming the field: TikTok
 * would ignore it and search unbounded, so the mistake could otherwise pass on both sides unseen.
 */
class SearchFilterFieldsTest extends AgainstFreshSimulator {

    private RawCall.Answer search(String path, String body) {
        return RawCall.send(simulator, "POST", path, Map.of("shop_cipher", connected.us.cipher(), "page_size", "10"),
                RawCall.now(), connected.tokenOf(connected.us).accessToken(), body);
    }

    @Test
    void productSearchTakesUpdateTimeLeAndRefusesUpdateTimeLt() {
        RawCall.Answer documented = search("/product/202309/products/search",
                "{\"status\":\"ACTIVATE\",\"update_time_ge\":0,\"update_time_le\":4102444800}");
        RawCall.Answer misspelt = search("/product/202309/products/search",
                "{\"status\":\"ACTIVATE\",\"update_time_ge\":0,\"update_time_lt\":4102444800}");

        assertThat(documented.code()).isZero();
        assertThat(documented.json().at("/data/products").size()).isPositive();
        assertThat(misspelt.code()).isEqualTo(36009004);
        assertThat(misspelt.message()).contains("update_time_lt").contains("update_time_le");
    }

    @Test
    void orderSearchTakesUpdateTimeLtAndRefusesAFieldItDoesNotDocument() {
        RawCall.Answer documented = search("/order/202309/orders/search",
                "{\"update_time_ge\":0,\"update_time_lt\":4102444800}");
        RawCall.Answer misspelt = search("/order/202309/orders/search",
                "{\"update_time_from\":0}");

        assertThat(documented.code()).isZero();
        assertThat(misspelt.code()).isEqualTo(36009004);
        assertThat(misspelt.message()).contains("update_time_from");
    }
}
