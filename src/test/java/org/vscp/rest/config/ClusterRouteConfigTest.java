package org.vscp.rest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code cluster.route} key of vscp-rest.properties. */
class ClusterRouteConfigTest {

    @TempDir
    Path configDir;

    private LoadedConfig load(String properties) throws IOException {
        Files.writeString(configDir.resolve("vscp-rest.properties"), properties);
        return ConfigLoader.load(new ConfigLocations(Optional.of(configDir), "test",
                configDir.resolve("data"), "test"));
    }

    @Test
    void routeIsRead() throws IOException {
        LoadedConfig loaded = load("cluster.route=node1\n");

        assertTrue(loaded.isUsable(), loaded.problems().toString());
        assertEquals(Optional.of("node1"), loaded.config().clusterRoute());
    }

    @Test
    void routeAbsentByDefault() throws IOException {
        assertEquals(Optional.empty(), load("").config().clusterRoute());
    }

    @ParameterizedTest
    @ValueSource(strings = {"node.1", "a b", "0123456789012345678901234567890123"})
    void badRouteIsProblem(String route) throws IOException {
        LoadedConfig loaded = load("cluster.route=" + route + "\n");

        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.problems().get(0).contains("cluster.route"), loaded.problems().get(0));
        assertEquals(Optional.empty(), loaded.config().clusterRoute());
    }
}
