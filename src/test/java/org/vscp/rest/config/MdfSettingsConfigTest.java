package org.vscp.rest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MdfSettingsConfigTest {

    @TempDir
    Path configDir;

    private LoadedConfig load(String properties) throws IOException {
        Files.writeString(configDir.resolve("vscp-rest.properties"), properties);
        return ConfigLoader.load(new ConfigLocations(Optional.of(configDir), "test",
                configDir.resolve("data"), "test"));
    }

    @Test
    void mdfDefaultsAreOff() throws IOException {
        MdfSettings mdf = load("").config().mdf();

        assertEquals(List.of(), mdf.allowedHosts());
        assertEquals(Duration.ofSeconds(5), mdf.connectTimeout());
        assertEquals(Duration.ofSeconds(10), mdf.readTimeout());
        assertEquals(1024 * 1024, mdf.maxBytes());
        assertEquals(Duration.ofHours(1), mdf.cacheTtl());
    }

    @Test
    void mdfKeysAreRead() throws IOException {
        LoadedConfig loaded = load("""
                mdf.allowed-hosts = www.VSCP.org, 127.0.0.1 ,[::1]
                mdf.connect-timeout-seconds=2
                mdf.read-timeout-seconds=3
                mdf.max-bytes=4096
                mdf.cache-seconds=0
                """);
        MdfSettings mdf = loaded.config().mdf();

        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of("www.vscp.org", "127.0.0.1", "::1"), mdf.allowedHosts());
        assertEquals(Duration.ofSeconds(2), mdf.connectTimeout());
        assertEquals(Duration.ofSeconds(3), mdf.readTimeout());
        assertEquals(4096, mdf.maxBytes());
        assertEquals(Duration.ZERO, mdf.cacheTtl());
    }

    @Test
    void allowsComparesNormalizedHosts() {
        MdfSettings mdf = new MdfSettings(List.of("127.0.0.1", "[::1]", "Example.org"),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 10, Duration.ZERO);

        assertTrue(mdf.allows("127.0.0.1"));
        assertTrue(mdf.allows("[::1]"));
        assertTrue(mdf.allows("EXAMPLE.ORG"));
        assertFalse(mdf.allows("localhost"));
        assertFalse(mdf.allows("127.0.0.2"));
        assertFalse(mdf.allows(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mdf.allowed-hosts | http://www.vscp.org | host names or IP literals",
        "mdf.allowed-hosts | www.vscp.org:80 | host names or IP literals",
        "mdf.allowed-hosts | a,,b | host names or IP literals",
        "mdf.max-bytes | 0 | whole number from 1",
        "mdf.read-timeout-seconds | 1.5 | whole number from 1",
        "mdf.cache-seconds | -1 | whole number from 0",
    })
    void badMdfValueIsProblem(String key, String value, String expected) throws IOException {
        LoadedConfig loaded = load(key + "=" + value + "\n");

        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.problems().get(0).contains(key), loaded.problems().get(0));
        assertTrue(loaded.problems().get(0).contains(expected), loaded.problems().get(0));
    }
}
