package org.vscp.rest.config;

import java.util.List;
import org.vscp.rest.security.UserDirectory;

/**
 * The outcome of {@link ConfigLoader#load}: the settings, the users and every problem found.
 *
 * <p>When {@code problems} is not empty, the configuration is broken: {@code users} is empty,
 * {@code config} contains the defaults in place of the bad values, and the application should
 * reject every login until the files are fixed and the application restarted. The loader has
 * already logged each problem at SEVERE.
 *
 * @param config the server settings
 * @param users the users who may log in
 * @param problems one sentence per problem, each naming the file, the key or user and the field
 */
public record LoadedConfig(ServerConfig config, UserDirectory users, List<String> problems) {

    public LoadedConfig {
        problems = List.copyOf(problems);
        if (!problems.isEmpty() && !users.isEmpty()) {
            throw new IllegalArgumentException("A configuration with " + problems.size()
                    + " problems must not have users, but it has " + users.size() + ".");
        }
    }

    /** Returns whether no problem was found, so logins may be checked against {@link #users}. */
    public boolean isUsable() {
        return problems.isEmpty();
    }
}
