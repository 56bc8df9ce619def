package io.suitetok.netsuite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SuiteTalkConfigTest {

    private static final TbaCredentials SANDBOX = new TbaCredentials("1234567_SB1",
            "71cc02b731f05895561ef0862d71553a", "7278da58caf07f5c336301a601203d10",
            "89e08d9767c5ac85b374415725567d05", "060cd9ab3ffbbe1e3d3918e90165ffd3");

    @Test
    void sandboxAccountIsUnderscoredInThePassportButDashedInTheHost() {
        SuiteTalkConfig config = SuiteTalkConfig.of(SANDBOX);

        assertThat(config.credentials().accountId()).isEqualTo("1234567_SB1");
        assertThat(config.endpoint()).isEqualTo(
                URI.create("https://1234567-sb1.suitetalk.api.netsuite.com/services/NetSuitePort_2025_2"));
    }

    @Test
    void anOverrideReplacesTheAccountEndpoint() {
        SuiteTalkConfig config = SuiteTalkConfig.of(SANDBOX).withEndpoint(URI.create("http://localhost:8089/x"));

        assertThat(config.endpoint()).isEqualTo(URI.create("http://localhost:8089/x"));
    }

    @Test
    void accountIdInHostFormIsRefused() {
        assertThatThrownBy(() -> new TbaCredentials("1234567-sb1", "k", "s", "t", "ts"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1234567_SB1");
    }

    @Test
    void toStringNeverShowsSecrets() {
        String text = SuiteTalkConfig.of(SANDBOX).toString();

        assertThat(text).contains("1234567_SB1")
                .doesNotContain("7278da58caf07f5c336301a601203d10")
                .doesNotContain("060cd9ab3ffbbe1e3d3918e90165ffd3")
                .doesNotContain("71cc02b731f05895561ef0862d71553a")
                .doesNotContain("89e08d9767c5ac85b374415725567d05");
    }

    /** With the token secret the token id is the user's access: unlike the consumer key, not even its start shows. */
    @Test
    void toStringShowsNoPartOfTheTokenId() {
        assertThat(SANDBOX.toString()).contains("71cc").doesNotContain("89e0");
    }
}
