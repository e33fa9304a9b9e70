package org.vscp.rest.event;

import java.time.Clock;
import java.time.Instant;

/**
 * An event as a client sent it, before the server fills in the fields the client may leave empty.
 *
 * @param head the head field 0-65535
 * @param vscpClass the class 0-65535
 * @param vscpType the type 0-65535
 * @param dateTime the client's date and time, or null when the client left it empty
 * @param timestamp the client's timestamp, or 0 when the client left it empty
 * @param guid the client's GUID, or null when the client sent {@code -} or nothing
 * @param data 0-512 data bytes
 */
public record EventDraft(int head, int vscpClass, int vscpType, Instant dateTime, long timestamp,
        Guid guid, byte[] data) {

    public EventDraft {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /**
     * Completes the draft: sets {@code obid}, uses {@code interfaceGuid} when the GUID is missing,
     * and fills an empty date and time or timestamp from {@code clock}.
     */
    public VscpEvent complete(long obid, Guid interfaceGuid, Clock clock) {
        throw new UnsupportedOperationException("TODO");
    }
}
