package org.vscp.rest.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.vscp.rest.event.VscpEvent;

/**
 * The event bus of one server: every event published by one client goes to every other client,
 * never back to its sender (the client whose id equals the event's obid). Thread-safe.
 */
public final class EventBus {

    /** The highest client id; ids fill the two low bytes of an interface GUID. */
    public static final int MAX_CLIENT_ID = 0xFFFF;

    private final Map<Integer, BusClient> clients = new ConcurrentHashMap<>();
    private final ReentrantLock idLock = new ReentrantLock();
    private int lastClientId;

    /**
     * Reserves a free client id, 1-65535.
     *
     * @throws IllegalStateException when all 65535 ids are taken
     */
    public int allocateClientId() {
        idLock.lock();
        try {
            for (int attempt = 0; attempt < MAX_CLIENT_ID; attempt++) {
                lastClientId = lastClientId % MAX_CLIENT_ID + 1;
                if (!clients.containsKey(lastClientId)) {
                    clients.put(lastClientId, PENDING);
                    return lastClientId;
                }
            }
            throw new IllegalStateException("All 65535 bus client ids are in use.");
        } finally {
            idLock.unlock();
        }
    }

    /**
     * Starts delivering events to {@code client}, whose id must come from {@link
     * #allocateClientId()}.
     */
    public void register(BusClient client) {
        BusClient previous = clients.put(client.clientId(), client);
        if (previous != PENDING) {
            clients.put(client.clientId(), previous);
            throw new IllegalStateException(
                    "Client id " + client.clientId() + " was not allocated or is registered twice.");
        }
    }

    /** Stops delivering events to the client with {@code clientId} and frees the id. */
    public void unregister(int clientId) {
        clients.remove(clientId);
    }

    /**
     * Delivers {@code event} to every registered client except its sender. Does not block; returns
     * the number of clients that received it.
     */
    public int publish(VscpEvent event) {
        int receivers = 0;
        for (BusClient client : clients.values()) {
            if (client != PENDING && client.clientId() != event.obid()) {
                client.deliver(event);
                receivers++;
            }
        }
        return receivers;
    }

    /** Returns the number of registered clients. */
    public int clientCount() {
        return (int) clients.values().stream().filter(client -> client != PENDING).count();
    }

    /** Marks an allocated id until its client registers. */
    private static final BusClient PENDING = new BusClient() {
        @Override
        public int clientId() {
            return 0;
        }

        @Override
        public void deliver(VscpEvent event) {
        }
    };
}
