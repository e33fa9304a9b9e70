package org.vscp.rest.security;

import org.vscp.rest.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vscp.rest.security.AddressRangeTest.ip;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vscp.rest.format.ResultCode;

class AuthenticatorTest {

    private static final InetAddress LOOPBACK = ip("127.0.0.1");
    private static final InetAddress OUTSIDE = ip("203.0.113.5");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final User admin = new User("admin",
            PasswordHash.create("secret".toCharArray(), PasswordHashTest.FAST), Set.of(Right.ADMIN),
            List.of(AddressRange.parse("127.0.0.0/8"), AddressRange.parse("::1")), List.of(),
            Optional.empty());
    private final User nowhere = new User("nowhere",
            PasswordHash.create("pw".toCharArray(), PasswordHashTest.FAST), Set.of(Right.RECEIVE),
            List.of(), List.of(), Optional.empty());
    private final Authenticator authenticator = new Authenticator(
            UserDirectory.of(List.of(admin, nowhere)),
            new LoginThrottle(3, Duration.ofSeconds(30), clock));

    private final Logger logger = Logger.getLogger(Authenticator.class.getName());
    private final List<LogRecord> logRecords = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            logRecords.add(logRecord);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        logger.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        logger.removeHandler(capture);
    }

    private static Authentication.Rejected rejected(Authentication outcome) {
        return assertInstanceOf(Authentication.Rejected.class, outcome);
    }

    @Test
    void correctLoginIsAccepted() {
        Authentication outcome = authenticator.authenticate("admin", "secret", LOOPBACK);

        assertSame(admin, assertInstanceOf(Authentication.Accepted.class, outcome).user());
    }

    @Test
    void ipv6LoopbackIsAccepted() {
        Authentication outcome = authenticator.authenticate("admin", "secret", ip("::1"));

        assertInstanceOf(Authentication.Accepted.class, outcome);
    }

    @Test
    void unknownUserIsInvalidUser() {
        Authentication.Rejected outcome =
                rejected(authenticator.authenticate("nobody", "secret", LOOPBACK));

        assertEquals(ResultCode.INVALID_USER, outcome.code());
        assertEquals("No user with this name exists; check the user name.", outcome.description());
    }

    @Test
    void userNameIsCaseSensitive() {
        Authentication.Rejected outcome =
                rejected(authenticator.authenticate("Admin", "secret", LOOPBACK));

        assertEquals(ResultCode.INVALID_USER, outcome.code());
    }

    @Test
    void foreignAddressIsInvalidOrigin() {
        Authentication.Rejected outcome =
                rejected(authenticator.authenticate("admin", "secret", OUTSIDE));

        assertEquals(ResultCode.INVALID_ORIGIN, outcome.code());
        assertEquals("This user may not log in from the address 203.0.113.5; the administrator"
                + " can add it to the user's allowed addresses.", outcome.description());
    }

    @Test
    void emptyAddressListAllowsNobody() {
        Authentication.Rejected outcome =
                rejected(authenticator.authenticate("nowhere", "pw", LOOPBACK));

        assertEquals(ResultCode.INVALID_ORIGIN, outcome.code());
    }

    @Test
    void wrongPasswordIsInvalidPassword() {
        Authentication.Rejected outcome =
                rejected(authenticator.authenticate("admin", "Secret", LOOPBACK));

        assertEquals(ResultCode.INVALID_PASSWORD, outcome.code());
        assertEquals("The password is wrong; check it and try again.", outcome.description());
    }

    @Test
    void repeatedFailuresAreThrottled() {
        for (int i = 0; i < 3; i++) {
            authenticator.authenticate("admin", "wrong" + i, LOOPBACK);
        }

        Authentication.Rejected outcome =
                rejected(authenticator.authenticate("admin", "secret", LOOPBACK));

        assertEquals(ResultCode.INVALID_PASSWORD, outcome.code());
        assertEquals("Too many failed logins for this user from this address; wait 30 seconds"
                + " before trying again.", outcome.description());
    }

    @Test
    void throttleReleasesAfterLockout() {
        for (int i = 0; i < 3; i++) {
            authenticator.authenticate("admin", "wrong" + i, LOOPBACK);
        }
        clock.advance(Duration.ofSeconds(29));
        assertEquals(ResultCode.INVALID_PASSWORD,
                rejected(authenticator.authenticate("admin", "secret", LOOPBACK)).code());

        clock.advance(Duration.ofSeconds(1));

        assertInstanceOf(Authentication.Accepted.class,
                authenticator.authenticate("admin", "secret", LOOPBACK));
    }

    @Test
    void throttleMessageUsesSingularSecond() {
        for (int i = 0; i < 3; i++) {
            authenticator.authenticate("admin", "wrong" + i, LOOPBACK);
        }
        clock.advance(Duration.ofMillis(29_500));

        Authentication.Rejected outcome =
                rejected(authenticator.authenticate("admin", "secret", LOOPBACK));

        assertEquals("Too many failed logins for this user from this address; wait 1 second"
                + " before trying again.", outcome.description());
    }

    @Test
    void successResetsFailureCount() {
        authenticator.authenticate("admin", "wrong", LOOPBACK);
        authenticator.authenticate("admin", "wrong", LOOPBACK);
        assertInstanceOf(Authentication.Accepted.class,
                authenticator.authenticate("admin", "secret", LOOPBACK));

        authenticator.authenticate("admin", "wrong", LOOPBACK);
        authenticator.authenticate("admin", "wrong", LOOPBACK);

        assertInstanceOf(Authentication.Accepted.class,
                authenticator.authenticate("admin", "secret", LOOPBACK));
    }

    @Test
    void throttleIsPerAddress() {
        for (int i = 0; i < 3; i++) {
            authenticator.authenticate("admin", "wrong", LOOPBACK);
        }

        Authentication outcome = authenticator.authenticate("admin", "secret", ip("127.0.0.2"));

        assertInstanceOf(Authentication.Accepted.class, outcome);
    }

    @Test
    void unknownUsersAreThrottledToo() {
        for (int i = 0; i < 3; i++) {
            assertEquals(ResultCode.INVALID_USER,
                    rejected(authenticator.authenticate("ghost", "pw", LOOPBACK)).code());
        }

        Authentication.Rejected outcome =
                rejected(authenticator.authenticate("ghost", "pw", LOOPBACK));

        assertEquals(ResultCode.INVALID_PASSWORD, outcome.code());
        assertTrue(outcome.description().startsWith("Too many failed logins"));
    }

    @Test
    void emptyDirectoryRejectsEveryone() {
        Authenticator empty = new Authenticator(UserDirectory.empty(),
                new LoginThrottle(3, Duration.ofSeconds(30), clock));

        Authentication.Rejected outcome = rejected(empty.authenticate("admin", "secret", LOOPBACK));

        assertEquals(ResultCode.INVALID_USER, outcome.code());
    }

    @Test
    void failuresAreLoggedWithoutPassword() {
        authenticator.authenticate("admin", "hunter2-wrong", LOOPBACK);
        authenticator.authenticate("nobody", "hunter2-other", OUTSIDE);

        assertEquals(2, logRecords.size());
        assertEquals(Level.INFO, logRecords.get(0).getLevel());
        assertEquals("Login rejected: wrong password for user 'admin' from 127.0.0.1.",
                logRecords.get(0).getMessage());
        assertEquals("Login rejected: unknown user 'nobody' from 203.0.113.5.",
                logRecords.get(1).getMessage());
        for (LogRecord logRecord : logRecords) {
            assertFalse(logRecord.getMessage().contains("hunter2"), logRecord.getMessage());
        }
    }

    @Test
    void lockIsLoggedAsWarning() {
        for (int i = 0; i < 3; i++) {
            authenticator.authenticate("admin", "wrong", LOOPBACK);
        }

        LogRecord last = logRecords.get(logRecords.size() - 1);

        assertEquals(Level.WARNING, last.getLevel());
        assertEquals("Logins for user 'admin' from 127.0.0.1 are locked for 30 seconds after 3"
                + " consecutive failures.", last.getMessage());
    }

    @Test
    void logEscapesControlCharacters() {
        authenticator.authenticate("evil\nINFO: forged", "pw", LOOPBACK);

        assertEquals("Login rejected: unknown user 'evil\\u000aINFO: forged' from 127.0.0.1.",
                logRecords.get(0).getMessage());
    }
}
