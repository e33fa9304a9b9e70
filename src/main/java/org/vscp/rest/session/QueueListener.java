package org.vscp.rest.session;

/**
 * Receives notice when an event enters one session's queue or when the session closes. Both
 * methods run on the thread that delivers the event or closes the session, so they must return
 * quickly and must not block.
 */
public interface QueueListener {

    /** Called after {@code session} queued an event that its filters accepted. */
    void eventQueued(Session session);

    /** Called once when {@code session} is closed or expires; no calls follow. */
    void sessionClosed(Session session);
}
