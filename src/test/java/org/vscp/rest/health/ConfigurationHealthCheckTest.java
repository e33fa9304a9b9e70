package org.vscp.rest.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vscp.rest.config.LoadedConfig;
import org.vscp.rest.config.ServerConfig;
import org.vscp.rest.security.UserDirectory;

class ConfigurationHealthCheckTest {

    private static final ServerConfig DEFAULTS = ServerConfig.defaults(Path.of("data"));

    @Test
    void loadedConfigIsHealthy() {
        LoadedConfig loaded = new LoadedConfig(DEFAULTS, UserDirectory.empty(), List.of());

        assertTrue(new ConfigurationHealthCheck(loaded).isHealthy());
    }

    @Test
    void configWithProblemsIsUnhealthy() {
        LoadedConfig loaded = new LoadedConfig(DEFAULTS, UserDirectory.empty(),
                List.of("The file users.json is missing."));

        assertFalse(new ConfigurationHealthCheck(loaded).isHealthy());
    }
}
