package org.vscp.rest.bridge;

import org.vscp.rest.session.BusClient;

/**
 * A link between the event bus and a remote VSCP network. A bridge is one more client of the bus:
 * events that sessions send go out through it, and events that arrive from the remote side are
 * published on the bus with the bridge's client id as obid, so they never come back to it.
 */
public interface Bridge extends BusClient {

    /** Returns the configured name, unique among the bridges of one server. */
    String name();

    /**
     * Registers the bridge on the bus and starts connecting in the background. Does not block on
     * the network. Call at most once.
     *
     * @throws IllegalStateException when the bridge was already started or no bus client id is
     *     free
     */
    void start();

    /**
     * Disconnects, stops the background threads and unregisters from the bus. Blocks for at most
     * a few seconds. Safe to call more than once and on a bridge that never started.
     *
     * @throws BridgeCloseException when a thread or socket could not be released; the bridge is
     *     unregistered from the bus even then
     */
    void close() throws BridgeCloseException;

    /** Returns the connection state. */
    BridgeState state();

    /** Returns a snapshot of the state and the event counters. */
    BridgeStatus status();

    /** Returns {@link BridgeStatus#summary()} of the current status. */
    default String summary() {
        return status().summary();
    }
}
