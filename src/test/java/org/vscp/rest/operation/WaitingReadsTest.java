package org.vscp.rest.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;
import org.vscp.rest.format.Reply;
import org.vscp.rest.format.ResultCode;
import org.vscp.rest.security.Authenticator;
import org.vscp.rest.security.LoginThrottle;
import org.vscp.rest.security.Right;
import org.vscp.rest.security.UserDirectory;
import org.vscp.rest.session.EventBus;
import org.vscp.rest.session.Session;
import org.vscp.rest.session.SessionKeys;
import org.vscp.rest.session.SessionManager;
import org.vscp.rest.session.TestUsers;

/** Readevent with a wait parameter, through the dispatcher, with real sessions and timers. */
class WaitingReadsTest {

    private static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    private final EventBus bus = new EventBus();
    private final SessionManager sessions = new SessionManager(bus,
            new SessionKeys(new SecureRandom()), clock, Guid.ZERO, 100, 100,
            Duration.ofMinutes(10));
    private final WaitingReads waitingReads =
            new WaitingReads(MAX_WAIT, WaitingReads.newExecutor(2));
    private final OperationDispatcher dispatcher = new OperationDispatcher(sessions,
            new SessionOperations(sessions, new Authenticator(UserDirectory.empty(),
                    new LoginThrottle(5, Duration.ZERO, clock))),
            new EventOperations(bus, clock, waitingReads));

    @AfterEach
    void stop() {
        waitingReads.close();
    }

    private Session reader() throws Exception {
        return sessions.open(TestUsers.withRights("reader", Right.RECEIVE));
    }

    private static VscpEvent event(int type) {
        return new VscpEvent(0, 20, type, 60000, Instant.parse("2026-12-04T10:00:00Z"), 0,
                Guid.ZERO, new byte[] {1});
    }

    private CompletableFuture<Reply> read(Session session, String... pairs) throws Exception {
        Map<String, String> parameters = new java.util.HashMap<>();
        parameters.put("op", "readevent");
        parameters.put("vscpsession", session.key());
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        return dispatcher.dispatchWaiting(
                new RestRequest(parameters, InetAddress.getLoopbackAddress()));
    }

    private static Reply await(CompletableFuture<Reply> reply) throws Exception {
        return reply.get(10, TimeUnit.SECONDS);
    }

    @Test
    void eventEndsWait() throws Exception {
        Session session = reader();
        CompletableFuture<Reply> reply = read(session, "wait", "5000", "count", "10");
        assertFalse(reply.isDone(), "waits on an empty queue");
        assertEquals(1, waitingReads.waitingCount());

        bus.publish(event(7));

        Reply.Events events = assertInstanceOf(Reply.Events.class, await(reply));
        assertEquals(1, events.events().size());
        assertEquals(7, events.events().get(0).vscpType());
        assertEquals(10, events.requested());
        assertEquals(0, session.queuedCount());
    }

    @Test
    void waitEndsWithQueueEmpty() throws Exception {
        Session session = reader();
        long start = System.nanoTime();

        Reply reply = await(read(session, "wait", "200"));

        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(ResultCode.QUEUE_EMPTY, reply.code());
        assertTrue(elapsedMillis >= 190, "answered after " + elapsedMillis + " ms");
        assertEquals(0, waitingReads.waitingCount());
    }

    @Test
    void waitingReadIsCleanedUp() throws Exception {
        Session session = reader();
        CompletableFuture<Reply> reply = read(session, "wait", "5000");

        bus.publish(event(1));
        await(reply);
        bus.publish(event(2));

        assertEquals(0, waitingReads.waitingCount());
        assertEquals(1, session.queuedCount(), "the second event stays queued");
    }

    @Test
    void queuedEventAnswersAtOnce() throws Exception {
        Session session = reader();
        bus.publish(event(3));

        CompletableFuture<Reply> reply = read(session, "wait", "5000");

        assertTrue(reply.isDone());
        assertInstanceOf(Reply.Events.class, reply.join());
    }

    @Test
    void zeroWaitAnswersAtOnce() throws Exception {
        CompletableFuture<Reply> reply = read(reader(), "wait", "0");

        assertTrue(reply.isDone());
        assertEquals(ResultCode.QUEUE_EMPTY, reply.join().code());
    }

    @Test
    void closeEndsWaitWithInvalidSession() throws Exception {
        Session session = reader();
        CompletableFuture<Reply> reply = read(session, "wait", "5000");

        sessions.close(session.key());

        assertEquals(ResultCode.INVALID_SESSION, await(reply).code());
        assertEquals(0, waitingReads.waitingCount());
    }

    @Test
    void shutdownEndsWaitWithQueueEmpty() throws Exception {
        CompletableFuture<Reply> reply = read(reader(), "wait", "5000");

        waitingReads.close();

        assertEquals(ResultCode.QUEUE_EMPTY, await(reply).code());
    }

    @Test
    void cancelRemovesWaiter() throws Exception {
        Session session = reader();
        CompletableFuture<Reply> reply = read(session, "wait", "5000");

        reply.cancel(false);
        bus.publish(event(4));
        Thread.sleep(100);

        assertEquals(0, waitingReads.waitingCount());
        assertEquals(1, session.queuedCount(), "no cancelled reader took the event");
    }

    @Test
    void twoWaitersShareOneEvent() throws Exception {
        Session session = reader();
        CompletableFuture<Reply> first = read(session, "wait", "300");
        CompletableFuture<Reply> second = read(session, "wait", "300");

        bus.publish(event(5));

        Reply a = await(first);
        Reply b = await(second);
        int delivered = (a instanceof Reply.Events ea ? ea.events().size() : 0)
                + (b instanceof Reply.Events eb ? eb.events().size() : 0);
        assertEquals(1, delivered, a + " / " + b);
    }

    @Test
    void missingRightIsDeniedAtOnce() throws Exception {
        Session session = sessions.open(TestUsers.withRights("sender", Right.SEND));

        CompletableFuture<Reply> reply = read(session, "wait", "5000");

        assertTrue(reply.isDone());
        assertEquals(ResultCode.ACCESS_DENIED, reply.join().code());
    }

    @Test
    void unknownSessionIsInvalid() throws Exception {
        CompletableFuture<Reply> reply = dispatcher.dispatchWaiting(new RestRequest(
                Map.of("op", "readevent", "vscpsession", "0".repeat(32), "wait", "100"),
                InetAddress.getLoopbackAddress()));

        assertTrue(reply.isDone());
        assertEquals(ResultCode.INVALID_SESSION, reply.join().code());
    }

    @ParameterizedTest
    @CsvSource({"-1", "1.5", "10s", "0x10", "' 5 5'"})
    void badWaitIsMissingData(String wait) throws Exception {
        CompletableFuture<Reply> reply = read(reader(), "wait", wait);

        assertTrue(reply.isDone());
        Reply.Failure failure = assertInstanceOf(Reply.Failure.class, reply.join());
        assertEquals(ResultCode.MISSING_DATA, failure.code());
        assertTrue(failure.description().startsWith("The wait '"), failure.description());
    }

    @ParameterizedTest
    @CsvSource({
        "'', 0",
        "0, 0",
        "250, 250",
        "5000, 5000",
        "5001, 5000",
        "99999999999999999999999, 5000",
    })
    void waitIsParsedAndCapped(String text, long expectedMillis) {
        assertEquals(Duration.ofMillis(expectedMillis),
                EventOperations.parseWait(text, MAX_WAIT));
    }

    @Test
    void withoutWaitingReadsWaitIsIgnored() throws Exception {
        Session session = reader();
        OperationDispatcher plain = new OperationDispatcher(sessions,
                new SessionOperations(sessions, new Authenticator(UserDirectory.empty(),
                        new LoginThrottle(5, Duration.ZERO, clock))),
                new EventOperations(bus, clock));

        CompletableFuture<Reply> reply = plain.dispatchWaiting(new RestRequest(
                Map.of("op", "readevent", "vscpsession", session.key(), "wait", "5000"),
                InetAddress.getLoopbackAddress()));

        assertTrue(reply.isDone());
        assertEquals(ResultCode.QUEUE_EMPTY, reply.join().code());
    }

    @Test
    void waitOutsideRangeIsRejected() throws Exception {
        Session session = reader();

        assertThrows(IllegalArgumentException.class, () -> waitingReads.await(session,
                MAX_WAIT.plusMillis(1), java.util.Optional::empty, new Reply.Done()));
    }
}
