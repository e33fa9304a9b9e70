package org.vscp.rest.format;

import java.time.Instant;
import java.util.List;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;

/** Fixed replies and events for the format tests, with their event strings. */
final class Fixtures {

    static final VscpEvent FOUR_BYTES = new VscpEvent(96, 10, 6, 3,
            Instant.parse("2003-11-02T12:01:01Z"), 55055109,
            Guid.parse("FF:FF:FF:FF:FF:FF:FF:FE:00:00:00:00:00:00:00:00"),
            new byte[] {(byte) 0x8A, (byte) 0x81, 0x00, (byte) 0xE9});
    static final String FOUR_BYTES_STRING = "96,10,6,3,2003-11-02T12:01:01Z,55055109,"
            + "FF:FF:FF:FF:FF:FF:FF:FE:00:00:00:00:00:00:00:00,0x8A,0x81,0x00,0xE9";

    static final VscpEvent NO_DATA = new VscpEvent(0, 20, 3, 0,
            Instant.parse("2024-01-15T08:30:00Z"), 0, Guid.ZERO, new byte[0]);
    static final String NO_DATA_STRING =
            "0,20,3,0,2024-01-15T08:30:00Z,0,00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00";

    static final VscpEvent MAX_VALUES = new VscpEvent(224, 1040, 65535, 4294967295L,
            Instant.parse("2025-06-30T23:59:59Z"), 4294967295L,
            Guid.parse("01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F:10"),
            new byte[] {0x01, (byte) 0xFF});
    static final String MAX_VALUES_STRING = "224,1040,65535,4294967295,2025-06-30T23:59:59Z,"
            + "4294967295,01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F:10,0x01,0xFF";

    static final Reply DONE = new Reply.Done();

    static final Reply INVALID_SESSION = new Reply.Failure(ResultCode.INVALID_SESSION,
            "The session key is unknown or expired; open a new session.");

    static final Reply SESSION =
            new Reply.SessionInfo("0123456789abcdef0123456789abcdef", 7, 2);

    /** All events of the queue were removed by the filter. */
    static final Reply NO_EVENTS = new Reply.Events(5, 2, List.of(), 2, 0);
    static final String NO_EVENTS_INFO =
            "5 events requested of 2 available (unfiltered) 0 will be retrieved";

    static final Reply ONE_EVENT = new Reply.Events(1, 4, List.of(FOUR_BYTES), 0, 0);
    static final String ONE_EVENT_INFO =
            "1 events requested of 4 available (unfiltered) 1 will be retrieved";

    static final Reply THREE_EVENTS =
            new Reply.Events(4294967295L, 6, List.of(FOUR_BYTES, NO_DATA, MAX_VALUES), 1, 2);
    static final String THREE_EVENTS_INFO =
            "4294967295 events requested of 6 available (unfiltered) 3 will be retrieved";

    static final String SCRIPT_DESCRIPTION = "The value <script>alert('x')</script> & more is invalid.";

    static final Reply SCRIPT_FAILURE =
            new Reply.Failure(ResultCode.MISSING_DATA, SCRIPT_DESCRIPTION);

    /** One renderer for all tests; it is immutable and thread-safe. */
    static final ResponseRenderer RENDERER = new ResponseRenderer(false);

    private Fixtures() {
    }
}
