package org.vscp.rest.session;

import org.vscp.rest.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vscp.rest.event.EventFilter;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;
import org.vscp.rest.security.Right;
import org.vscp.rest.security.User;

class SessionManagerTest {

    private static final Guid SERVER_GUID =
            Guid.parse("FF:FF:FF:FF:FF:FF:FF:FE:01:02:03:04:05:06:00:00");
    private static final User ALICE = TestUsers.withRights("alice", Right.SEND, Right.RECEIVE);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final EventBus bus = new EventBus();

    private SessionManager manager(int queueSize, int maxSessions) {
        return new SessionManager(bus, new SessionKeys(new SecureRandom()), clock, SERVER_GUID,
                queueSize, maxSessions, Duration.ofMinutes(10));
    }

    private static VscpEvent event(int sender, int type) {
        return new VscpEvent(0, 20, type, sender, Instant.parse("2026-12-04T10:00:00Z"), 0,
                Guid.ZERO, new byte[] {1, 2});
    }

    @Test
    void openGivesHexKeyAndInterfaceGuid() throws Exception {
        Session session = manager(10, 10).open(ALICE);

        assertTrue(session.key().matches("[0-9a-f]{32}"), session.key());
        assertEquals(session.clientId(), session.interfaceGuid().byteAt(14) << 8
                | session.interfaceGuid().byteAt(15));
        assertEquals(0xFE, session.interfaceGuid().byteAt(7));
    }

    @Test
    void keysAndClientIdsAreUnique() throws Exception {
        SessionManager manager = manager(10, 100);

        Session first = manager.open(ALICE);
        Session second = manager.open(ALICE);

        assertNotEquals(first.key(), second.key());
        assertNotEquals(first.clientId(), second.clientId());
    }

    @Test
    void idleSessionExpiresAfterTimeout() throws Exception {
        SessionManager manager = manager(10, 10);
        Session session = manager.open(ALICE);

        clock.advance(Duration.ofMinutes(10));
        assertTrue(manager.find(session.key()).isPresent(), "exactly at the time-out");

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertEquals(1, manager.expireIdle());
        assertTrue(manager.find(session.key()).isEmpty());
        assertEquals(0, manager.openCount());
        assertEquals(0, bus.clientCount());
    }

    @Test
    void findKeepsSessionAlive() throws Exception {
        SessionManager manager = manager(10, 10);
        Session session = manager.open(ALICE);

        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(9));
            assertTrue(manager.find(session.key()).isPresent(), "after request " + i);
        }
        assertEquals(0, manager.expireIdle());
    }

    @Test
    void expiredSessionNotFoundBeforeSweep() throws Exception {
        SessionManager manager = manager(10, 10);
        Session session = manager.open(ALICE);

        clock.advance(Duration.ofMinutes(11));

        assertTrue(manager.find(session.key()).isEmpty());
        assertEquals(0, manager.openCount());
    }

    @Test
    void closedSessionIsGone() throws Exception {
        SessionManager manager = manager(10, 10);
        Session session = manager.open(ALICE);

        assertTrue(manager.close(session.key()));

        assertTrue(manager.find(session.key()).isEmpty());
        assertFalse(manager.close(session.key()));
        assertFalse(manager.close(null));
    }

    @Test
    void sessionLimitIsEnforced() throws Exception {
        SessionManager manager = manager(10, 2);
        Session first = manager.open(ALICE);
        manager.open(ALICE);

        SessionLimitException e = assertThrows(SessionLimitException.class,
                () -> manager.open(ALICE));
        assertTrue(e.getMessage().contains("All 2 sessions"), e.getMessage());

        manager.close(first.key());
        manager.open(ALICE);
        assertEquals(2, manager.openCount());
    }

    @Test
    void fullQueueDropsOldestAndCounts() throws Exception {
        Session session = manager(3, 10).open(ALICE);

        for (int type = 1; type <= 5; type++) {
            session.deliver(event(999, type));
        }

        assertEquals(3, session.queuedCount());
        assertEquals(2, session.droppedCount());
        List<VscpEvent> taken = session.take(10);
        assertEquals(List.of(3, 4, 5), taken.stream().map(VscpEvent::vscpType).toList());
    }

    @Test
    void publishSkipsSender() throws Exception {
        SessionManager manager = manager(10, 10);
        Session a = manager.open(ALICE);
        Session b = manager.open(ALICE);
        Session c = manager.open(ALICE);

        int receivers = bus.publish(event(a.clientId(), 7));

        assertEquals(2, receivers);
        assertEquals(0, a.queuedCount());
        assertEquals(1, b.queuedCount());
        assertEquals(1, c.queuedCount());
    }

    @Test
    void filterAppliesToQueuedAndNewEvents() throws Exception {
        SessionManager manager = manager(10, 10);
        Session session = manager.open(ALICE);
        session.deliver(event(999, 1));
        session.deliver(event(999, 2));

        EventFilter onlyType2 = EventFilter.parse("0,0,2,-", "0,0,0xFFFF,-");
        assertEquals(1, session.setFilter(onlyType2));
        session.deliver(event(999, 3));
        session.deliver(event(999, 2));

        assertEquals(List.of(2, 2), session.take(10).stream().map(VscpEvent::vscpType).toList());
        assertEquals(2, session.takeFilteredCount());
        assertEquals(0, session.takeFilteredCount());
    }

    @Test
    void userFilterCannotBeWidened() throws Exception {
        EventFilter class10Only = EventFilter.parse("0,10,0,-", "0,0xFFFF,0,-");
        User restricted = TestUsers.withReceiveFilter("restricted", class10Only);
        Session session = manager(10, 10).open(restricted);

        session.setFilter(EventFilter.ACCEPT_ALL);
        session.deliver(event(999, 1));

        assertEquals(0, session.queuedCount());
    }

    @Test
    void expiryTaskStopsItsThread() throws Exception {
        SessionExpiry expiry = new SessionExpiry(manager(10, 10), Duration.ofMillis(1000));
        expiry.start();
        assertTrue(threadAlive("vscp-session-expiry"));

        expiry.stop();

        assertFalse(threadAlive("vscp-session-expiry"));
    }

    private static boolean threadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals(name) && thread.isAlive());
    }
}
