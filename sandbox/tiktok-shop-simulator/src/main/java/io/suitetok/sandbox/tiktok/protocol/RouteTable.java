package io.suitetok.sandbox.tiktok.protocol;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which handler serves which endpoint of the simulator's table. The simulator refuses to start if an
 * endpoint of {@link Endpoints#ALL} has no handler, so the table and the handlers cannot
 * drift apart silently.
 */
@Component
public class RouteTable {

    private final Map<String, EndpointHandler> handlers = new HashMap<>();

    public RouteTable(List<EndpointRoutes> features) {
        features.forEach(feature -> feature.register(this));
        List<String> missing = Endpoints.ALL.stream().map(Endpoint::name)
                .filter(name -> !handlers.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("endpoints without a simulator handler: " + missing);
        }
    }

    public void on(Endpoint endpoint, EndpointHandler handler) {
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
