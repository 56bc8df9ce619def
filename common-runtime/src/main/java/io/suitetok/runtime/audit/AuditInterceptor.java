package io.suitetok.runtime.audit;

import io.suitetok.runtime.correlation.CorrelationId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every write action an authenticated caller asks for, before it runs, so that no action
 * happens unrecorded (when the record cannot be written, the action is not run), and completes the
 * record with the answer. Open machine endpoints (webhooks, movement reports) have no caller and are
 * not audited here: their own logs and topics keep them.
 */
public class AuditInterceptor implements HandlerInterceptor {

    private static final String ENTRY_ID = AuditInterceptor.class.getName() + ".entry";

    private final AuditTrail trail;

    public AuditInterceptor(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!Caller.isWrite(request)) {
            return true;
        }
        Caller.current().ifPresent(caller -> request.setAttribute(ENTRY_ID, trail.requested(caller.name(),
                caller.roles(), action(request), request.getRequestURI(), MDC.get(CorrelationId.MDC_KEY))));
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (request.getAttribute(ENTRY_ID) instanceof Long id) {
            trail.completed(id, failure != null && response.getStatus() < 400 ? 500 : response.getStatus());
        }
    }

    private static String action(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
    }
}
