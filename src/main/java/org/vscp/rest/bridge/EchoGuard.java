package org.vscp.rest.bridge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;

/**
 * Recognises events that come back from the remote side and events that arrive twice.
 *
 * <p>An MQTT broker sends a client its own messages back when it subscribes to the topics it
 * publishes to (MQTT 3.1.1 has no "no local" option), a VSCP daemon passes an event sent on one
 * TCP/IP channel to the other channels of the same client, and QoS 1 may deliver a message twice.
 * The guard compares the fields that survive every payload format: head, class, type, timestamp,
 * date and time to the second, GUID and data. The obid is left out because each side sets its
 * own. Two different events with all these fields equal within {@code memory} are treated as one;
 * the microsecond timestamp and the sender's GUID make that unlikely. Thread-safe.
 */
final class EchoGuard {

    private final Clock clock;
    private final Duration memory;
    private final Map<Fingerprint, Instant> sent = new HashMap<>();
    private final Map<Fingerprint, Instant> received = new HashMap<>();
    private final ArrayDeque<Entry> order = new ArrayDeque<>();

    /**
     * @param memory how long a sent or received event is remembered, positive
     */
    EchoGuard(Clock clock, Duration memory) {
        if (memory.isNegative() || memory.isZero()) {
            throw new IllegalArgumentException(
                    "The echo memory must be positive, not " + memory + ".");
        }
        this.clock = clock;
        this.memory = memory;
    }

    /** Remembers that {@code event} was sent to the remote side. */
    synchronized void sent(VscpEvent event) {
        Instant now = clock.instant();
        forgetOld(now);
        Fingerprint fingerprint = Fingerprint.of(event);
        sent.put(fingerprint, now);
        order.addLast(new Entry(fingerprint, now, true));
    }

    /**
     * Checks an event that arrived from the remote side and remembers it.
     *
     * @return true when the event is new and should go to the bus; false when it is the echo of
     *     an event this bridge sent, or a second copy of one it received
     */
    synchronized boolean acceptIncoming(VscpEvent event) {
        Instant now = clock.instant();
        forgetOld(now);
        Fingerprint fingerprint = Fingerprint.of(event);
        if (sent.containsKey(fingerprint) || received.containsKey(fingerprint)) {
            return false;
        }
        received.put(fingerprint, now);
        order.addLast(new Entry(fingerprint, now, false));
        return true;
    }

    private void forgetOld(Instant now) {
        Instant limit = now.minus(memory);
        while (!order.isEmpty() && order.peekFirst().time().isBefore(limit)) {
            Entry entry = order.pollFirst();
            Map<Fingerprint, Instant> map = entry.wasSent() ? sent : received;
            map.remove(entry.fingerprint(), entry.time());
        }
    }

    private record Entry(Fingerprint fingerprint, Instant time, boolean wasSent) {
    }

    private record Fingerprint(int head, int vscpClass, int vscpType, long timestamp,
            Instant dateTime, Guid guid, String data) {

        static Fingerprint of(VscpEvent event) {
            return new Fingerprint(event.head(), event.vscpClass(), event.vscpType(),
                    event.timestamp(), event.dateTime().truncatedTo(ChronoUnit.SECONDS),
                    event.guid(), Arrays.toString(event.data()));
        }
    }
}
