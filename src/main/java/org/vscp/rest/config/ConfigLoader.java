package org.vscp.rest.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.vscp.rest.security.UserDirectory;

/**
 * Loads the configuration directory: {@value #PROPERTIES_FILE} for the server settings and
 * {@value #USERS_FILE} for the users. Never throws for bad files and never stops the application.
 * Every problem is logged at SEVERE and returned in {@link LoadedConfig#problems()}, and a
 * configuration with problems has no users.
 *
 * <p>The keys of {@value #PROPERTIES_FILE}, all optional (an empty value means the default):
 *
 * <table>
 *   <caption>Server settings</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>session.idle-timeout-seconds</td><td>600</td><td>seconds a session lives without a
 *       request</td></tr>
 *   <tr><td>session.max-sessions</td><td>1000</td><td>open sessions at most</td></tr>
 *   <tr><td>session.queue-size</td><td>1000</td><td>events waiting in one session's queue at
 *       most</td></tr>
 *   <tr><td>request.max-body-bytes</td><td>65536</td><td>size of a POST body at most, in
 *       bytes</td></tr>
 *   <tr><td>request.max-parameter-length</td><td>16384</td><td>length of one parameter value at
 *       most, in characters</td></tr>
 *   <tr><td>http.map-error-status</td><td>false</td><td>{@code true} sends a fitting HTTP status
 *       for errors instead of 200</td></tr>
 *   <tr><td>server.guid</td><td>(derived)</td><td>the server GUID, 16 hex bytes separated by
 *       ':'</td></tr>
 *   <tr><td>proxy.trusted</td><td>(none)</td><td>comma-separated addresses and CIDR ranges of
 *       reverse proxies whose {@code X-Forwarded-For} header is believed</td></tr>
 *   <tr><td>login.max-failures</td><td>5</td><td>consecutive failed logins of one user from one
 *       address before that pair is locked</td></tr>
 *   <tr><td>login.lockout-seconds</td><td>30</td><td>seconds a locked pair stays locked after its
 *       last failure; 0 disables locking</td></tr>
 *   <tr><td>mdf.allowed-hosts</td><td>(none)</td><td>comma-separated host names and IP literals
 *       the mdf operation may fetch from; empty turns the operation off</td></tr>
 *   <tr><td>mdf.connect-timeout-seconds</td><td>5</td><td>seconds to open a connection</td></tr>
 *   <tr><td>mdf.read-timeout-seconds</td><td>10</td><td>seconds for the whole response</td></tr>
 *   <tr><td>mdf.max-bytes</td><td>1048576</td><td>size of a fetched file at most, in
 *       bytes</td></tr>
 *   <tr><td>mdf.cache-seconds</td><td>3600</td><td>seconds a fetched file is served from the
 *       cache; 0 turns the cache off</td></tr>
 *   <tr><td>cluster.route</td><td>(none)</td><td>this node's route id behind a load balancer,
 *       1-32 letters, digits, '_' or '-'; every session key ends in '.' and the route</td></tr>
 *   <tr><td>storage.jndi-name</td><td>(none)</td><td>JNDI name of a container-managed
 *       {@code DataSource}, such as {@code java:comp/env/jdbc/vscp}, used instead of the embedded
 *       database in the data directory</td></tr>
 *   <tr><td>readevent.max-wait-ms</td><td>30000</td><td>milliseconds a readevent with a {@code
 *       wait} parameter waits for an event at most; 0 disables waiting</td></tr>
 * </table>
 */
public final class ConfigLoader {

    public static final String PROPERTIES_FILE = "vscp-rest.properties";
    public static final String USERS_FILE = "users.json";

    private static final Logger LOG = Logger.getLogger(ConfigLoader.class.getName());

    private ConfigLoader() {
    }

    /**
     * Finds the directories with {@code locator} and loads them. A setting that is not a valid
     * path becomes a problem, and the data directory then falls back to
     * {@code ${java.io.tmpdir}/vscp-rest-data}.
     */
    public static LoadedConfig load(ConfigLocator locator) {
        ConfigLocations locations;
        try {
            locations = locator.locate();
        } catch (IllegalArgumentException e) {
            Path fallback = Path.of(System.getProperty("java.io.tmpdir"),
                    ConfigLocator.TEMP_DATA_DIRECTORY);
            return broken(ServerConfig.defaults(fallback), List.of(e.getMessage()));
        }
        return load(locations);
    }

    /** Loads the configuration directory of {@code locations}, if any. */
    public static LoadedConfig load(ConfigLocations locations) {
        Path dataDir = locations.dataDir();
        if (locations.configDir().isEmpty()) {
            LOG.warning(() -> "No configuration directory is set, so the server runs with default"
                    + " settings and without users, and every login fails. To configure it, set"
                    + " the system property " + ConfigLocator.CONFIG_DIR_PROPERTY
                    + " or the environment variable " + ConfigLocator.CONFIG_DIR_VARIABLE
                    + " to a directory holding " + USERS_FILE + " and optionally "
                    + PROPERTIES_FILE + ". Create each password hash with: java -cp <classes>"
                    + " org.vscp.rest.security.PasswordHashTool. Data directory: " + dataDir
                    + " (" + locations.dataDirSource() + ").");
            return new LoadedConfig(ServerConfig.defaults(dataDir), UserDirectory.empty(),
                    List.of());
        }

        Path configDir = locations.configDir().get();
        ServerConfig defaults = withConfigDir(ServerConfig.defaults(dataDir), configDir);
        if (!Files.isDirectory(configDir)) {
            return broken(defaults, List.of("The configuration directory " + configDir + " (from "
                    + locations.configDirSource() + ") does not exist or is not a directory;"
                    + " create it or correct the setting."));
        }

        List<String> problems = new ArrayList<>();
        ServerConfig config = readSettings(configDir, dataDir, problems);
        UserDirectory users = readUsers(configDir, problems);
        if (!problems.isEmpty()) {
            return broken(config, problems);
        }

        LOG.info(() -> "Loaded the configuration from " + configDir + " ("
                + locations.configDirSource() + "): " + users.size() + " users. Data directory: "
                + dataDir + " (" + locations.dataDirSource() + ").");
        return new LoadedConfig(config, users, List.of());
    }

    private static ServerConfig readSettings(Path configDir, Path dataDir, List<String> problems) {
        Path file = configDir.resolve(PROPERTIES_FILE);
        ServerConfig defaults = withConfigDir(ServerConfig.defaults(dataDir), configDir);
        if (!Files.exists(file)) {
            LOG.info(() -> "There is no " + file + ", so the default server settings apply.");
            return defaults;
        }

        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            problems.add("The settings file " + file + " cannot be read: " + e + ".");
            return defaults;
        }
        return new ServerConfigParser(file, properties, problems)
                .parse(Optional.of(configDir), dataDir);
    }

    private static UserDirectory readUsers(Path configDir, List<String> problems) {
        Path file = configDir.resolve(USERS_FILE);
        if (!Files.exists(file)) {
            LOG.warning(() -> "There is no " + file + ", so nobody can log in. Add users there,"
                    + " each with a password hash made by the PasswordHashTool.");
            return UserDirectory.empty();
        }
        return new UsersFileReader(file, problems).read();
    }

    private static LoadedConfig broken(ServerConfig config, List<String> problems) {
        for (String problem : problems) {
            LOG.severe(problem);
        }
        LOG.severe(() -> "The configuration has " + problems.size() + " problem(s), so every login"
                + " is rejected. Fix them and restart the application.");
        return new LoadedConfig(config, UserDirectory.empty(), problems);
    }

    private static ServerConfig withConfigDir(ServerConfig config, Path configDir) {
        return new ServerConfig(Optional.of(configDir), config.dataDir(),
                config.sessionIdleTimeout(), config.maxSessions(), config.queueSize(),
                config.maxBodyBytes(), config.maxParameterLength(), config.mapHttpStatus(),
                config.serverGuid(), config.trustedProxies(), config.loginMaxFailures(),
                config.loginLockout(), config.clusterRoute(), config.storageJndiName(),
                config.mdf(), config.readEventMaxWait());
    }
}
