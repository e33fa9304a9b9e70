package org.vscp.rest.session;

import org.vscp.rest.event.VscpEvent;

/** A receiver on the {@link EventBus}: a session or a bridge. */
public interface BusClient {

    /** Returns the client id, 1-65535, which is also the obid of the events this client sends. */
    int clientId();

    /**
     * Takes one event published by another client. Must not block: called on the publisher's
     * thread once for every receiving client.
     */
    void deliver(VscpEvent event);
}
