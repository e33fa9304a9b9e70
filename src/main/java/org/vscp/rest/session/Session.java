package org.vscp.rest.session;

import java.time.Instant;
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

    /** Queues {@code event} if both the user's forced filter and the session filter accept it. */
    @Override
    public void deliver(VscpEvent event) {
        if (accepts(event)) {
            queue.add(event);
        } else {
            filteredCount.incrementAndGet();
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
