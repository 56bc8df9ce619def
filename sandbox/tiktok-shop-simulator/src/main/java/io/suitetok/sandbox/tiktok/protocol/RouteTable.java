package io.suitetok.sandbox.tiktok.protocol;

import io.suitetok.tiktok.http.ApiEndpoint;
import io.suitetok.tiktok.http.TikTokEndpoints;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which handler serves which endpoint of the client's table. The simulator refuses to start if an
 * endpoint of {@link TikTokEndpoints#ALL} has no handler, so the client and the simulator cannot
 * drift apart silently.
 */
@Component
public class RouteTable {

    private final Map<String, EndpointHandler> handlers = new HashMap<>();

    public RouteTable(List<EndpointRoutes> features) {
        features.forEach(feature -> feature.register(this));
        List<String> missing = TikTokEndpoints.ALL.stream().map(ApiEndpoint::name)
                .filter(name -> !handlers.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("endpoints of the client's table without a simulator handler: " + missing);
        }
    }

    public void on(ApiEndpoint endpoint, EndpointHandler handler) {
        if (handlers.putIfAbsent(endpoint.name(), handler) != null) {
            throw new IllegalStateException("two handlers for " + endpoint.name());
        }
    }

    public Object handle(VerifiedCall call) {
        return handlers.get(call.endpoint().name()).handle(call);
    }

    public boolean serves(String endpointName) {
        return handlers.containsKey(endpointName);
    }
}
