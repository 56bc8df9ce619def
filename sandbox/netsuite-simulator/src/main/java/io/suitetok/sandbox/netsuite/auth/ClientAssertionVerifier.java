package io.suitetok.sandbox.netsuite.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the JWT a client sends as {@code client_assertion} in the client credentials flow: header
 * {@code alg} PS256 or RS256 and {@code kid} a certificate id of a known integration; claims
 * {@code iss} = that integration's client id, {@code scope} naming rest_webservices, {@code aud} the
 * token endpoint's URL, {@code iat}/{@code exp} current and at most one hour apart; signature made
 * with the certificate's private key.
 */
public final class ClientAssertionVerifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration MAX_LIFETIME = Duration.ofHours(1);
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final List<OAuthClient> clients;
    private final Clock clock;

    public ClientAssertionVerifier(List<OAuthClient> clients, Clock clock) {
        this.clients = List.copyOf(clients);
        this.clock = clock;
    }

    /** The integration the assertion proves, for a token requested at {@code audience}. */
    public OAuthClient verify(String assertion, String audience) throws AssertionRejected {
        String[] parts = assertion == null ? new String[0] : assertion.split("\\.", -1);
        if (parts.length != 3) {
            throw new AssertionRejected("client_assertion is not a signed JWT");
        }
        JsonNode header = decode(parts[0]);
        JsonNode claims = decode(parts[1]);
        String kid = header.path("kid").asString("");
        OAuthClient client = clients.stream().filter(c -> c.certificateId().equals(kid)).findFirst()
                .orElseThrow(() -> new AssertionRejected("no certificate with id " + kid));
        if (!client.clientId().equals(claims.path("iss").asString(""))) {
            throw new AssertionRejected("iss is not the client id of certificate " + kid);
        }
        if (!scopes(claims.path("scope")).contains("rest_webservices")) {
            throw new AssertionRejected("scope lacks rest_webservices");
        }
        if (!audience.equals(claims.path("aud").asString(""))) {
            throw new AssertionRejected("aud is not the token endpoint " + audience);
        }
        long now = clock.instant().getEpochSecond();
        long iat = claims.path("iat").asLong(Long.MIN_VALUE);
        long exp = claims.path("exp").asLong(Long.MIN_VALUE);
        if (iat == Long.MIN_VALUE || exp == Long.MIN_VALUE || exp <= iat || exp - iat > MAX_LIFETIME.toSeconds()) {
            throw new AssertionRejected("iat/exp missing or more than an hour apart");
        }
        if (iat > now + SKEW.toSeconds() || exp < now) {
            throw new AssertionRejected("assertion expired or issued in the future");
        }
        byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        byte[] signature = base64Url(parts[2]);
        if (!verifies(header.path("alg").asString(""), client, signed, signature)) {
            throw new AssertionRejected("signature does not verify with certificate " + kid);
        }
        return client;
    }

    private static boolean verifies(String alg, OAuthClient client, byte[] signed, byte[] signature)
            throws AssertionRejected {
        try {
            Signature verifier;
            switch (alg) {
                case "RS256" -> verifier = Signature.getInstance("SHA256withRSA");
                case "PS256" -> {
                    verifier = Signature.getInstance("RSASSA-PSS");
                    verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
                }
                default -> throw new AssertionRejected("alg " + alg + " is not PS256 or RS256");
            }
            verifier.initVerify(client.publicKey());
            verifier.update(signed);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static List<String> scopes(JsonNode scope) {
        if (scope.isArray()) {
            return scope.valueStream().map(node -> node.asString("")).toList();
        }
        return List.of(scope.asString("").split("[ ,]"));
    }

    private static JsonNode decode(String part) throws AssertionRejected {
        try {
            return JSON.readTree(base64Url(part));
        } catch (RuntimeException e) {
            throw new AssertionRejected("JWT part is not base64url JSON");
        }
    }

    private static byte[] base64Url(String part) throws AssertionRejected {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new AssertionRejected("JWT part is not base64url");
        }
    }
}
