package io.suitetok.runtime.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Bearer tokens from configuration ({@code hub.security.tokens}), for the local stack, tests and
 * shops without an identity provider. They go through Spring Security's bearer-token path like a JWT
 * would, so a caller sends the same {@code Authorization: Bearer …} header either way. Only the
 * tokens' SHA-256 digests are kept, and a token is found by its digest, so neither the lookup's time
 * nor a heap dump gives a token away.
 */
final class StaticTokenIntrospector implements OpaqueTokenIntrospector {

    static final int MIN_TOKEN_LENGTH = 24;

    private final Map<String, OAuth2AuthenticatedPrincipal> callersByDigest = new HashMap<>();

    StaticTokenIntrospector(Map<String, HubSecurityProperties.StaticCaller> callers) {
        if (callers.isEmpty()) {
            throw new IllegalStateException("hub.security.mode=tokens needs at least one caller under "
                    + "hub.security.tokens.<caller-name>.token and .roles");
        }
        callers.forEach((name, caller) -> {
            String property = "hub.security.tokens." + name;
            if (caller.token() == null || caller.token().strip().length() < MIN_TOKEN_LENGTH) {
                throw new IllegalStateException(property + ".token must be set to a random value of at least "
                        + MIN_TOKEN_LENGTH + " characters");
            }
            if (caller.roles() == null || caller.roles().isEmpty()) {
                throw new IllegalStateException(property + ".roles must name at least one of viewer, ops, finance");
            }
            List<GrantedAuthority> authorities = caller.roles().stream()
                    .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
            OAuth2AuthenticatedPrincipal principal = new DefaultOAuth2AuthenticatedPrincipal(name,
                    Map.of("sub", name), authorities);
            if (callersByDigest.put(digest(caller.token().strip()), principal) != null) {
                throw new IllegalStateException(property + ".token is the same as another caller's token");
            }
        });
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        OAuth2AuthenticatedPrincipal caller = callersByDigest.get(digest(token));
        if (caller == null) {
            throw new BadOpaqueTokenException("the bearer token is not one of this service's callers");
        }
        return caller;
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
