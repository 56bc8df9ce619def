package io.suitetok.sandbox.tiktok.protocol;

/** A feature's endpoints: each feature registers the handlers of the endpoints it owns. */
public interface EndpointRoutes {

    void register(RouteTable routes);
}
