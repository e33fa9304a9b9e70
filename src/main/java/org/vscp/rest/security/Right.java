package org.vscp.rest.security;

import java.util.Locale;
import java.util.Optional;

/** The rights a user can hold; {@link #ADMIN} implies all others. */
public enum Right {
    /** readevent, setfilter, clearqueue. */
    RECEIVE("receive"),
    /** sendevent, measurement. */
    SEND("send"),
    VARIABLES_READ("variables-read"),
    VARIABLES_WRITE("variables-write"),
    TABLES("tables"),
    MDF("mdf"),
    /** Every right, and access to other users' variables. */
    ADMIN("admin");

    private final String configName;

    Right(String configName) {
        this.configName = configName;
    }

    /** Returns the name used in the users file. */
    public String configName() {
        return configName;
    }

    /** Looks a right up by its configuration name, case-insensitively. */
    public static Optional<Right> fromConfigName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Right right : values()) {
            if (right.configName.equals(wanted)) {
                return Optional.of(right);
            }
        }
        return Optional.empty();
    }
}
