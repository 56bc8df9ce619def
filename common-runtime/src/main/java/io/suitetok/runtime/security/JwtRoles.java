package io.suitetok.runtime.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified JWT into a caller: the hub roles its roles claim grants (values nothing maps are
 * ignored, so an IdP's other groups do no harm) and its name for the audit trail.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String[] claimPath;
    private final Map<HubRole, List<String>> roleValues;
    private final String callerClaim;

    JwtRoles(HubSecurityProperties.Jwt settings) {
        this.claimPath = settings.rolesClaim().split("\\.");
        this.roleValues = settings.roleValues();
        this.callerClaim = settings.callerClaim();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<String> values = claimValues(jwt.getClaims());
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (HubRole role : HubRole.values()) {
            List<String> granting = roleValues.getOrDefault(role, List.of(role.configName()));
            if (granting.stream().anyMatch(values::contains)) {
                authorities.add(new SimpleGrantedAuthority(role.authority()));
            }
        }
        String caller = jwt.getClaimAsString(callerClaim);
        return new JwtAuthenticationToken(jwt, authorities, caller != null ? caller : jwt.getSubject());
    }

    private Set<String> claimValues(Map<String, Object> claims) {
        Object node = claims;
        for (String step : claimPath) {
            if (!(node instanceof Map<?, ?> map)) {
                return Set.of();
            }
            node = map.get(step);
        }
        Set<String> values = new LinkedHashSet<>();
        if (node instanceof Collection<?> list) {
            list.forEach(value -> values.add(String.valueOf(value)));
        } else if (node instanceof String text) {
            for (String value : text.split("[\\s,]+")) {
                if (!value.isBlank()) {
                    values.add(value);
                }
            }
        }
        return values;
    }
}
