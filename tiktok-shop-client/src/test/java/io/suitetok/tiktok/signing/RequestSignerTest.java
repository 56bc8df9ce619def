package io.suitetok.tiktok.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestSignerTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theDocumentedVectorSignsAsTikTokSays() {
        String sign = RequestSigner.sign("e59af819cc", "/authorization/202309/shops",
                Map.of("app_key", "29a39d", "timestamp", "1623812664"), null, null);

        assertThat(sign).isEqualTo("b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8");
    }

    @Test
    void aBodyIsSignedByItsExactBytesAfterTheSortedParameters() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("timestamp", "1764150000");
        query.put("shop_cipher", "ROW_abc");
        query.put("app_key", "key1");
        query.put("page_size", "100");

        byte[] signed = RequestSigner.stringToSign("s3cr3t", "/order/202309/orders/search", query,
                utf8("{\"update_time_ge\":1764150000}"), "application/json");

        assertThat(new String(signed, StandardCharsets.UTF_8)).isEqualTo("s3cr3t/order/202309/orders/search"
                + "app_keykey1page_size100shop_cipherROW_abctimestamp1764150000{\"update_time_ge\":1764150000}s3cr3t");
    }

    @Test
    void oneChangedByteOfTheBodyChangesTheSignature() {
        Map<String, String> query = Map.of("app_key", "key1", "timestamp", "1764150000");
        String original = RequestSigner.sign("s3cr3t", "/p", query, utf8("{\"quantity\":10}"), "application/json");
        String tampered = RequestSigner.sign("s3cr3t", "/p", query, utf8("{\"quantity\":11}"), "application/json");

        assertThat(original).hasSize(64).matches("[0-9a-f]+").isNotEqualTo(tampered);
    }

    @Test
    void tokenSignAndEmptyParametersAreNeitherSignedNorCounted() {
        Map<String, String> withExtras = new LinkedHashMap<>(Map.of("app_key", "key1", "timestamp", "1"));
        withExtras.put("sign", "whatever");
        withExtras.put("access_token", "tok");
        withExtras.put("page_token", "");

        assertThat(RequestSigner.sign("s", "/p", withExtras, null, null))
                .isEqualTo(RequestSigner.sign("s", "/p", Map.of("app_key", "key1", "timestamp", "1"), null, null));
    }

    @Test
    void aMultipartBodyIsNotSignedWhateverItsBoundary() {
        Map<String, String> query = Map.of("app_key", "key1", "timestamp", "1");
        String withBody = RequestSigner.sign("s", "/product/202309/images/upload", query, utf8("binary image"),
                "multipart/form-data; boundary=abc123");

        assertThat(withBody).isEqualTo(RequestSigner.sign("s", "/product/202309/images/upload", query, null, null));
    }
}
