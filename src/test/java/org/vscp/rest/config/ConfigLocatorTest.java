package org.vscp.rest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigLocatorTest {

    private static final Map<String, String> TEMP = Map.of("java.io.tmpdir", "/var/tmp");

    private static ConfigLocations locate(Map<String, String> properties,
            Map<String, String> environment, Map<String, String> context) {
        return new ConfigLocator(properties::get, environment::get, context::get).locate();
    }

    @Test
    void systemPropertyWinsOverAll() {
        ConfigLocations locations = locate(
                Map.of("vscp.config.dir", "/etc/a", "vscp.data.dir", "/srv/a"),
                Map.of("VSCP_CONFIG_DIR", "/etc/b", "VSCP_DATA_DIR", "/srv/b"),
                Map.of("vscp.config.dir", "/etc/c", "vscp.data.dir", "/srv/c"));

        assertEquals(Optional.of(Path.of("/etc/a")), locations.configDir());
        assertEquals("system property vscp.config.dir", locations.configDirSource());
        assertEquals(Path.of("/srv/a"), locations.dataDir());
        assertEquals("system property vscp.data.dir", locations.dataDirSource());
    }

    @Test
    void environmentWinsOverContext() {
        ConfigLocations locations = locate(Map.of(),
                Map.of("VSCP_CONFIG_DIR", "/etc/b", "VSCP_DATA_DIR", "/srv/b"),
                Map.of("vscp.config.dir", "/etc/c", "vscp.data.dir", "/srv/c"));

        assertEquals(Optional.of(Path.of("/etc/b")), locations.configDir());
        assertEquals("environment variable VSCP_CONFIG_DIR", locations.configDirSource());
        assertEquals(Path.of("/srv/b"), locations.dataDir());
        assertEquals("environment variable VSCP_DATA_DIR", locations.dataDirSource());
    }

    @Test
    void contextParameterIsLastSource() {
        ConfigLocations locations = locate(Map.of(), Map.of(),
                Map.of("vscp.config.dir", "/etc/c", "vscp.data.dir", "/srv/c"));

        assertEquals(Optional.of(Path.of("/etc/c")), locations.configDir());
        assertEquals("servlet context parameter vscp.config.dir", locations.configDirSource());
        assertEquals(Path.of("/srv/c"), locations.dataDir());
        assertEquals("servlet context parameter vscp.data.dir", locations.dataDirSource());
    }

    @Test
    void blankValueCountsAsUnset() {
        ConfigLocations locations = locate(Map.of("vscp.config.dir", "  "),
                Map.of("VSCP_CONFIG_DIR", ""), Map.of("vscp.config.dir", "/etc/c"));

        assertEquals(Optional.of(Path.of("/etc/c")), locations.configDir());
    }

    @Test
    void dataDefaultsInsideConfigDir() {
        ConfigLocations locations = locate(Map.of(), Map.of("VSCP_CONFIG_DIR", "/etc/vscp/"),
                Map.of());

        assertEquals(Path.of("/etc/vscp/data"), locations.dataDir());
    }

    @Test
    void dataDirSettingIsIndependent() {
        ConfigLocations locations = locate(Map.of("vscp.config.dir", "/etc/vscp"), Map.of(),
                Map.of("vscp.data.dir", "/srv/data"));

        assertEquals(Path.of("/srv/data"), locations.dataDir());
    }

    @Test
    void nothingSetUsesTempData() {
        ConfigLocations locations = locate(TEMP, Map.of(), Map.of());

        assertEquals(Optional.empty(), locations.configDir());
        assertEquals("none", locations.configDirSource());
        assertEquals(Path.of("/var/tmp/vscp-rest-data"), locations.dataDir());
    }

    @Test
    void dataDirWithoutConfigDir() {
        ConfigLocations locations = locate(TEMP, Map.of("VSCP_DATA_DIR", "/srv/only"), Map.of());

        assertEquals(Optional.empty(), locations.configDir());
        assertEquals(Path.of("/srv/only"), locations.dataDir());
    }

    @Test
    void relativePathBecomesAbsolute() {
        ConfigLocations locations = locate(Map.of("vscp.config.dir", "conf/../config"),
                Map.of(), Map.of());

        assertEquals(Optional.of(Path.of("config").toAbsolutePath()), locations.configDir());
    }

    @Test
    void invalidPathNamesSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> locate(Map.of(), Map.of("VSCP_CONFIG_DIR", "/etc/\0bad"), Map.of()));

        assertEquals("The environment variable VSCP_CONFIG_DIR is '/etc/\0bad', which is not a"
                + " valid path: Nul character not allowed.", e.getMessage());
    }
}
