package org.vscp.rest.health;

import org.vscp.rest.config.LoadedConfig;

/**
 * Healthy when the configuration loaded at start-up had no problems. The configuration is read
 * once, so the result does not change until the application is restarted.
 */
public final class ConfigurationHealthCheck implements HealthCheck {

    private final boolean usable;

    /** Creates a check for the configuration that the application started with. */
    public ConfigurationHealthCheck(LoadedConfig loaded) {
        this.usable = loaded.isUsable();
    }

    @Override
    public String name() {
        return "configuration";
    }

    @Override
    public boolean isHealthy() {
        return usable;
    }
}
