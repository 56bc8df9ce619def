package io.suitetok.runtime.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated caller of the current request, as the audit trail records it.
 *
 * @param roles the caller's hub roles, lower case, comma separated
 */
public record Caller(String name, String roles) {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** The current request's caller; empty for an anonymous request (an open webhook). */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        // Only roles: Spring Security adds other authorities (how the caller authenticated, say).
        String roles = authentication.getAuthorities().stream().map(authority -> authority.getAuthority())
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()).toLowerCase(Locale.ROOT))
                .sorted().collect(Collectors.joining(","));
        return Optional.of(new Caller(authentication.getName(), roles));
    }

    /** Whether the request asks for a change (anything but a read). */
    public static boolean isWrite(HttpServletRequest request) {
        return !READS.contains(request.getMethod());
    }
}
