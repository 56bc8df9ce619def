package io.suitetok.tiktok.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.suitetok.tiktok.auth.AuthClient;
import io.suitetok.tiktok.error.AuthorizationException;
import io.suitetok.tiktok.error.TikTokApiException;
import java.io.PrintWriter;
import java.io.StringWriter;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The token endpoints are sent the app secret and an auth code or refresh token, and answer with
 * tokens: when they fail, the exception tells what happened without carrying any of these.
 */
class TokenEndpointFailuresWireMockTest extends WireMockTikTokTest {

    static final String AUTH_CODE = "AUTHCODE-wiremock-3e5f";

    @Test
    void anAnswerThatIsNotTheEnvelopeIsNotQuotedBecauseItMayHoldTokens() {
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/token/get")).willReturn(aResponse().withStatus(502)
                .withBody("{\"access_token\":\"ROW_access-in-a-proxy-page\",\"refresh_token\":\"ROW_refresh-in-it\"}")));

        Throwable failure = catchThrowable(() -> client.auth().exchangeAuthCode(AUTH_CODE));

        assertThat(failure).isInstanceOf(TikTokApiException.class).hasMessageContaining("not shown");
        assertThat(everything(failure)).doesNotContain("ROW_access-in-a-proxy-page").doesNotContain("ROW_refresh-in-it")
                .doesNotContain(APP_SECRET).doesNotContain(AUTH_CODE);
    }

    @Test
    void tikToksMessageQuotingWhatItWasSentIsCleanedButKeepsItsMeaning() {
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/token/get")).willReturn(okJson("{\"code\":36004004,\"message\":"
                + "\"app_secret " + APP_SECRET + " or auth_code " + AUTH_CODE + " is wrong\",\"request_id\":\"req-1\"}")));

        Throwable failure = catchThrowable(() -> client.auth().exchangeAuthCode(AUTH_CODE));

        assertThat(failure).isInstanceOf(AuthorizationException.class).hasMessageContaining("app_secret ***")
                .hasMessageContaining("req-1");
        assertThat(everything(failure)).doesNotContain(APP_SECRET).doesNotContain(AUTH_CODE);
    }

    @Test
    void anUnreachableTokenEndpointNamesThePathOnly() {
        AuthClient closedPort = new AuthClient(config().withBaseUrls("http://127.0.0.1:9", "http://127.0.0.1:9"),
                new OkHttpClient());

        Throwable failure = catchThrowable(() -> closedPort.refresh("ROW_refresh-unreachable-77"));

        assertThat(failure).hasMessageContaining("/api/v2/token/refresh");
        assertThat(everything(failure)).doesNotContain(APP_SECRET).doesNotContain("ROW_refresh-unreachable-77");
    }

    private static String everything(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
