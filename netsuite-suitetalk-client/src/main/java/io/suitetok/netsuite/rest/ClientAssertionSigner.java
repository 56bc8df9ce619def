package io.suitetok.netsuite.rest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JWT a client sends to NetSuite's token endpoint in the client credentials flow: header
 * {@code alg} PS256, {@code typ} JWT, {@code kid} the certificate id; claims {@code iss} the client id,
 * {@code scope} restlets and rest_webservices, {@code aud} the token endpoint, {@code iat} now and
 * {@code exp} within the hour NetSuite allows. Signed with the certificate's RSA private key.
 */
public final class ClientAssertionSigner {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final String clientId;
    private final String certificateId;
    private final String audience;
    private final PrivateKey key;
    private final Clock clock;

    public ClientAssertionSigner(RestConfig config, Clock clock) {
        this.clientId = config.clientId();
        this.certificateId = config.certificateId();
        this.audience = config.tokenEndpoint().toString();
        this.key = privateKey(config.privateKeyPem());
        this.clock = clock;
    }

    public String newAssertion() {
        Instant now = clock.instant();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "PS256");
        header.put("typ", "JWT");
        header.put("kid", certificateId);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", clientId);
        claims.put("scope", List.of("restlets", "rest_webservices"));
        claims.put("aud", audience);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        String signed = URL.encodeToString(JSON.writeValueAsBytes(header)) + "."
                + URL.encodeToString(JSON.writeValueAsBytes(claims));
        try {
            Signature signer = Signature.getInstance("RSASSA-PSS");
            signer.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            signer.initSign(key);
            signer.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + URL.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the OAuth 2.0 client assertion with PS256", e);
        }
    }

    /** Throws {@link IllegalArgumentException} (never quoting the key) unless it is a usable PKCS#8 RSA key. */
    public static void checkPrivateKey(String pem) {
        privateKey(pem);
    }

    /** An RSA private key from PKCS#8 PEM ({@code BEGIN PRIVATE KEY}); says how to convert anything else. */
    static PrivateKey privateKey(String pem) {
        if (pem.contains("BEGIN RSA PRIVATE KEY") || pem.contains("BEGIN ENCRYPTED PRIVATE KEY")) {
            throw new IllegalArgumentException("the NetSuite certificate key must be an unencrypted PKCS#8 PEM"
                    + " (BEGIN PRIVATE KEY); convert it with: openssl pkcs8 -topk8 -nocrypt -in key.pem");
        }
        // A key passed through an environment variable often has its newlines written as \n.
        String base64 = pem.replace("\\n", "\n").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the NetSuite certificate key is not an RSA private key in PKCS#8"
                    + " PEM (BEGIN PRIVATE KEY)", e);
        }
    }
}
