package io.suitetok.inventory.netsuite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The movement secret is required and exact; a refusal names the property and never quotes the secret. */
class MovementSignatureTest {

    static final String SECRET = "MOVEMENTSECRET-unit-2c9d";

    @Test
    void aMissingSecretIsRefusedNamingItsProperty() {
        assertThatThrownBy(() -> new MovementSignature(" ")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hub.inventory.movement-secret");
    }

    @Test
    void aSecretWithATrailingNewlineIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> new MovementSignature(SECRET + "\n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hub.inventory.movement-secret").message().doesNotContain(SECRET);
    }

    @Test
    void onlyTheSecretsSignatureVerifies() {
        byte[] body = "{\"items\":[\"4101\"]}".getBytes(StandardCharsets.UTF_8);
        MovementSignature signature = new MovementSignature(SECRET);

        assertThat(signature.verifies(body, signature.sign(body))).isTrue();
        assertThat(signature.verifies(body, new MovementSignature(SECRET + "x").sign(body))).isFalse();
        assertThat(signature.toString()).doesNotContain(SECRET);
    }
}
