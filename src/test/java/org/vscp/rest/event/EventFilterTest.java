package org.vscp.rest.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vscp.rest.event.EventFilter.FilterFields;

class EventFilterTest {

    private static final String COUNTING = "00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F";

    private static final String FULL_GUID_MASK = "FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF";

    private static VscpEvent event(int head, int vscpClass, int vscpType, Guid guid) {
        return new VscpEvent(head, vscpClass, vscpType, 1, Instant.EPOCH, 0, guid, new byte[0]);
    }

    private static EventFilter filter(String filter, String mask) throws MalformedEventException {
        return EventFilter.parse(filter, mask);
    }

    private static Guid guidWithByte(int index, int value) {
        byte[] bytes = new byte[Guid.LENGTH];
        bytes[index] = (byte) value;
        return Guid.of(bytes);
    }

    @Test
    void acceptAllAcceptsAnyEvent() {
        VscpEvent event = event(0xFFFF, 0xFFFF, 0xFFFF, Guid.parse(FULL_GUID_MASK));

        assertTrue(EventFilter.ACCEPT_ALL.accepts(event));
    }

    @Test
    void zeroMaskIgnoresFilter() throws MalformedEventException {
        EventFilter filter = filter("7,0xFFFF,0xFFFF," + FULL_GUID_MASK, "0,0,0,-");

        assertTrue(filter.accepts(event(0, 0, 0, Guid.ZERO)));
        assertTrue(filter.accepts(event(0x60, 10, 6, Guid.parse(COUNTING))));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        # filter priority, mask priority, event head, accepted
        3, 7, 0x60, true
        3, 7, 0x7F, true
        3, 7, 0x1F, false
        3, 7, 0x80, false
        3, 7, 0xE0, false
        0, 7, 0x00, true
        0, 7, 0xFF1F, true
        0, 7, 0x20, false
        7, 7, 0xE0, true
        4, 4, 0x80, true
        4, 4, 0xE0, true
        4, 4, 0x60, false
        4, 4, 0x00, false
        0, 1, 0x40, true
        0, 1, 0x20, false
        5, 0, 0x00, true
        """)
    void priorityComparesHeadBits(int filterPriority, int maskPriority, String head,
            boolean accepted) throws MalformedEventException {
        EventFilter filter = filter(filterPriority + "", maskPriority + "");

        assertEquals(accepted, filter.accepts(event(Integer.decode(head), 0, 0, Guid.ZERO)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        # filter class, mask class, event class, accepted
        10,     0xFFFF, 10,     true
        10,     0xFFFF, 11,     false
        10,     0xFFFF, 0,      false
        0x0100, 0xFF00, 0x01AB, true
        0x0100, 0xFF00, 0x02AB, false
        0x0100, 0xFF00, 0x00FF, false
        0xFFFF, 0x8000, 0x8000, true
        0xFFFF, 0x8000, 0x7FFF, false
        0,      0,      65535,  true
        """)
    void classComparesMaskedBits(String filterClass, String maskClass, String eventClass,
            boolean accepted) throws MalformedEventException {
        EventFilter filter = filter("0," + filterClass, "0," + maskClass);

        assertEquals(accepted, filter.accepts(event(0, Integer.decode(eventClass), 0, Guid.ZERO)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        # filter type, mask type, event type, accepted
        6,      0xFFFF, 6,      true
        6,      0xFFFF, 7,      false
        0x0F,   0x0F,   0xFF0F, true
        0x0F,   0x0F,   0x0E,   false
        0,      0,      12345,  true
        """)
    void typeComparesMaskedBits(String filterType, String maskType, String eventType,
            boolean accepted) throws MalformedEventException {
        EventFilter filter = filter("0,0," + filterType, "0,0," + maskType);

        assertEquals(accepted, filter.accepts(event(0, 0, Integer.decode(eventType), Guid.ZERO)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
    void guidByteRejectsWhenMasked(int index) {
        EventFilter filter = new EventFilter(FilterFields.ZERO,
                new FilterFields(0, 0, 0, guidWithByte(index, 0xFF)));

        assertFalse(filter.accepts(event(0, 0, 0, guidWithByte(index, 0x01))));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
    void guidByteAcceptsWhenUnmasked(int index) {
        byte[] maskBytes = Guid.parse(FULL_GUID_MASK).toBytes();
        maskBytes[index] = 0;
        EventFilter filter = new EventFilter(FilterFields.ZERO,
                new FilterFields(0, 0, 0, Guid.of(maskBytes)));

        assertTrue(filter.accepts(event(0, 0, 0, guidWithByte(index, 0xFF))));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 15})
    void guidByteComparesMaskedBits(int index) {
        EventFilter filter = new EventFilter(
                new FilterFields(0, 0, 0, guidWithByte(index, 0xA0)),
                new FilterFields(0, 0, 0, guidWithByte(index, 0xF0)));

        assertTrue(filter.accepts(event(0, 0, 0, guidWithByte(index, 0xAF))));
        assertFalse(filter.accepts(event(0, 0, 0, guidWithByte(index, 0xB0))));
    }

    @Test
    void fullMaskAcceptsExactMatch() throws MalformedEventException {
        EventFilter filter = filter("3,10,6," + COUNTING, "7,0xFFFF,0xFFFF," + FULL_GUID_MASK);

        assertTrue(filter.accepts(event(0x60, 10, 6, Guid.parse(COUNTING))));
    }

    @Test
    void fullMaskRejectsAnyDifference() throws MalformedEventException {
        EventFilter filter = filter("3,10,6," + COUNTING, "7,0xFFFF,0xFFFF," + FULL_GUID_MASK);
        Guid otherGuid = Guid.parse("00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0E");

        assertFalse(filter.accepts(event(0x40, 10, 6, Guid.parse(COUNTING))));
        assertFalse(filter.accepts(event(0x60, 11, 6, Guid.parse(COUNTING))));
        assertFalse(filter.accepts(event(0x60, 10, 7, Guid.parse(COUNTING))));
        assertFalse(filter.accepts(event(0x60, 10, 6, otherGuid)));
    }

    @Test
    void mixedMaskChecksOnlyMaskedFields() throws MalformedEventException {
        EventFilter filter = filter("0,10,6," + COUNTING, "0,0xFFFF,0,-");

        assertTrue(filter.accepts(event(0xE0, 10, 99, Guid.ZERO)));
        assertFalse(filter.accepts(event(0x60, 20, 6, Guid.parse(COUNTING))));
    }

    @Test
    void mixedMaskClassAndGuidByte() throws MalformedEventException {
        EventFilter filter = filter("0,10,0,0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:7",
                "0,0xFFFF,0,0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:FF");

        assertTrue(filter.accepts(event(0, 10, 1, guidWithByte(15, 7))));
        assertFalse(filter.accepts(event(0, 10, 1, guidWithByte(15, 8))));
        assertFalse(filter.accepts(event(0, 11, 1, guidWithByte(15, 7))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # text | priority | class | type | GUID
        ""                     | 0 | 0     | 0     | 00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00
        "   "                  | 0 | 0     | 0     | 00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00
        3                      | 3 | 0     | 0     | 00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00
        3,10                   | 3 | 10    | 0     | 00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00
        3,10,6                 | 3 | 10    | 6     | 00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00
        3,10,6,-               | 3 | 10    | 6     | 00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00
        3,10,6,                | 3 | 10    | 6     | 00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00
        1,,2                   | 1 | 0     | 2     | 00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00
        0x7,0xFFFF,0x0a        | 7 | 65535 | 10    | 00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00
        " 7 , 65535 , 65535 "  | 7 | 65535 | 65535 | 00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00
        0,0,0,0:1:2:3:4:5:6:7:8:9:a:b:c:d:e:f | 0 | 0 | 0 | 00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F
        """)
    void fieldsParseWithDefaults(String text, int priority, int vscpClass, int vscpType,
            String guid) throws MalformedEventException {
        FilterFields fields = FilterFields.parse(text, "filter");

        assertEquals(new FilterFields(priority, vscpClass, vscpType, Guid.parse(guid)), fields);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # text | fragments the message must contain, separated by ';'
        8                     | The mask priority;'8';out of range;0-7
        0x8                   | The mask priority;'0x8';out of range
        -1                    | The mask priority;'-1';not a number
        high                  | The mask priority;'high';not a number
        0,65536               | The mask class;'65536';out of range;0-65535
        0,ten                 | The mask class;'ten';not a number
        0,0,0x10000           | The mask type;'0x10000';out of range;0-65535
        0,0,1.0               | The mask type;'1.0';not a number
        0,0,0,00:01           | The mask GUID;'00:01';has 2 bytes
        0,0,0,zz:1:2:3:4:5:6:7:8:9:A:B:C:D:E:F | Byte 0 of the mask GUID;'zz'
        0,0,0,-,5             | The mask '0,0,0,-,5';more than 4 fields
        """)
    void fieldsParseRejectsMalformed(String text, String fragments) {
        MalformedEventException error = assertThrows(MalformedEventException.class,
                () -> FilterFields.parse(text, "mask"));

        for (String fragment : fragments.split(";")) {
            assertTrue(error.getMessage().contains(fragment.strip()),
                    () -> "Message '" + error.getMessage() + "' lacks '" + fragment + "'.");
        }
    }

    @Test
    void fieldsParseRejectsNull() {
        MalformedEventException error = assertThrows(MalformedEventException.class,
                () -> FilterFields.parse(null, "filter"));

        assertTrue(error.getMessage().contains("The filter is missing"), error.getMessage());
    }

    @Test
    void parseNamesBadFilter() {
        MalformedEventException error = assertThrows(MalformedEventException.class,
                () -> EventFilter.parse("9", "0"));

        assertTrue(error.getMessage().startsWith("The filter priority '9'"), error.getMessage());
    }

    @Test
    void parseNamesBadMask() {
        MalformedEventException error = assertThrows(MalformedEventException.class,
                () -> EventFilter.parse("0", "0,0,0,1:2"));

        assertTrue(error.getMessage().startsWith("The mask GUID '1:2'"), error.getMessage());
    }

    @Test
    void parseKeepsFilterAndMask() throws MalformedEventException {
        EventFilter filter = EventFilter.parse("1,2,3", "4,5,6," + COUNTING);

        assertEquals(new FilterFields(1, 2, 3, Guid.ZERO), filter.filter());
        assertEquals(new FilterFields(4, 5, 6, Guid.parse(COUNTING)), filter.mask());
    }

    @Test
    void fieldsRejectPriorityOutOfRange() {
        assertThrows(IllegalArgumentException.class,
                () -> new FilterFields(8, 0, 0, Guid.ZERO));
    }

    @Test
    void fieldsRejectNullGuid() {
        assertThrows(NullPointerException.class, () -> new FilterFields(0, 0, 0, null));
    }
}
