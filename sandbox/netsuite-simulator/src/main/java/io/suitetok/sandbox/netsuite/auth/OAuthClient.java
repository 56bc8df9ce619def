package io.suitetok.sandbox.netsuite.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * One integration record with the OAuth 2.0 client credentials flow: its client id, and the
 * certificate uploaded for it (NetSuite names it by a certificate id, the JWT header's {@code kid}).
 */
public record OAuthClient(String clientId, String certificateId, PublicKey publicKey) {

    public static final String TEST_CLIENT_ID = "suitetok-sim-client-id-0001";
    public static final String TEST_CERTIFICATE_ID = "suitetok-sim-certificate-0001";
    /** The test private key on the classpath; not a secret, never valid anywhere else. */
    public static final String TEST_PRIVATE_KEY_RESOURCE = "/rest-client-test-key.pem";

    /** The simulator's documented test integration (its key pair is in the simulator's resources). */
    public static OAuthClient testClient() {
        try (InputStream in = OAuthClient.class.getResourceAsStream("/rest-client-test-public-key.pem")) {
            return new OAuthClient(TEST_CLIENT_ID, TEST_CERTIFICATE_ID,
                    publicKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test private key in PEM (PKCS#8), for clients pointed at the simulator. */
    public static String testPrivateKeyPem() {
        try (InputStream in = OAuthClient.class.getResourceAsStream(TEST_PRIVATE_KEY_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An RSA public key from PEM ({@code BEGIN PUBLIC KEY}, X.509 SubjectPublicKeyInfo). */
    public static PublicKey publicKey(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                    .decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA public key in PEM", e);
        }
    }
}
