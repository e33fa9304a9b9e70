package org.vscp.rest.session;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.vscp.rest.event.EventFilter;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;
import org.vscp.rest.security.User;

/**
 * One open REST session: a bus client with a queue, a receive filter and an idle clock.
 * Thread-safe.
 */
public final class Session implements BusClient {

    private final String key;
    private final int clientId;
    private final User user;
    private final Guid interfaceGuid;
    private final EventQueue queue;
    private final EventFilter userFilter;
    private volatile EventFilter filter = EventFilter.ACCEPT_ALL;
    private final AtomicLong filteredCount = new AtomicLong();
    private volatile Instant lastAccess;

    /** Copy-on-write, so that delivering an event reads one volatile field and allocates nothing. */
    private volatile QueueListener[] listeners = NO_LISTENERS;
    private boolean closed;

    private static final QueueListener[] NO_LISTENERS = {};

    Session(String key, int clientId, User user, Guid serverGuid, int queueSize, Instant now) {
        this.key = key;
        this.clientId = clientId;
        this.user = user;
        this.interfaceGuid = serverGuid.withClientId(clientId);
        this.queue = new EventQueue(queueSize);
        this.userFilter = user.receiveFilter().orElse(EventFilter.ACCEPT_ALL);
        this.lastAccess = now;
    }

    public String key() {
        return key;
    }

    @Override
    public int clientId() {
        return clientId;
    }

    public User user() {
        return user;
    }

    /** Returns the server GUID with its two low bytes set to this session's client id. */
    public Guid interfaceGuid() {
        return interfaceGuid;
    }

    /**
     * Queues {@code event} if both the user's forced filter and the session filter accept it,
     * then tells the queue listeners.
     */
    @Override
    public void deliver(VscpEvent event) {
        if (!accepts(event)) {
            filteredCount.incrementAndGet();
            return;
        }

        queue.add(event);
        for (QueueListener listener : listeners) {
            listener.eventQueued(this);
        }
    }

    private boolean accepts(VscpEvent event) {
        return userFilter.accepts(event) && filter.accepts(event);
    }

    /**
     * Replaces the session filter and removes the waiting events it rejects.
     *
     * @return the number of waiting events removed
     */
    public int setFilter(EventFilter newFilter) {
        this.filter = newFilter;
        int removed = queue.retain(this::accepts);
        filteredCount.addAndGet(removed);
        return removed;
    }

    public EventFilter filter() {
        return filter;
    }

    /** Removes and returns up to {@code maxCount} waiting events, oldest first. */
    public List<VscpEvent> take(long maxCount) {
        return queue.take(maxCount);
    }

    /** Returns and resets the number of events the filters rejected since the last call. */
    public int takeFilteredCount() {
        return (int) Math.min(Integer.MAX_VALUE, filteredCount.getAndSet(0));
    }

    public void clearQueue() {
        queue.clear();
    }

    public int queuedCount() {
        return queue.size();
    }

    public long droppedCount() {
        return queue.droppedCount();
    }

    /**
     * Adds {@code listener}, which is told about every event queued from now on and about the
     * end of the session. Does nothing and returns false when the session is already closed.
     */
    public boolean addQueueListener(QueueListener listener) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            QueueListener[] current = listeners;
            QueueListener[] grown = Arrays.copyOf(current, current.length + 1);
            grown[current.length] = listener;
            listeners = grown;
            return true;
        }
    }

    /** Removes {@code listener}; does nothing when it was not added. */
    public synchronized void removeQueueListener(QueueListener listener) {
        QueueListener[] current = listeners;
        for (int i = 0; i < current.length; i++) {
            if (current[i] == listener) {
                QueueListener[] shrunk = new QueueListener[current.length - 1];
                System.arraycopy(current, 0, shrunk, 0, i);
                System.arraycopy(current, i + 1, shrunk, i, current.length - i - 1);
                listeners = shrunk.length == 0 ? NO_LISTENERS : shrunk;
                return;
            }
        }
    }

    /** Returns whether the session was closed or expired. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /** Marks the session closed and tells each queue listener once; later calls do nothing. */
    void close() {
        QueueListener[] toTell;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toTell = listeners;
            listeners = NO_LISTENERS;
        }

        for (QueueListener listener : toTell) {
            listener.sessionClosed(this);
        }
    }

    void touch(Instant now) {
        lastAccess = now;
    }

    Instant lastAccess() {
        return lastAccess;
    }

    @Override
    public String toString() {
        return "Session[client " + clientId + ", user " + user.name() + "]";
    }
}
