package org.vscp.rest.bridge;

import java.time.Duration;
import java.util.Objects;

/**
 * The configuration of a VSCP TCP/IP link bridge.
 *
 * @param settings the name, backoff and queue size
 * @param enabled whether the bridge runs
 * @param host the host name or address of the link server
 * @param port the TCP port, 9598 by default
 * @param user the user name for {@code USER}
 * @param password the password for {@code PASS}; never logged
 * @param receiveMode how events are received
 * @param pollInterval the pause between {@code RETR} polls in {@link ReceiveMode#POLL}
 * @param keepAlive the idle time after which a {@code NOOP} checks the sending channel
 * @param connectTimeout how long opening a connection may take
 * @param responseTimeout how long the server may take to answer a command, and in {@code
 *     RCVLOOP} the longest silence before the connection counts as lost
 */
public record TcpLinkBridgeConfig(BridgeSettings settings, boolean enabled, String host, int port,
        String user, String password, ReceiveMode receiveMode, Duration pollInterval,
        Duration keepAlive, Duration connectTimeout, Duration responseTimeout)
        implements BridgeConfig {

    public static final int DEFAULT_PORT = 9598;

    public TcpLinkBridgeConfig {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(receiveMode, "receiveMode");
    }

    /** Returns {@code vscp://host:port} for logs and status. */
    public String target() {
        return "vscp://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** How the bridge receives events from the link server. */
    public enum ReceiveMode {

        /** Tries {@code RCVLOOP}; falls back to polling when the server answers -OK. */
        AUTO,

        /** The server pushes events after {@code RCVLOOP}. */
        RCVLOOP,

        /** The bridge asks with {@code RETR} every poll interval. */
        POLL,

        /** Nothing is received; the bridge only sends. */
        NONE
    }
}
