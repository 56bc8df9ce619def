package io.suitetok.sandbox.tiktok.protocol;

import io.suitetok.sandbox.tiktok.SimulatorSettings;
import io.suitetok.sandbox.tiktok.faults.CallLog;
import io.suitetok.sandbox.tiktok.faults.CallLog.CallRecord;
import io.suitetok.sandbox.tiktok.faults.FaultPlan;
import io.suitetok.sandbox.tiktok.faults.QpsLimits;
import io.suitetok.sandbox.tiktok.shops.Shop;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The TikTok side of the simulator in one place. Every request outside {@code /sandbox/**} and the
 * token endpoints comes through here: the path is resolved against the client's endpoint table,
 * injected faults apply, the body is read once and the signature checked over exactly those bytes
 * (multipart bodies are not signed and are left to the container), then the QPS limit, then the
 * feature's handler, and the answer goes out in TikTok's envelope. Every call is logged.
 */
public class TikTokGatewayFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(TikTokGatewayFilter.class);

    private final ProtocolVerifier verifier;
    private final RouteTable routes;
    private final FaultPlan faults;
    private final QpsLimits qps;
    private final CallLog calls;
    private final SimulatorSettings settings;

    public TikTokGatewayFilter(ProtocolVerifier verifier, RouteTable routes, FaultPlan faults, QpsLimits qps,
            CallLog calls, SimulatorSettings settings) {
        this.verifier = verifier;
        this.routes = routes;
        this.faults = faults;
        this.qps = qps;
        this.calls = calls;
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals("/sandbox") || path.startsWith("/sandbox/") || path.startsWith("/api/v2/token/")
                || path.equals("/error");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        String requestId = RequestIds.next(settings.clock());
        String path = request.getRequestURI();
        Endpoint endpoint = null;
        Shop shop = null;
        int status = 200;
        Envelope envelope;
        try {
            endpoint = verifier.resolve(request.getMethod(), path);
            faults.beforeHandling(endpoint.name());
            Map<String, String> query = QueryString.parse(request.getQueryString());
            byte[] body = isMultipart(request) ? null : request.getInputStream().readAllBytes();
            VerifiedCall call = verifier.verify(endpoint, path, query, body, request);
            shop = call.shopIfAny().orElse(null);
            if (!qps.tryAcquire(endpoint.name(), shop == null ? "app" : shop.id())) {
                response.setHeader("Retry-After", "1");
                throw new TikTokError(ErrorCodes.RATE_LIMITED, 429, "Too many requests: the QPS limit of "
                        + endpoint.name() + " is " + qps.limitFor(endpoint.name()));
            }
            Object data = routes.handle(call);
            faults.afterHandling(endpoint.name());
            envelope = Envelope.success(requestId, data);
        } catch (TikTokError e) {
            status = e.httpStatus();
            envelope = Envelope.failure(requestId, e);
        } catch (RuntimeException e) {
            log.error("simulator bug while serving {} {}", request.getMethod(), path, e);
            status = 500;
            envelope = Envelope.failure(requestId, new TikTokError(ErrorCodes.INTERNAL_ERROR, 500,
                    "Internal error: " + e));
        }
        calls.record(new CallRecord(settings.clock().millis(), request.getMethod(), path,
                endpoint == null ? null : endpoint.name(), shop == null ? null : shop.id(), status, envelope.code(),
                envelope.message(), requestId));
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(WireJson.mapper().writeValueAsBytes(envelope));
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).trim().startsWith("multipart/form-data");
    }
}
