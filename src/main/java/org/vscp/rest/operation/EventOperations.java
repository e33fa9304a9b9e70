package org.vscp.rest.operation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.vscp.rest.event.EventDraft;
import org.vscp.rest.event.EventFilter;
import org.vscp.rest.event.EventStrings;
import org.vscp.rest.event.MalformedEventException;
import org.vscp.rest.event.VscpEvent;
import org.vscp.rest.format.Reply;
import org.vscp.rest.format.ResultCode;
import org.vscp.rest.security.Right;
import org.vscp.rest.session.EventBus;
import org.vscp.rest.session.Session;
import org.vscp.rest.text.ClientText;

/** The operations sendevent, readevent, setfilter and clearqueue. Thread-safe. */
public final class EventOperations {

    private static final String QUEUE_EMPTY_DESCRIPTION =
            "No events are waiting in the queue of this session; read again later.";

    private final EventBus bus;
    private final Clock clock;
    private final WaitingReads waitingReads;

    /** Creates the operations without long-polling: readevent ignores a valid {@code wait}. */
    public EventOperations(EventBus bus, Clock clock) {
        this(bus, clock, null);
    }

    /**
     * @param waitingReads the registry of readevent requests that wait for an event, or null to
     *     answer every readevent at once
     */
    public EventOperations(EventBus bus, Clock clock, WaitingReads waitingReads) {
        this.bus = bus;
        this.clock = clock;
        this.waitingReads = waitingReads;
    }

    Reply sendEvent(Session session, RestRequest request) {
        Reply denied = requireRight(session, Right.SEND, "sendevent");
        if (denied != null) {
            return denied;
        }

        String text = request.parameter("vscpevent");
        if (text == null || text.isBlank()) {
            return new Reply.Failure(ResultCode.MISSING_DATA, "The parameter vscpevent is "
                    + "missing; give the event as head,class,type,obid,datetime,timestamp,GUID,"
                    + "data.");
        }

        VscpEvent event;
        try {
            EventDraft draft = EventStrings.parse(text);
            event = draft.complete(session.clientId(), session.interfaceGuid(), clock);
        } catch (MalformedEventException e) {
            return new Reply.Failure(ResultCode.MISSING_DATA, e.getMessage());
        }

        if (!session.user().maySend(event)) {
            return new Reply.Failure(ResultCode.ACCESS_DENIED, "User " + session.user().name()
                    + " may not send events of class " + event.vscpClass() + ", type "
                    + event.vscpType() + ".");
        }

        bus.publish(event);
        return new Reply.Done();
    }

    Reply readEvent(Session session, RestRequest request) {
        Reply denied = requireRight(session, Right.RECEIVE, "readevent");
        if (denied != null) {
            return denied;
        }

        long count;
        try {
            count = parseCount(request.parameter("count"));
        } catch (IllegalArgumentException e) {
            return new Reply.Failure(ResultCode.MISSING_DATA, e.getMessage());
        }

        return takeEvents(session, count).orElseGet(EventOperations::queueEmpty);
    }

    /**
     * Runs readevent with a {@code wait} parameter. When the queue is empty, the returned stage
     * completes once an event arrives, the wait ends (error -6) or the session closes (error
     * -2). Does not block. Without long-polling, or with {@code wait=0}, the stage is complete
     * at once and the answer equals that of {@link #readEvent}.
     */
    CompletableFuture<Reply> readEventWaiting(Session session, RestRequest request) {
        Reply denied = requireRight(session, Right.RECEIVE, "readevent");
        if (denied != null) {
            return CompletableFuture.completedFuture(denied);
        }

        long count;
        Duration wait;
        try {
            count = parseCount(request.parameter("count"));
            wait = parseWait(request.parameter("wait"), maxWait());
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(
                    new Reply.Failure(ResultCode.MISSING_DATA, e.getMessage()));
        }

        Optional<Reply> ready = takeEvents(session, count);
        if (ready.isPresent() || wait.isZero()) {
            return CompletableFuture.completedFuture(ready.orElseGet(EventOperations::queueEmpty));
        }
        return waitingReads.await(session, wait, () -> takeEvents(session, count), queueEmpty());
    }

    private Duration maxWait() {
        return waitingReads == null ? Duration.ZERO : waitingReads.maxWait();
    }

    /** Takes up to {@code count} events; empty when the queue is empty. */
    private static Optional<Reply> takeEvents(Session session, long count) {
        int available = session.queuedCount();
        if (available == 0) {
            return Optional.empty();
        }

        List<VscpEvent> events = session.take(count);
        return Optional.of(
                new Reply.Events(count, available, events, session.takeFilteredCount(), 0));
    }

    private static Reply queueEmpty() {
        return new Reply.Failure(ResultCode.QUEUE_EMPTY, QUEUE_EMPTY_DESCRIPTION);
    }

    Reply setFilter(Session session, RestRequest request) {
        Reply denied = requireRight(session, Right.RECEIVE, "setfilter");
        if (denied != null) {
            return denied;
        }

        String filter = request.parameter("vscpfilter");
        String mask = request.parameter("vscpmask");
        if (filter == null || mask == null) {
            return new Reply.Failure(ResultCode.MISSING_DATA, "The parameter "
                    + (filter == null ? "vscpfilter" : "vscpmask") + " is missing; setfilter "
                    + "needs vscpfilter and vscpmask, each as priority,class,type,GUID.");
        }

        try {
            session.setFilter(EventFilter.parse(filter, mask));
        } catch (MalformedEventException e) {
            return new Reply.Failure(ResultCode.MISSING_DATA, e.getMessage());
        }
        return new Reply.Done();
    }

    Reply clearQueue(Session session) {
        Reply denied = requireRight(session, Right.RECEIVE, "clearqueue");
        if (denied != null) {
            return denied;
        }
        session.clearQueue();
        return new Reply.Done();
    }

    /**
     * Parses {@code count}: a positive integer, default 1. Numbers beyond the range of a long are
     * taken as "all", because clients pass huge values to mean that.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    static long parseCount(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }

        String digits = text.strip();
        if (!isDigits(digits)) {
            throw new IllegalArgumentException("The count '" + ClientText.shorten(digits)
                    + "' is not a positive integer; give 1 or more.");
        }

        long count;
        try {
            count = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            count = Long.MAX_VALUE;
        }
        if (count < 1) {
            throw new IllegalArgumentException(
                    "The count " + digits + " is not a positive integer; give 1 or more.");
        }
        return count;
    }

    /**
     * Parses {@code wait}: whole milliseconds, 0 or more, default 0. Longer waits, including
     * numbers beyond the range of a long, are cut to {@code maxWait}.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    static Duration parseWait(String text, Duration maxWait) {
        if (text == null || text.isBlank()) {
            return Duration.ZERO;
        }

        String digits = text.strip();
        if (!isDigits(digits)) {
            throw new IllegalArgumentException("The wait '" + ClientText.shorten(digits)
                    + "' is not a whole number of milliseconds; give 0 or more, such as 20000.");
        }

        long millis;
        try {
            millis = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            millis = Long.MAX_VALUE;
        }
        return millis >= maxWait.toMillis() ? maxWait : Duration.ofMillis(millis);
    }

    /** Returns whether {@code text} holds only ASCII digits; true for an empty text. */
    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Reply requireRight(Session session, Right right, String operation) {
        if (session.user().hasRight(right)) {
            return null;
        }
        return new Reply.Failure(ResultCode.ACCESS_DENIED, "User " + session.user().name()
                + " lacks the right '" + right.configName() + "' needed for " + operation + ".");
    }
}
