package org.vscp.rest.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vscp.rest.event.EventFilter;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;
import org.vscp.rest.security.Right;
import org.vscp.rest.testing.MutableClock;

class QueueListenerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final EventBus bus = new EventBus();
    private final SessionManager manager = new SessionManager(bus,
            new SessionKeys(new SecureRandom()), clock, Guid.ZERO, 10, 10, Duration.ofMinutes(10));

    /** Records every call as "queued N" (N events waiting at that moment) or "closed". */
    private static final class Recorder implements QueueListener {
        final List<String> calls = new ArrayList<>();

        @Override
        public void eventQueued(Session session) {
            calls.add("queued " + session.queuedCount());
        }

        @Override
        public void sessionClosed(Session session) {
            calls.add("closed");
        }
    }

    private static VscpEvent event(int sender, int vscpClass) {
        return new VscpEvent(0, vscpClass, 1, sender, Instant.parse("2026-12-04T10:00:00Z"), 0,
                Guid.ZERO, new byte[0]);
    }

    private Session open() throws SessionLimitException {
        return manager.open(TestUsers.withRights("reader", Right.RECEIVE));
    }

    @Test
    void listenerHearsQueuedEvent() throws Exception {
        Session session = open();
        Recorder recorder = new Recorder();

        assertTrue(session.addQueueListener(recorder));
        bus.publish(event(999, 20));

        assertEquals(List.of("queued 1"), recorder.calls);
    }

    @Test
    void filteredEventIsNotHeard() throws Exception {
        Session session = open();
        session.setFilter(EventFilter.parse("0,10,0", "0,0xFFFF,0"));
        Recorder recorder = new Recorder();
        session.addQueueListener(recorder);

        bus.publish(event(999, 20));

        assertEquals(List.of(), recorder.calls);
        assertEquals(0, session.queuedCount());
    }

    @Test
    void removedListenerHearsNothing() throws Exception {
        Session session = open();
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        session.addQueueListener(first);
        session.addQueueListener(second);

        session.removeQueueListener(first);
        bus.publish(event(999, 20));

        assertEquals(List.of(), first.calls);
        assertEquals(List.of("queued 1"), second.calls);
    }

    @Test
    void closeTellsListenerOnce() throws Exception {
        Session session = open();
        Recorder recorder = new Recorder();
        session.addQueueListener(recorder);

        manager.close(session.key());
        manager.close(session.key());

        assertEquals(List.of("closed"), recorder.calls);
        assertTrue(session.isClosed());
    }

    @Test
    void expiryTellsListener() throws Exception {
        Session session = open();
        Recorder recorder = new Recorder();
        session.addQueueListener(recorder);

        clock.advance(Duration.ofMinutes(11));
        manager.expireIdle();

        assertEquals(List.of("closed"), recorder.calls);
    }

    @Test
    void closedSessionRejectsListener() throws Exception {
        Session session = open();
        manager.close(session.key());

        assertFalse(session.addQueueListener(new Recorder()));
    }
}
