package io.suitetok.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One hub service as the stack starts it, in either mode: its name, its Maven module (whose {@code -exec}
 * jar docker-compose runs), its application class, its documented ports, and the settings a deployment
 * would give it ({@link HubServiceSettings}). Both launchers pass {@link #arguments()} unchanged.
 */
record ServiceSpec(String name, String module, Class<?> application, int apiPort, int managementPort,
        Map<String, String> settings) {

    /** The same service listening on the given ports (a process's ports must be known before it starts). */
    ServiceSpec listeningOn(int api, int management) {
        Map<String, String> pinned = new LinkedHashMap<>(settings);
        pinned.put("server.port", String.valueOf(api));
        pinned.put("management.server.port", String.valueOf(management));
        return new ServiceSpec(name, module, application, api, management, pinned);
    }

    /** The settings as Spring Boot command-line arguments, the highest-precedence source in either mode. */
    List<String> arguments() {
        return settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toList();
    }
}
