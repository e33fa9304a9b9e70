package org.vscp.rest.bridge;

import java.util.Objects;

/**
 * The settings every bridge has.
 *
 * @param name the bridge name, unique in {@code bridges.json}, used in logs and thread names
 * @param backoff the waits between reconnect attempts
 * @param queueSize how many outgoing events wait at most while the bridge is disconnected
 */
public record BridgeSettings(String name, Backoff backoff, int queueSize) {

    public static final int DEFAULT_QUEUE_SIZE = 10_000;

    public BridgeSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(backoff, "backoff");
        if (queueSize < 1) {
            throw new IllegalArgumentException(
                    "The outgoing queue of bridge '" + name + "' needs room for 1 event, not "
                            + queueSize + ".");
        }
    }
}
