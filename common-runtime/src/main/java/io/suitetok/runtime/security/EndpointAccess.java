package io.suitetok.runtime.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * What a service says about its own endpoints, beyond the hub's default (a read needs
 * {@code viewer}, any other method {@code ops}): the machine-to-machine endpoints that stay open to
 * the network because they check their own signature, and endpoints that need another role. A service
 * declares one as a bean; the hub's security configuration applies every one it finds.
 */
public final class EndpointAccess {

    /**
     * @param method  the HTTP method, or null for every method
     * @param pattern a Spring path pattern ({@code /finance/**})
     * @param role    the role it needs, or null for an open endpoint
     */
    public record Rule(HttpMethod method, String pattern, HubRole role) {
    }

    private final List<Rule> rules = new ArrayList<>();

    /** An endpoint anyone may call; it must authenticate the body itself (a signature). */
    public EndpointAccess open(HttpMethod method, String pattern) {
        rules.add(new Rule(method, pattern, null));
        return this;
    }

    /** Endpoints that need {@code role} for every method. */
    public EndpointAccess requires(HubRole role, String pattern) {
        rules.add(new Rule(null, pattern, role));
        return this;
    }

    /** One method of an endpoint that needs {@code role}. */
    public EndpointAccess requires(HubRole role, HttpMethod method, String pattern) {
        rules.add(new Rule(method, pattern, role));
        return this;
    }

    public List<Rule> rules() {
        return List.copyOf(rules);
    }
}
