package org.vscp.rest.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vscp.rest.event.Guid;
import org.vscp.rest.security.AddressRange;

/**
 * The server settings of {@code vscp-rest.properties}. Immutable; see {@link ConfigLoader} for
 * each key, its default and its unit.
 *
 * @param configDir the configuration directory, or empty when none was configured
 * @param dataDir the data directory
 * @param sessionIdleTimeout how long a session lives without a request
 * @param maxSessions the maximum number of open sessions
 * @param queueSize the maximum number of events waiting in one session's queue
 * @param maxBodyBytes the maximum size of a POST body in bytes
 * @param maxParameterLength the maximum length of one parameter value in characters
 * @param mapHttpStatus whether errors get a fitting HTTP status instead of 200
 * @param serverGuid the configured server GUID, or empty to derive one
 * @param trustedProxies the direct peers whose {@code X-Forwarded-For} header is believed
 * @param loginMaxFailures consecutive failed logins of one user name from one address before
 *     further logins of that pair are rejected
 * @param loginLockout how long logins of such a pair are rejected after its last failure; zero
 *     disables the lock
 * @param clusterRoute the route id of this node behind a load balancer, appended to every
 *     session key after a '.', or empty on a single server
 * @param storageJndiName the JNDI name of a container-managed {@code DataSource} to store
 *     persistent data in, or empty to use the embedded database in the data directory
 * @param mdf the settings of the mdf operation
 * @param readEventMaxWait the longest time a readevent with a {@code wait} parameter waits for
 *     an event; zero disables waiting, so readevent always answers at once
 */
public record ServerConfig(Optional<Path> configDir, Path dataDir, Duration sessionIdleTimeout,
        int maxSessions, int queueSize, int maxBodyBytes, int maxParameterLength,
        boolean mapHttpStatus, Optional<Guid> serverGuid, List<AddressRange> trustedProxies,
        int loginMaxFailures, Duration loginLockout, Optional<String> clusterRoute,
        Optional<String> storageJndiName, MdfSettings mdf, Duration readEventMaxWait) {

    public static final Duration DEFAULT_SESSION_IDLE_TIMEOUT = Duration.ofMinutes(10);
    public static final int DEFAULT_MAX_SESSIONS = 1000;
    public static final int DEFAULT_QUEUE_SIZE = 1000;
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    public static final int DEFAULT_MAX_PARAMETER_LENGTH = 16 * 1024;
    public static final int DEFAULT_LOGIN_MAX_FAILURES = 5;
    public static final Duration DEFAULT_LOGIN_LOCKOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_READ_EVENT_MAX_WAIT = Duration.ofSeconds(30);

    public ServerConfig {
        trustedProxies = List.copyOf(trustedProxies);
        clusterRoute = clusterRoute == null ? Optional.empty() : clusterRoute;
        Objects.requireNonNull(storageJndiName, "storageJndiName");
        Objects.requireNonNull(mdf, "mdf");
    }

    /** Creates settings with the default longest readevent wait. */
    public ServerConfig(Optional<Path> configDir, Path dataDir, Duration sessionIdleTimeout,
            int maxSessions, int queueSize, int maxBodyBytes, int maxParameterLength,
            boolean mapHttpStatus, Optional<Guid> serverGuid, List<AddressRange> trustedProxies,
            int loginMaxFailures, Duration loginLockout, Optional<String> clusterRoute,
            Optional<String> storageJndiName, MdfSettings mdf) {
        this(configDir, dataDir, sessionIdleTimeout, maxSessions, queueSize, maxBodyBytes,
                maxParameterLength, mapHttpStatus, serverGuid, trustedProxies, loginMaxFailures,
                loginLockout, clusterRoute, storageJndiName, mdf, DEFAULT_READ_EVENT_MAX_WAIT);
    }

    /** Creates settings with the default mdf settings, which leave the operation off. */
    public ServerConfig(Optional<Path> configDir, Path dataDir, Duration sessionIdleTimeout,
            int maxSessions, int queueSize, int maxBodyBytes, int maxParameterLength,
            boolean mapHttpStatus, Optional<Guid> serverGuid, List<AddressRange> trustedProxies,
            int loginMaxFailures, Duration loginLockout, Optional<String> clusterRoute,
            Optional<String> storageJndiName) {
        this(configDir, dataDir, sessionIdleTimeout, maxSessions, queueSize, maxBodyBytes,
                maxParameterLength, mapHttpStatus, serverGuid, trustedProxies, loginMaxFailures,
                loginLockout, clusterRoute, storageJndiName, MdfSettings.defaults());
    }

    /** Returns the settings used when no configuration directory exists, with {@code dataDir}. */
    public static ServerConfig defaults(Path dataDir) {
        return new ServerConfig(Optional.empty(), dataDir, DEFAULT_SESSION_IDLE_TIMEOUT,
                DEFAULT_MAX_SESSIONS, DEFAULT_QUEUE_SIZE, DEFAULT_MAX_BODY_BYTES,
                DEFAULT_MAX_PARAMETER_LENGTH, false, Optional.empty(), List.of(),
                DEFAULT_LOGIN_MAX_FAILURES, DEFAULT_LOGIN_LOCKOUT, Optional.empty(), Optional.empty());
    }
}
