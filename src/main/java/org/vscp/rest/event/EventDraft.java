package org.vscp.rest.event;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An event as a client sent it, before the server fills in the fields the client may leave empty.
 *
 * @param head the head field 0-65535
 * @param vscpClass the class 0-65535
 * @param vscpType the type 0-65535
 * @param dateTime the client's date and time, or null when the client left it empty
 * @param timestamp the client's timestamp, or 0 when the client left it empty
 * @param guid the client's GUID, or null when the client sent {@code -} or nothing
 * @param data 0-512 data bytes; the record keeps its own copy
 */
public record EventDraft(int head, int vscpClass, int vscpType, Instant dateTime, long timestamp,
        Guid guid, byte[] data) {

    /**
     * Creates a draft.
     *
     * @throws NullPointerException if {@code data} is null
     * @throws IllegalArgumentException if {@code data} has more than 512 bytes
     */
    public EventDraft {
        Objects.requireNonNull(data, "data");
        if (data.length > VscpEvent.MAX_DATA) {
            throw new IllegalArgumentException(
                    "An event carries at most 512 data bytes, not " + data.length + ".");
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /**
     * Completes the draft into an event that carries {@code obid}. A missing GUID becomes
     * {@code interfaceGuid}. A missing date and time becomes {@code clock.instant()} truncated to
     * microseconds. A timestamp of 0 becomes the clock's microseconds since the epoch, reduced to
     * 32 bits, so it wraps about every 71.6 minutes and may itself come out as 0. Fields the client
     * gave are kept as they are. Reads the clock at most once.
     *
     * @param obid the id of the sending client, 0-0xFFFFFFFF
     * @param interfaceGuid the sending session's interface GUID, never null
     * @param clock the source of the current time, never null
     * @throws IllegalArgumentException if {@code obid}, the head, class, type or timestamp is
     *     out of range
     */
    public VscpEvent complete(long obid, Guid interfaceGuid, Clock clock) {
        Objects.requireNonNull(interfaceGuid, "interfaceGuid");
        Objects.requireNonNull(clock, "clock");

        Instant now = dateTime == null || timestamp == 0 ? clock.instant() : null;
        Instant completedDateTime = dateTime != null
                ? dateTime
                : now.truncatedTo(ChronoUnit.MICROS);
        long completedTimestamp = timestamp != 0 ? timestamp : microsecondCounter(now);
        Guid completedGuid = guid != null ? guid : interfaceGuid;

        return new VscpEvent(head, vscpClass, vscpType, obid, completedDateTime,
                completedTimestamp, completedGuid, data);
    }

    /** Returns the microseconds since the epoch of {@code now}, reduced modulo 2^32. */
    static long microsecondCounter(Instant now) {
        // The product may overflow a long for far-off instants, but its low 32 bits stay exact.
        long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        return micros & 0xFFFF_FFFFL;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventDraft draft
                && head == draft.head
                && vscpClass == draft.vscpClass
                && vscpType == draft.vscpType
                && timestamp == draft.timestamp
                && Objects.equals(dateTime, draft.dateTime)
                && Objects.equals(guid, draft.guid)
                && Arrays.equals(data, draft.data);
    }

    @Override
    public int hashCode() {
        int result = Objects.hash(head, vscpClass, vscpType, dateTime, timestamp, guid);
        return 31 * result + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "EventDraft[head=" + head + ", class=" + vscpClass + ", type=" + vscpType
                + ", dateTime=" + dateTime + ", timestamp=" + timestamp + ", guid=" + guid
                + ", data=" + HexFormat.of().formatHex(data) + "]";
    }
}
