package org.vscp.rest.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.vscp.rest.event.Guid;
import org.vscp.rest.security.AddressRange;

/**
 * Turns the keys of {@code vscp-rest.properties} into a {@link ServerConfig}. Every key is
 * optional, and an empty value means the default. A bad value becomes a problem that names the
 * key, the value and the expected form, and the default takes its place.
 */
final class ServerConfigParser {

    static final String SESSION_IDLE_TIMEOUT = "session.idle-timeout-seconds";
    static final String SESSION_MAX_SESSIONS = "session.max-sessions";
    static final String SESSION_QUEUE_SIZE = "session.queue-size";
    static final String REQUEST_MAX_BODY_BYTES = "request.max-body-bytes";
    static final String REQUEST_MAX_PARAMETER_LENGTH = "request.max-parameter-length";
    static final String HTTP_MAP_ERROR_STATUS = "http.map-error-status";
    static final String SERVER_GUID = "server.guid";
    static final String PROXY_TRUSTED = "proxy.trusted";
    static final String LOGIN_MAX_FAILURES = "login.max-failures";
    static final String LOGIN_LOCKOUT = "login.lockout-seconds";
    static final String MDF_ALLOWED_HOSTS = "mdf.allowed-hosts";
    static final String MDF_CONNECT_TIMEOUT = "mdf.connect-timeout-seconds";
    static final String MDF_READ_TIMEOUT = "mdf.read-timeout-seconds";
    static final String MDF_MAX_BYTES = "mdf.max-bytes";
    static final String MDF_CACHE_SECONDS = "mdf.cache-seconds";
    static final String STORAGE_JNDI_NAME = "storage.jndi-name";
    static final String CLUSTER_ROUTE = "cluster.route";
    static final String READ_EVENT_MAX_WAIT = "readevent.max-wait-ms";

    /** A route id: it follows the first '.' of a key, so it must not contain one. */
    private static final java.util.regex.Pattern ROUTE =
            java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,32}");

    static final Set<String> KEYS = Set.of(SESSION_IDLE_TIMEOUT, SESSION_MAX_SESSIONS,
            SESSION_QUEUE_SIZE, REQUEST_MAX_BODY_BYTES, REQUEST_MAX_PARAMETER_LENGTH,
            HTTP_MAP_ERROR_STATUS, SERVER_GUID, PROXY_TRUSTED, LOGIN_MAX_FAILURES, LOGIN_LOCKOUT,
            MDF_ALLOWED_HOSTS, MDF_CONNECT_TIMEOUT, MDF_READ_TIMEOUT, MDF_MAX_BYTES,
            MDF_CACHE_SECONDS, CLUSTER_ROUTE, STORAGE_JNDI_NAME, READ_EVENT_MAX_WAIT);

    /** A host name, IPv4 literal or IPv6 literal, after brackets are removed. */
    private static final Pattern HOST = Pattern.compile("[a-z0-9._-]+|[0-9a-f:.]+");

    private static final Logger LOG = Logger.getLogger(ServerConfigParser.class.getName());

    private final Path file;
    private final Properties properties;
    private final List<String> problems;

    /**
     * @param file the file the properties came from, named in messages
     * @param problems receives one sentence per bad value
     */
    ServerConfigParser(Path file, Properties properties, List<String> problems) {
        this.file = file;
        this.properties = properties;
        this.problems = problems;
    }

    /** Builds the settings, logging unknown keys as warnings and adding bad values to problems. */
    ServerConfig parse(Optional<Path> configDir, Path dataDir) {
        warnAboutUnknownKeys();

        Duration idleTimeout = Duration.ofSeconds(readInt(SESSION_IDLE_TIMEOUT,
                (int) ServerConfig.DEFAULT_SESSION_IDLE_TIMEOUT.toSeconds(), 1));
        int maxSessions = readInt(SESSION_MAX_SESSIONS, ServerConfig.DEFAULT_MAX_SESSIONS, 1);
        int queueSize = readInt(SESSION_QUEUE_SIZE, ServerConfig.DEFAULT_QUEUE_SIZE, 1);
        int maxBodyBytes = readInt(REQUEST_MAX_BODY_BYTES, ServerConfig.DEFAULT_MAX_BODY_BYTES, 1);
        int maxParameterLength = readInt(REQUEST_MAX_PARAMETER_LENGTH,
                ServerConfig.DEFAULT_MAX_PARAMETER_LENGTH, 1);
        boolean mapHttpStatus = readBoolean(HTTP_MAP_ERROR_STATUS, false);
        Optional<Guid> serverGuid = readGuid(SERVER_GUID);
        List<AddressRange> trustedProxies = readRanges(PROXY_TRUSTED);
        int loginMaxFailures = readInt(LOGIN_MAX_FAILURES,
                ServerConfig.DEFAULT_LOGIN_MAX_FAILURES, 1);
        Duration loginLockout = Duration.ofSeconds(readInt(LOGIN_LOCKOUT,
                (int) ServerConfig.DEFAULT_LOGIN_LOCKOUT.toSeconds(), 0));
        Optional<String> clusterRoute = readRoute(CLUSTER_ROUTE);
        Duration readEventMaxWait = Duration.ofMillis(readInt(READ_EVENT_MAX_WAIT,
                (int) ServerConfig.DEFAULT_READ_EVENT_MAX_WAIT.toMillis(), 0));
        Optional<String> storageJndiName = readJndiName(STORAGE_JNDI_NAME);

        return new ServerConfig(configDir, dataDir, idleTimeout, maxSessions, queueSize,
                maxBodyBytes, maxParameterLength, mapHttpStatus, serverGuid, trustedProxies,
                loginMaxFailures, loginLockout, clusterRoute, storageJndiName, readMdfSettings(),
                readEventMaxWait);
    }

    private MdfSettings readMdfSettings() {
        List<String> hosts = readHosts(MDF_ALLOWED_HOSTS);
        Duration connectTimeout = Duration.ofSeconds(readInt(MDF_CONNECT_TIMEOUT,
                (int) MdfSettings.DEFAULT_CONNECT_TIMEOUT.toSeconds(), 1));
        Duration readTimeout = Duration.ofSeconds(readInt(MDF_READ_TIMEOUT,
                (int) MdfSettings.DEFAULT_READ_TIMEOUT.toSeconds(), 1));
        int maxBytes = readInt(MDF_MAX_BYTES, MdfSettings.DEFAULT_MAX_BYTES, 1);
        Duration cacheTtl = Duration.ofSeconds(readInt(MDF_CACHE_SECONDS,
                (int) MdfSettings.DEFAULT_CACHE_TTL.toSeconds(), 0));
        return new MdfSettings(hosts, connectTimeout, readTimeout, maxBytes, cacheTtl);
    }

    /** Reads comma-separated host names or IP literals, without schemes, ports or paths. */
    private List<String> readHosts(String key) {
        Optional<String> text = value(key);
        if (text.isEmpty()) {
            return List.of();
        }

        List<String> hosts = new ArrayList<>();
        for (String entry : text.get().split(",", -1)) {
            String host = MdfSettings.normalizeHost(entry);
            if (host.isEmpty() || !HOST.matcher(host).matches()) {
                reject(key, text.get(), "host names or IP literals separated by commas, such as"
                        + " www.vscp.org,127.0.0.1,[::1], without scheme, port or path");
                return List.of();
            }
            hosts.add(host);
        }
        return List.copyOf(hosts);
    }

    private void warnAboutUnknownKeys() {
        Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
        unknown.removeAll(KEYS);
        for (String key : unknown) {
            LOG.warning(() -> "The key '" + key + "' in " + file + " is unknown and ignored;"
                    + " known keys are " + new TreeSet<>(KEYS) + ".");
        }
    }

    private Optional<String> value(String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private int readInt(String key, int defaultValue, int min) {
        Optional<String> text = value(key);
        if (text.isEmpty()) {
            return defaultValue;
        }

        String value = text.get();
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Reported below with the expected form.
        }
        reject(key, value, "a whole number from " + min + " to " + Integer.MAX_VALUE);
        return defaultValue;
    }

    private boolean readBoolean(String key, boolean defaultValue) {
        Optional<String> text = value(key);
        if (text.isEmpty()) {
            return defaultValue;
        }

        String value = text.get().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        reject(key, text.get(), "true or false");
        return defaultValue;
    }

    private Optional<Guid> readGuid(String key) {
        Optional<String> text = value(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }

        try {
            return Optional.of(Guid.parse(text.get()));
        } catch (IllegalArgumentException e) {
            problems.add("In " + file + ", " + key + " is not valid: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<String> readRoute(String key) {
        Optional<String> text = value(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (ROUTE.matcher(text.get()).matches()) {
            return text;
        }
        reject(key, text.get(), "1-32 letters, digits, '_' or '-', such as node1 (no '.',"
                + " because the load balancer reads the route after the first '.' of the key)");
        return Optional.empty();
    }

    private Optional<String> readJndiName(String key) {
        Optional<String> text = value(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }

        String name = text.get();
        boolean plain = name.chars().noneMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c));
        if (!plain) {
            reject(key, name, "a JNDI name without spaces, such as java:comp/env/jdbc/vscp");
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private List<AddressRange> readRanges(String key) {
        Optional<String> text = value(key);
        if (text.isEmpty()) {
            return List.of();
        }

        List<AddressRange> ranges = new ArrayList<>();
        for (String entry : text.get().split(",", -1)) {
            if (entry.isBlank()) {
                reject(key, text.get(), "addresses or CIDR ranges separated by commas,"
                        + " without empty entries");
                return List.of();
            }
            try {
                ranges.add(AddressRange.parse(entry));
            } catch (IllegalArgumentException e) {
                problems.add("In " + file + ", " + key + " is not valid: " + e.getMessage()
                        + " The value is a comma-separated list such as 127.0.0.1,::1,10.0.0.0/8.");
                return List.of();
            }
        }
        return ranges;
    }

    private void reject(String key, String value, String expected) {
        problems.add("In " + file + ", the value '" + value + "' of " + key
                + " is not valid; expected " + expected + ".");
    }
}
