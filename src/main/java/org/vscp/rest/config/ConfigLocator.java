package org.vscp.rest.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the configuration and data directories from system properties, environment variables and
 * servlet context parameters. The first setting found wins, in this order:
 *
 * <ul>
 *   <li>configuration: system property {@value #CONFIG_DIR_PROPERTY}, environment variable
 *       {@value #CONFIG_DIR_VARIABLE}, context parameter {@value #CONFIG_DIR_PROPERTY}, else none;
 *   <li>data: system property {@value #DATA_DIR_PROPERTY}, environment variable
 *       {@value #DATA_DIR_VARIABLE}, context parameter {@value #DATA_DIR_PROPERTY}, else
 *       {@code <configuration directory>/data}, else {@code ${java.io.tmpdir}/vscp-rest-data}.
 * </ul>
 *
 * <p>A blank value counts as not set. Relative paths are resolved against the working directory.
 * The sources are functions, so tests can pass maps and a servlet can pass
 * {@code servletContext::getInitParameter}.
 */
public final class ConfigLocator {

    public static final String CONFIG_DIR_PROPERTY = "vscp.config.dir";
    public static final String CONFIG_DIR_VARIABLE = "VSCP_CONFIG_DIR";
    public static final String DATA_DIR_PROPERTY = "vscp.data.dir";
    public static final String DATA_DIR_VARIABLE = "VSCP_DATA_DIR";

    /** The data directory's name inside the configuration directory. */
    public static final String DATA_SUBDIRECTORY = "data";

    /** The data directory's name inside {@code java.io.tmpdir} when nothing is configured. */
    public static final String TEMP_DATA_DIRECTORY = "vscp-rest-data";

    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;
    private final Function<String, String> contextParameters;

    /**
     * Creates a locator over three sources. Each function returns the value for a name, or null
     * when it is not set.
     *
     * @param systemProperties such as {@code System::getProperty}; also supplies
     *     {@code java.io.tmpdir}
     * @param environment such as {@code System::getenv}
     * @param contextParameters such as {@code servletContext::getInitParameter}
     */
    public ConfigLocator(Function<String, String> systemProperties,
            Function<String, String> environment, Function<String, String> contextParameters) {
        this.systemProperties = Objects.requireNonNull(systemProperties, "systemProperties");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.contextParameters = Objects.requireNonNull(contextParameters, "contextParameters");
    }

    /** Returns a locator over this JVM's system properties and environment. */
    public static ConfigLocator ofSystem(Function<String, String> contextParameters) {
        return new ConfigLocator(System::getProperty, System::getenv, contextParameters);
    }

    /**
     * Finds both directories; it does not check that they exist.
     *
     * @throws IllegalArgumentException naming the setting if its value is not a valid path
     */
    public ConfigLocations locate() {
        Optional<Setting> config = find(CONFIG_DIR_PROPERTY, CONFIG_DIR_VARIABLE);
        Optional<Path> configDir = config.map(Setting::path);
        String configSource = config.map(Setting::source).orElse("none");

        Optional<Setting> data = find(DATA_DIR_PROPERTY, DATA_DIR_VARIABLE);
        if (data.isPresent()) {
            return new ConfigLocations(configDir, configSource, data.get().path(),
                    data.get().source());
        }
        if (configDir.isPresent()) {
            return new ConfigLocations(configDir, configSource,
                    configDir.get().resolve(DATA_SUBDIRECTORY),
                    "default, inside the configuration directory");
        }

        String tempDir = Objects.requireNonNullElse(systemProperties.apply("java.io.tmpdir"), ".");
        Path tempData = toPath(tempDir, "system property java.io.tmpdir")
                .resolve(TEMP_DATA_DIRECTORY);
        return new ConfigLocations(configDir, configSource, tempData,
                "default, inside java.io.tmpdir because no configuration directory is set");
    }

    private Optional<Setting> find(String propertyName, String variableName) {
        String[] sources = {
            "system property " + propertyName,
            "environment variable " + variableName,
            "servlet context parameter " + propertyName,
        };
        String[] values = {
            systemProperties.apply(propertyName),
            environment.apply(variableName),
            contextParameters.apply(propertyName),
        };

        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].isBlank()) {
                return Optional.of(new Setting(toPath(values[i].strip(), sources[i]), sources[i]));
            }
        }
        return Optional.empty();
    }

    private static Path toPath(String value, String source) {
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("The " + source + " is '" + value
                    + "', which is not a valid path: " + e.getReason() + ".", e);
        }
    }

    private record Setting(Path path, String source) {
    }
}
