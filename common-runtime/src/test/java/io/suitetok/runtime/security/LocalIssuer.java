package io.suitetok.runtime.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * An OpenID Connect issuer on a local port, as far as a resource server sees one: the discovery
 * document and the signing keys. It mints tokens with its key, or with a stranger's.
 */
final class LocalIssuer implements AutoCloseable {

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey strangersKey;

    LocalIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("hub-test-key").generate();
            strangersKey = new RSAKeyGenerator(2048).keyID("hub-test-key").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        String discovery = "{\"issuer\":\"" + uri() + "\",\"jwks_uri\":\"" + uri() + "/jwks\","
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
        serve("/.well-known/openid-configuration", discovery);
        serve("/jwks", new JWKSet(key.toPublicJWK()).toString());
        server.start();
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/hub";
    }

    /** A token this issuer signed, valid for ten minutes. */
    String token(Map<String, Object> claims) {
        return sign(key, uri(), Instant.now().plus(Duration.ofMinutes(10)), claims);
    }

    String expiredToken(Map<String, Object> claims) {
        return sign(key, uri(), Instant.now().minus(Duration.ofMinutes(10)), claims);
    }

    /** Claims this issuer's name but signed with another key. */
    String forgedToken(Map<String, Object> claims) {
        return sign(strangersKey, uri(), Instant.now().plus(Duration.ofMinutes(10)), claims);
    }

    String tokenFromAnotherIssuer(Map<String, Object> claims) {
        return sign(key, "https://elsewhere.example/realms/hub", Instant.now().plus(Duration.ofMinutes(10)), claims);
    }

    private static String sign(RSAKey with, String issuer, Instant expiry, Map<String, Object> claims) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuer).subject("f2c7a9d0-user")
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(20)))).expirationTime(Date.from(expiry));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(),
                set.build());
        try {
            jwt.sign(new RSASSASigner(with));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private void serve(String path, String json) {
        server.createContext("/realms/hub" + path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
