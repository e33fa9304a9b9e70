package org.vscp.rest.event;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable VSCP event as it travels on the event bus.
 *
 * @param head the head field 0-65535; bits 7-5 are the priority
 * @param vscpClass the class 0-65535
 * @param vscpType the type 0-65535
 * @param obid the id of the bus client that sent the event, 0-0xFFFFFFFF
 * @param dateTime the UTC time the event was created, never null
 * @param timestamp a microsecond counter, unsigned 32-bit
 * @param guid the GUID of the sender, never null
 * @param data 0-512 data bytes; the record keeps its own copy
 */
public record VscpEvent(int head, int vscpClass, int vscpType, long obid, Instant dateTime,
        long timestamp, Guid guid, byte[] data) {

    /** Maximum number of data bytes of a level II event. */
    public static final int MAX_DATA = 512;

    public VscpEvent {
        checkRange("head", head, 0xFFFF);
        checkRange("class", vscpClass, 0xFFFF);
        checkRange("type", vscpType, 0xFFFF);
        checkRange("obid", obid, 0xFFFF_FFFFL);
        checkRange("timestamp", timestamp, 0xFFFF_FFFFL);
        Objects.requireNonNull(dateTime, "dateTime");
        Objects.requireNonNull(guid, "guid");
        if (data.length > MAX_DATA) {
            throw new IllegalArgumentException(
                    "An event carries at most 512 data bytes, not " + data.length + ".");
        }
        data = data.clone();
    }

    private static void checkRange(String field, long value, long max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(
                    "The event " + field + " " + value + " is outside 0-" + max + ".");
        }
    }

    /** Returns the 3-bit priority from bits 7-5 of the head; 0 is the highest priority. */
    public int priority() {
        return (head >>> 5) & 0x07;
    }

    /** Returns a copy of the data bytes. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Returns the number of data bytes. */
    public int sizeData() {
        return data.length;
    }

    /** Returns data byte {@code index} as an unsigned value 0-255. */
    public int dataAt(int index) {
        return data[index] & 0xFF;
    }

    /** Returns a copy of this event with another obid. */
    public VscpEvent withObid(long newObid) {
        return new VscpEvent(head, vscpClass, vscpType, newObid, dateTime, timestamp, guid, data);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VscpEvent event
                && head == event.head
                && vscpClass == event.vscpClass
                && vscpType == event.vscpType
                && obid == event.obid
                && timestamp == event.timestamp
                && dateTime.equals(event.dateTime)
                && guid.equals(event.guid)
                && Arrays.equals(data, event.data);
    }

    @Override
    public int hashCode() {
        int result = Objects.hash(head, vscpClass, vscpType, obid, dateTime, timestamp, guid);
        return 31 * result + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "VscpEvent[" + EventStrings.format(this) + "]";
    }
}
