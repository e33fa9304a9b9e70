package org.vscp.rest.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vscp.rest.event.Guid;
import org.vscp.rest.security.User;

/**
 * Opens, finds, closes and expires sessions, and registers each one on the event bus.
 * Thread-safe.
 */
public final class SessionManager {

    private static final Logger LOG = Logger.getLogger(SessionManager.class.getName());

    private final EventBus bus;
    private final SessionKeys keys;
    private final Clock clock;
    private final Guid serverGuid;
    private final int queueSize;
    private final int maxSessions;
    private final Duration idleTimeout;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Semaphore slots;

    /**
     * @param queueSize the capacity of each session's queue, at least 1
     * @param maxSessions the maximum number of open sessions, at least 1
     * @param idleTimeout how long a session lives without a request
     */
    public SessionManager(EventBus bus, SessionKeys keys, Clock clock, Guid serverGuid,
            int queueSize, int maxSessions, Duration idleTimeout) {
        if (maxSessions < 1) {
            throw new IllegalArgumentException("maxSessions must be at least 1, not " + maxSessions);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, not " + idleTimeout);
        }
        this.bus = bus;
        this.keys = keys;
        this.clock = clock;
        this.serverGuid = serverGuid;
        this.queueSize = queueSize;
        this.maxSessions = maxSessions;
        this.idleTimeout = idleTimeout;
        this.slots = new Semaphore(maxSessions);
    }

    /**
     * Opens a session for {@code user} and registers it on the bus.
     *
     * @throws SessionLimitException when {@code maxSessions} sessions are open
     */
    public Session open(User user) throws SessionLimitException {
        if (!slots.tryAcquire()) {
            throw new SessionLimitException("All " + maxSessions
                    + " sessions are in use; close a session or wait until idle ones expire.");
        }

        int clientId;
        try {
            clientId = bus.allocateClientId();
        } catch (IllegalStateException e) {
            slots.release();
            throw new SessionLimitException(e.getMessage());
        }

        Session session = new Session(keys.next(), clientId, user, serverGuid, queueSize,
                clock.instant());
        sessions.put(session.key(), session);
        bus.register(session);
        LOG.fine(() -> "Opened " + session);
        return session;
    }

    /**
     * Returns the open session with {@code key} and marks it active; empty for a null, unknown,
     * closed or expired key.
     */
    public Optional<Session> find(String key) {
        if (key == null) {
            return Optional.empty();
        }

        Session session = sessions.get(keys.normalize(key));
        if (session == null) {
            return Optional.empty();
        }

        Instant now = clock.instant();
        if (isExpired(session, now)) {
            remove(session, "expired");
            return Optional.empty();
        }
        session.touch(now);
        return Optional.of(session);
    }

    /** Closes the session with {@code key}; returns false when no such session was open. */
    public boolean close(String key) {
        Session session = key == null ? null : sessions.get(keys.normalize(key));
        return session != null && remove(session, "closed");
    }

    /** Closes every session idle for longer than the idle time-out; returns how many. */
    public int expireIdle() {
        Instant now = clock.instant();
        int expired = 0;
        for (Session session : sessions.values()) {
            if (isExpired(session, now) && remove(session, "expired")) {
                expired++;
            }
        }
        return expired;
    }

    /** Closes every session, for shutdown. */
    public void closeAll() {
        for (Session session : sessions.values()) {
            remove(session, "closed at shutdown");
        }
    }

    public int openCount() {
        return sessions.size();
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    private boolean isExpired(Session session, Instant now) {
        return session.lastAccess().plus(idleTimeout).isBefore(now);
    }

    private boolean remove(Session session, String reason) {
        if (!sessions.remove(session.key(), session)) {
            return false;
        }
        bus.unregister(session.clientId());
        slots.release();
        session.close();
        LOG.log(Level.FINE, "Session of client {0} {1}", new Object[] {session.clientId(), reason});
        return true;
    }
}
