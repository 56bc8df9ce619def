package io.suitetok.runtime.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code hub.security.*}: who may call a service's REST endpoints, and how much a body may weigh.
 *
 * @param mode        {@code jwt}: bearer JWTs from the company's identity provider, whose issuer is
 *                    {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}; {@code tokens}:
 *                    static bearer tokens from {@link #tokens} (local stack, tests, a small shop)
 * @param jwt         how roles and the caller's name are read from a JWT
 * @param tokens      static callers by name (the name is what the audit trail records)
 * @param maxBodySize bodies above it are refused with 413 before they are read whole
 */
@ConfigurationProperties("hub.security")
public record HubSecurityProperties(
        @DefaultValue("jwt") Mode mode,
        @DefaultValue Jwt jwt,
        @DefaultValue Map<String, StaticCaller> tokens,
        @DefaultValue("1MB") DataSize maxBodySize) {

    public enum Mode {
        JWT, TOKENS
    }

    /**
     * @param rolesClaim  where the roles are, a dotted path for nested claims ({@code realm_access.roles}
     *                    for Keycloak); a list, or one string of names separated by spaces or commas
     * @param roleValues  per hub role, the claim values that grant it (an IdP group name, say); a role
     *                    left out is granted by its own name ({@code viewer}, {@code ops}, {@code finance})
     * @param callerClaim the claim that names the caller in the audit trail
     */
    public record Jwt(
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue Map<HubRole, List<String>> roleValues,
            @DefaultValue("sub") String callerClaim) {
    }

    /**
     * @param token the bearer token; a secret, from the environment (at least 24 characters)
     * @param roles what the caller may do
     */
    public record StaticCaller(String token, Set<HubRole> roles) {

        @Override
        public String toString() {
            return "StaticCaller[token=***, roles=" + roles + "]";
        }
    }
}
