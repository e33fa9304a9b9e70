package org.vscp.rest.security;

import org.vscp.rest.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vscp.rest.security.AddressRangeTest.ip;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final InetAddress CLIENT = ip("192.0.2.10");
    private static final InetAddress OTHER_CLIENT = ip("192.0.2.11");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(30), clock);

    private void fail(InetAddress address, String user) {
        assertEquals(Optional.empty(), throttle.tryBegin(address, user));
        throttle.recordFailure(address, user);
    }

    @Test
    void locksAfterMaxFailures() {
        fail(CLIENT, "admin");
        fail(CLIENT, "admin");
        assertEquals(Optional.empty(), throttle.remainingLockout(CLIENT, "admin"));

        fail(CLIENT, "admin");

        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.tryBegin(CLIENT, "admin"));
    }

    @Test
    void lockingFailureIsReported() {
        assertEquals(Optional.empty(), throttle.tryBegin(CLIENT, "admin"));
        assertFalse(throttle.recordFailure(CLIENT, "admin"));
        assertEquals(Optional.empty(), throttle.tryBegin(CLIENT, "admin"));
        assertFalse(throttle.recordFailure(CLIENT, "admin"));
        assertEquals(Optional.empty(), throttle.tryBegin(CLIENT, "admin"));

        assertTrue(throttle.recordFailure(CLIENT, "admin"));
    }

    @Test
    void remainingTimeRoundsUp() {
        fail(CLIENT, "admin");
        fail(CLIENT, "admin");
        fail(CLIENT, "admin");

        clock.advance(Duration.ofMillis(10_500));

        assertEquals(Optional.of(Duration.ofSeconds(20)), throttle.tryBegin(CLIENT, "admin"));
        clock.advance(Duration.ofMillis(19_400));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.tryBegin(CLIENT, "admin"));
    }

    @Test
    void releasesAfterLockout() {
        fail(CLIENT, "admin");
        fail(CLIENT, "admin");
        fail(CLIENT, "admin");

        clock.advance(Duration.ofSeconds(30));

        assertEquals(Optional.empty(), throttle.remainingLockout(CLIENT, "admin"));
        assertEquals(Optional.empty(), throttle.tryBegin(CLIENT, "admin"));
    }

    @Test
    void failureAfterLockoutLocksAgain() {
        fail(CLIENT, "admin");
        fail(CLIENT, "admin");
        fail(CLIENT, "admin");
        clock.advance(Duration.ofSeconds(31));

        fail(CLIENT, "admin");

        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.tryBegin(CLIENT, "admin"));
    }

    @Test
    void successResetsFailures() {
        fail(CLIENT, "admin");
        fail(CLIENT, "admin");
        assertEquals(Optional.empty(), throttle.tryBegin(CLIENT, "admin"));
        throttle.recordSuccess(CLIENT, "admin");

        fail(CLIENT, "admin");
        fail(CLIENT, "admin");

        assertEquals(Optional.empty(), throttle.tryBegin(CLIENT, "admin"));
        assertEquals(1, throttle.size());
    }

    @Test
    void lockIsPerUserAndAddress() {
        fail(CLIENT, "admin");
        fail(CLIENT, "admin");
        fail(CLIENT, "admin");

        assertTrue(throttle.remainingLockout(CLIENT, "admin").isPresent());
        assertEquals(Optional.empty(), throttle.tryBegin(OTHER_CLIENT, "admin"));
        assertEquals(Optional.empty(), throttle.tryBegin(CLIENT, "Admin"));
        assertEquals(Optional.empty(), throttle.tryBegin(CLIENT, "operator"));
    }

    @Test
    void parallelAttemptsCountAgainstLimit() {
        assertEquals(Optional.empty(), throttle.tryBegin(CLIENT, "admin"));
        assertEquals(Optional.empty(), throttle.tryBegin(CLIENT, "admin"));
        assertEquals(Optional.empty(), throttle.tryBegin(CLIENT, "admin"));

        assertEquals(Optional.of(LoginThrottle.BUSY_WAIT), throttle.tryBegin(CLIENT, "admin"));
    }

    @Test
    void oneAttemptAtATimeAfterLockout() {
        fail(CLIENT, "admin");
        fail(CLIENT, "admin");
        fail(CLIENT, "admin");
        clock.advance(Duration.ofSeconds(30));

        assertEquals(Optional.empty(), throttle.tryBegin(CLIENT, "admin"));

        assertEquals(Optional.of(LoginThrottle.BUSY_WAIT), throttle.tryBegin(CLIENT, "admin"));
    }

    @Test
    void zeroLockoutNeverLocks() {
        LoginThrottle open = new LoginThrottle(1, Duration.ZERO, clock);

        assertEquals(Optional.empty(), open.tryBegin(CLIENT, "admin"));
        assertFalse(open.recordFailure(CLIENT, "admin"));

        assertEquals(Optional.empty(), open.tryBegin(CLIENT, "admin"));
    }

    @Test
    void entriesAreBounded() {
        LoginThrottle small = new LoginThrottle(3, Duration.ofSeconds(30), clock, 4);

        for (int i = 0; i < 100; i++) {
            assertEquals(Optional.empty(), small.tryBegin(CLIENT, "user" + i));
            small.recordFailure(CLIENT, "user" + i);
        }

        assertEquals(4, small.size());
    }

    @Test
    void evictionSparesLockedEntries() {
        LoginThrottle small = new LoginThrottle(3, Duration.ofSeconds(30), clock, 4);
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), small.tryBegin(CLIENT, "admin"));
            small.recordFailure(CLIENT, "admin");
        }

        for (int i = 0; i < 100; i++) {
            assertEquals(Optional.empty(), small.tryBegin(OTHER_CLIENT, "guess" + i));
            small.recordFailure(OTHER_CLIENT, "guess" + i);
        }

        assertEquals(4, small.size());
        assertEquals(Optional.of(Duration.ofSeconds(30)), small.tryBegin(CLIENT, "admin"));
    }

    @Test
    void longNamesShareOneEntry() {
        String prefix = "x".repeat(300);

        fail(CLIENT, prefix + "a");
        fail(CLIENT, prefix + "b");
        fail(CLIENT, prefix + "c");

        assertEquals(1, throttle.size());
        assertTrue(throttle.remainingLockout(CLIENT, prefix + "d").isPresent());
    }

    @Test
    void constructorRejectsBadLimits() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottle(0, Duration.ofSeconds(1), clock));
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottle(1, Duration.ofSeconds(-1), clock));
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottle(1, Duration.ofSeconds(1), clock, 0));
    }
}
