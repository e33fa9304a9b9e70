package org.vscp.rest.bridge;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of one bridge for the health check and the stock variable.
 *
 * @param name the configured bridge name
 * @param type the bridge type, {@code mqtt} or {@code tcpip}
 * @param target where the bridge connects to, without credentials
 * @param state the connection state
 * @param since when the bridge entered {@code state}
 * @param lastError the last connection error, or empty when there was none since start
 * @param eventsOut events sent to the remote side since start
 * @param eventsIn events received from the remote side and published on the bus since start
 * @param eventsDropped outgoing events dropped because the outgoing queue was full
 */
public record BridgeStatus(String name, String type, String target, BridgeState state,
        Instant since, Optional<String> lastError, long eventsOut, long eventsIn,
        long eventsDropped) {

    public BridgeStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(lastError, "lastError");
    }

    /** Returns whether the bridge is connected. */
    public boolean isUp() {
        return state == BridgeState.CONNECTED;
    }

    /**
     * Returns one line such as {@code daemon mqtt tcp://127.0.0.1:1883 connected since
     * 2026-01-01T10:00:00Z, out 12, in 4, dropped 0}, followed by the last error when there is
     * one.
     */
    public String summary() {
        StringBuilder text = new StringBuilder()
                .append(name).append(' ').append(type).append(' ').append(target).append(' ')
                .append(state.label()).append(" since ").append(since)
                .append(", out ").append(eventsOut)
                .append(", in ").append(eventsIn)
                .append(", dropped ").append(eventsDropped);
        lastError.ifPresent(error -> text.append(", last error: ").append(error));
        return text.toString();
    }
}
