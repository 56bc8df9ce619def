package io.suitetok.runtime.security;

import io.suitetok.runtime.audit.AuditTrail;
import io.suitetok.runtime.audit.Caller;
import io.suitetok.runtime.correlation.CorrelationId;
import io.suitetok.runtime.web.ProblemResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 403 for a known caller without the role, with a body that names the caller's roles. A refused write
 * goes into the audit trail too: someone trying to replay without {@code ops} is worth knowing about.
 */
final class RoleRefusal implements AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(RoleRefusal.class);

    private final AuditTrail trail;

    RoleRefusal(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Caller caller = Caller.current().orElse(new Caller("unknown", ""));
        String name = caller.name();
        String roles = caller.roles();
        if (Caller.isWrite(request)) {
            try {
                trail.refused(name, roles, request.getMethod() + " " + request.getRequestURI(),
                        request.getRequestURI(), HttpStatus.FORBIDDEN.value(), MDC.get(CorrelationId.MDC_KEY));
            } catch (RuntimeException e) {
                log.warn("could not record a refused {} {} by {} in the audit trail: {}", request.getMethod(),
                        request.getRequestURI(), name, e.toString());
            }
        }
        ProblemResponse.write(request, response, HttpStatus.FORBIDDEN, "caller '" + name + "' has roles ["
                + roles + "], which do not allow " + request.getMethod() + " " + request.getRequestURI());
    }
}
