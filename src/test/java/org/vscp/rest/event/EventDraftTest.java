package org.vscp.rest.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventDraftTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00.123456789Z");

    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static final Guid INTERFACE_GUID =
            Guid.parse("FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07");

    private static final Guid CLIENT_GUID =
            Guid.parse("00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F");

    @Test
    void completeFillsMissingGuid() {
        EventDraft draft = new EventDraft(0, 20, 3, null, 0, null, new byte[0]);

        assertEquals(INTERFACE_GUID, draft.complete(7, INTERFACE_GUID, CLOCK).guid());
    }

    @Test
    void completeFillsMissingDateTime() {
        EventDraft draft = new EventDraft(0, 20, 3, null, 0, null, new byte[0]);

        assertEquals(Instant.parse("2026-12-04T10:00:00.123456Z"),
                draft.complete(7, INTERFACE_GUID, CLOCK).dateTime());
    }

    @Test
    void completeFillsMissingTimestamp() {
        EventDraft draft = new EventDraft(0, 20, 3, null, 0, null, new byte[0]);

        // 1796378400123456 microseconds since the epoch, modulo 2^32.
        assertEquals(4033604160L, draft.complete(7, INTERFACE_GUID, CLOCK).timestamp());
    }

    @Test
    void completeSetsObidAndKeepsRest() {
        EventDraft draft = new EventDraft(0xE0, 20, 3, null, 0, null, new byte[] {1, 2});

        VscpEvent event = draft.complete(0xFFFF_FFFFL, INTERFACE_GUID, CLOCK);

        assertEquals(0xFFFF_FFFFL, event.obid());
        assertEquals(0xE0, event.head());
        assertEquals(20, event.vscpClass());
        assertEquals(3, event.vscpType());
        assertArrayEquals(new byte[] {1, 2}, event.data());
    }

    @Test
    void completeKeepsGivenFields() {
        Instant given = Instant.parse("2003-11-02T12:01:01.123456789Z");
        EventDraft draft = new EventDraft(0, 20, 3, given, 55055109, CLIENT_GUID, new byte[0]);

        VscpEvent event = draft.complete(7, INTERFACE_GUID, CLOCK);

        assertEquals(given, event.dateTime());
        assertEquals(55055109, event.timestamp());
        assertEquals(CLIENT_GUID, event.guid());
    }

    @Test
    void completeFillsOnlyTimestamp() {
        Instant given = Instant.parse("2003-11-02T12:01:01Z");
        EventDraft draft = new EventDraft(0, 20, 3, given, 0, CLIENT_GUID, new byte[0]);

        VscpEvent event = draft.complete(7, INTERFACE_GUID, CLOCK);

        assertEquals(given, event.dateTime());
        assertEquals(4033604160L, event.timestamp());
    }

    @Test
    void completeFillsOnlyDateTime() {
        EventDraft draft = new EventDraft(0, 20, 3, null, 42, CLIENT_GUID, new byte[0]);

        VscpEvent event = draft.complete(7, INTERFACE_GUID, CLOCK);

        assertEquals(Instant.parse("2026-12-04T10:00:00.123456Z"), event.dateTime());
        assertEquals(42, event.timestamp());
    }

    @Test
    void completeReadsClockOnce() {
        CountingClock clock = new CountingClock(NOW);
        EventDraft draft = new EventDraft(0, 20, 3, null, 0, null, new byte[0]);

        draft.complete(7, INTERFACE_GUID, clock);

        assertEquals(1, clock.reads);
    }

    @Test
    void completeSkipsClockWhenComplete() {
        CountingClock clock = new CountingClock(NOW);
        EventDraft draft = new EventDraft(0, 20, 3, NOW, 1, CLIENT_GUID, new byte[0]);

        draft.complete(7, INTERFACE_GUID, clock);

        assertEquals(0, clock.reads);
    }

    @Test
    void completeRejectsNullInterfaceGuid() {
        EventDraft draft = new EventDraft(0, 20, 3, NOW, 1, CLIENT_GUID, new byte[0]);

        assertThrows(NullPointerException.class, () -> draft.complete(7, null, CLOCK));
    }

    @Test
    void completeRejectsObidOutOfRange() {
        EventDraft draft = new EventDraft(0, 20, 3, NOW, 1, CLIENT_GUID, new byte[0]);

        assertThrows(IllegalArgumentException.class,
                () -> draft.complete(0x1_0000_0000L, INTERFACE_GUID, CLOCK));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        # instant, expected counter
        1970-01-01T00:00:00Z,           0
        1970-01-01T00:00:00.000001Z,    1
        1970-01-01T00:00:00.000000999Z, 0
        1970-01-01T01:11:34.967295Z,    4294967295
        1970-01-01T01:11:34.967296Z,    0
        1970-01-01T01:11:35Z,           32704
        1969-12-31T23:59:59.999999Z,    4294967295
        +1000000000-12-31T23:59:59.999999999Z, 1167081471
        """)
    void microsecondCounterWraps(String instant, long expected) {
        assertEquals(expected, EventDraft.microsecondCounter(Instant.parse(instant)));
    }

    @Test
    void constructorCopiesData() {
        byte[] data = {1, 2, 3};
        EventDraft draft = new EventDraft(0, 20, 3, null, 0, null, data);

        data[0] = 9;
        draft.data()[1] = 9;

        assertArrayEquals(new byte[] {1, 2, 3}, draft.data());
    }

    @Test
    void constructorRejects513DataBytes() {
        assertThrows(IllegalArgumentException.class,
                () -> new EventDraft(0, 20, 3, null, 0, null, new byte[513]));
    }

    @Test
    void equalsComparesDataContent() {
        EventDraft first = new EventDraft(0, 20, 3, null, 0, null, new byte[] {1, 2});
        EventDraft second = new EventDraft(0, 20, 3, null, 0, null, new byte[] {1, 2});
        EventDraft other = new EventDraft(0, 20, 3, null, 0, null, new byte[] {1, 3});

        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertNotEquals(first, other);
    }

    /** A clock that counts how often the current instant is read. */
    private static final class CountingClock extends Clock {

        private final Instant instant;

        private int reads;

        CountingClock(Instant instant) {
            this.instant = instant;
        }

        @Override
        public Instant instant() {
            reads++;
            return instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
