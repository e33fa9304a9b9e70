package org.vscp.rest.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.vscp.rest.event.Guid;
import org.vscp.rest.security.Right;

class SessionKeysTest {

    @Test
    void keyEndsInRoute() {
        String key = new SessionKeys(new SecureRandom(), "node2").next();

        assertTrue(key.matches("[0-9a-f]{32}\\.node2"), key);
    }

    @Test
    void keyWithoutRouteIsPlainHex() {
        assertTrue(new SessionKeys(new SecureRandom()).next().matches("[0-9a-f]{32}"));
    }

    @Test
    void routeWithDotRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new SessionKeys(new SecureRandom(), "a.b"));
    }

    @Test
    void sessionFoundWithAndWithoutSuffix() throws Exception {
        SessionManager sessions = new SessionManager(new EventBus(),
                new SessionKeys(new SecureRandom(), "n1"), Clock.systemUTC(), Guid.ZERO, 10, 10,
                Duration.ofMinutes(1));
        Session session = sessions.open(TestUsers.withRights("a", Right.RECEIVE));
        String bare = session.key().substring(0, 32);

        assertTrue(sessions.find(session.key()).isPresent());
        assertTrue(sessions.find(bare).isPresent());
        assertTrue(sessions.find(bare + ".n2").isEmpty(), "another node's key is not found");
        assertEquals(true, sessions.close(bare));
    }
}
