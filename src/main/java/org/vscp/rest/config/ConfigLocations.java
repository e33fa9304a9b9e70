package org.vscp.rest.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the configuration and the data live, and which setting chose each place.
 *
 * @param configDir the configuration directory, or empty when none is configured
 * @param configDirSource the setting that named {@code configDir}, such as
 *     {@code system property vscp.config.dir}, or {@code none}
 * @param dataDir the data directory, which may not exist yet
 * @param dataDirSource the setting that named {@code dataDir}, or a description of the default
 */
public record ConfigLocations(Optional<Path> configDir, String configDirSource, Path dataDir,
        String dataDirSource) {
}
