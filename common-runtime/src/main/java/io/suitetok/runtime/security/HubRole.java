package io.suitetok.runtime.security;

import java.util.Locale;

/**
 * What a caller may do. {@code ops} and {@code finance} each include {@code viewer}: whoever may act
 * on an order or a statement may also read the views that explain it.
 */
public enum HubRole {
    /** Reads ops views: journeys, parked items, levels, listings, the audit trail. */
    VIEWER,
    /** Replays, publishes, recalculates and resolves parked items. */
    OPS,
    /** Reads and resolves settlement and reconciliation. */
    FINANCE;

    /** The name used in configuration, tokens and identity-provider claims. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Spring Security's authority for the role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role a configured name stands for; the message names what is accepted. */
    public static HubRole fromConfigName(String name) {
        for (HubRole role : values()) {
            if (role.configName().equalsIgnoreCase(name.trim())) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name.trim() + "' (roles are viewer, ops, finance)");
    }
}
