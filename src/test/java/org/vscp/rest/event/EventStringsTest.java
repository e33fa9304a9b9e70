package org.vscp.rest.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventStringsTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-12-04T10:00:00.123456789Z"), ZoneOffset.UTC);

    /** Microseconds since the epoch of CLOCK, 1796378400123456, modulo 2^32. */
    private static final String CLOCK_TIMESTAMP = "4033604160";

    private static final Guid INTERFACE_GUID =
            Guid.parse("FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07");

    private static final String COUNTING_GUID = "00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F";

    private static String roundTrip(String text) throws MalformedEventException {
        return EventStrings.format(EventStrings.parse(text).complete(7, INTERFACE_GUID, CLOCK));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', textBlock = """
        # input | formatted after parse and complete with obid 7
        0,20,3,0,2026-12-04T10:00:00,12345,00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F,0x00,0x01,0x23 | 0,20,3,7,2026-12-04T10:00:00Z,12345,00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F,0x00,0x01,0x23
        96,10,6,3,2003-11-02T12:01:01Z,55055109,FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:00 | 96,10,6,7,2003-11-02T12:01:01Z,55055109,FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:00
        0x60,0xA,0x06,0x3,2003-11-02T12:01:01,0x347FC05,-,0x8A,0X81,0,233 | 96,10,6,7,2003-11-02T12:01:01Z,55049221,FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07,0x8A,0x81,0x00,0xE9
        65535,65535,0xFFFF,4294967295,2026-12-04T10:00:00,4294967295,-,255,0xff | 65535,65535,65535,7,2026-12-04T10:00:00Z,4294967295,FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07,0xFF,0xFF
        0,20,3,,,,                                     | 0,20,3,7,2026-12-04T10:00:00Z,4033604160,FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07
        0,20,3,0,,0,-,1                                | 0,20,3,7,2026-12-04T10:00:00Z,4033604160,FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07,0x01
        0,20,3,0,2026-12-04T10:00:00.987654Z,1,-       | 0,20,3,7,2026-12-04T10:00:00Z,1,FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07
        0,20,3,0,2026-12-04T10:00:59.5,1,-             | 0,20,3,7,2026-12-04T10:00:59Z,1,FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07
        0,20,3,0,2026-12-04T11:30:00+01:00,1,-         | 0,20,3,7,2026-12-04T10:30:00Z,1,FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07
        0,20,3,0,2026-12-04T05:00:00-05:00,1,-         | 0,20,3,7,2026-12-04T10:00:00Z,1,FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07
        0,20,3,0,2026-12-04T11:00:00 01:00,1,-         | 0,20,3,7,2026-12-04T10:00:00Z,1,FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07
        0,20,3,0,2026-12-04t10:00:00z,1,-              | 0,20,3,7,2026-12-04T10:00:00Z,1,FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07
        0,20,3,0,2024-02-29T23:59:59.000000001Z,1,-    | 0,20,3,7,2024-02-29T23:59:59Z,1,FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07
        0,20,3,0,0,-,0,1,35                            | 0,20,3,7,2026-12-04T10:00:00Z,4033604160,FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07,0x00,0x01,0x23
        0,20,3,0,99,-                                  | 0,20,3,7,2026-12-04T10:00:00Z,99,FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07
        0,20,3,0,0x10,,1                               | 0,20,3,7,2026-12-04T10:00:00Z,16,FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07,0x01
        0,20,3,0,5,00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F,0xAA | 0,20,3,7,2026-12-04T10:00:00Z,5,00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F,0xAA
        "0,10,6,0,0,-,138,0,255"                       | 0,10,6,7,2026-12-04T10:00:00Z,4033604160,FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07,0x8A,0x00,0xFF
        "0,10,6,0,,5,-"                                | 0,10,6,7,2026-12-04T10:00:00Z,5,FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07
        0,20,3,0,,5,ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:a:b | 0,20,3,7,2026-12-04T10:00:00Z,5,FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:0A:0B
        """)
    void roundTripMatchesOutputForm(String input, String expected)
            throws MalformedEventException {
        assertEquals(expected.strip(), roundTrip(input.strip()));
    }

    @Test
    void roundTripIgnoresWhitespace() throws MalformedEventException {
        String input = "  \" 0 , 20 ,\t3, 0 , 2026-12-04T10:00:00Z , 5 , - , 1 ,\t0x02 \"\r\n";

        assertEquals("0,20,3,7,2026-12-04T10:00:00Z,5," + INTERFACE_GUID + ",0x01,0x02",
                roundTrip(input));
    }

    @Test
    void roundTripOfOutputIsStable() throws MalformedEventException {
        String output = "0,20,3,7,2026-12-04T10:00:00Z,12345," + COUNTING_GUID + ",0x00,0x01,0x23";

        assertEquals(output, roundTrip(output));
    }

    @Test
    void roundTripWith512DataBytes() throws MalformedEventException {
        String data = IntStream.range(0, 512)
                .mapToObj(i -> Integer.toString(i % 256))
                .collect(Collectors.joining(","));
        String expectedData = IntStream.range(0, 512)
                .mapToObj(i -> String.format("0x%02X", i % 256))
                .collect(Collectors.joining(","));

        String output = roundTrip("0,20,3,0,2026-12-04T10:00:00,1,-," + data);

        assertEquals("0,20,3,7,2026-12-04T10:00:00Z,1," + INTERFACE_GUID + "," + expectedData,
                output);
    }

    @Test
    void olderFormWith512DataBytes() throws MalformedEventException {
        String data = "0x7F,".repeat(511) + "0x7F";

        EventDraft draft = EventStrings.parse("0,20,3,0,1,-," + data);

        assertEquals(512, draft.data().length);
        assertEquals(0x7F, draft.data()[511]);
        assertNull(draft.dateTime());
    }

    @Test
    void parseLeavesDefaultsEmpty() throws MalformedEventException {
        EventDraft draft = EventStrings.parse("0,20,3,99,,0,-");

        assertEquals(new EventDraft(0, 20, 3, null, 0, null, new byte[0]), draft);
    }

    @Test
    void parseKeepsGivenFields() throws MalformedEventException {
        EventDraft draft = EventStrings.parse(
                "224,0x14,3,0,2026-12-04T10:00:00.5Z,12345," + COUNTING_GUID + ",1,0xFE");

        assertEquals(224, draft.head());
        assertEquals(20, draft.vscpClass());
        assertEquals(3, draft.vscpType());
        assertEquals(Instant.parse("2026-12-04T10:00:00.5Z"), draft.dateTime());
        assertEquals(12345, draft.timestamp());
        assertEquals(Guid.parse(COUNTING_GUID), draft.guid());
        assertArrayEquals(new byte[] {1, (byte) 0xFE}, draft.data());
    }

    @Test
    void parseOlderFormHasNoDateTime() throws MalformedEventException {
        EventDraft draft = EventStrings.parse("0,20,3,0,77,-,0,1,35");

        assertNull(draft.dateTime());
        assertEquals(77, draft.timestamp());
        assertNull(draft.guid());
        assertArrayEquals(new byte[] {0, 1, 35}, draft.data());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', textBlock = """
        # input | fragments the message must contain, separated by ';'
        ''                                      | missing or blank
        '   '                                   | missing or blank
        ""                                      | missing or blank
        " "                                     | missing or blank
        0                                       | has 1 field;at least 7
        0,20,3                                  | has 3 fields;at least 7
        0,20,3,0,2026-12-04T10:00:00,0          | has 6 fields;at least 7
        x,20,3,0,,0,-                           | event head;'x';not a number;0-65535
        65536,20,3,0,,0,-                       | event head;'65536';out of range;0-65535
        -1,20,3,0,,0,-                          | event head;'-1';not a number
        +1,20,3,0,,0,-                          | event head;'+1';not a number
        ,20,3,0,,0,-                            | event head;'';not a number
        "0,20,3,0,,0,-                          | event head;'"0';not a number
        0,70000,3,0,,0,-                        | event class;'70000';out of range;0-65535
        0,0x,3,0,,0,-                           | event class;'0x';not a number
        0,1.5,3,0,,0,-                          | event class;'1.5';not a number
        0,0x1G,3,0,,0,-                         | event class;'0x1G';not a number
        0,2 0,3,0,,0,-                          | event class;'2 0';not a number
        0,20,0x10000,0,,0,-                     | event type;'0x10000';out of range;0-65535
        0,20,,0,,0,-                            | event type;'';not a number
        0,20,3,4294967296,,0,-                  | event obid;'4294967296';out of range;0-4294967295
        0,20,3,abc,,0,-                         | event obid;'abc';not a number
        0,20,3,0,2026-13-01T00:00:00,0,-        | event datetime;'2026-13-01T00:00:00';invalid;ISO 8601
        0,20,3,0,2026-02-30T10:00:00,0,-        | event datetime;'2026-02-30T10:00:00';invalid
        0,20,3,0,2026-12-04,0,-                 | event datetime;'2026-12-04';invalid
        0,20,3,0,2026-12-04T10:00,0,-           | event datetime;'2026-12-04T10:00';invalid
        0,20,3,0,2026-12-04 10:00:00,0,-        | event datetime;'2026-12-04 10:00:00';invalid
        0,20,3,0,2026-12-04T24:00:00,0,-        | event datetime;'2026-12-04T24:00:00';invalid
        0,20,3,0,2026-12-04T10:00:00+25:00,0,-  | event datetime;'2026-12-04T10:00:00+25:00';invalid
        0,20,3,0,2026-12-04T10:00:00 CET,0,-    | event datetime;'2026-12-04T10:00:00 CET';invalid
        0,20,3,0,yesterday,0,-                  | event datetime;'yesterday';invalid
        0,20,3,0,,4294967296,-                  | event timestamp;'4294967296';out of range;0-4294967295
        0,20,3,0,,abc,-                         | event timestamp;'abc';not a number
        0,20,3,0,,0,00:01:02                    | event GUID;'00:01:02';has 3 bytes;16 hex bytes
        0,20,3,0,,0,FF                          | event GUID;'FF';has 1 byte;16 hex bytes
        0,20,3,0,,0,0:1:2:3:4:5:6:7:8:9:A:B:C:D:E:F:10 | event GUID;has 17 bytes
        0,20,3,0,,0,zz:1:2:3:4:5:6:7:8:9:A:B:C:D:E:F   | Byte 0 of the event GUID;'zz';one or two hex digits
        0,20,3,0,,0,0:1:2:3:4:5:6:7:8:9:A:B:C:D:E:123  | Byte 15 of the event GUID;'123'
        0,20,3,0,,0,0:1:2:3::5:6:7:8:9:A:B:C:D:E:F     | Byte 4 of the event GUID;''
        0,20,3,0,5,FF:FF,1                      | event GUID;'FF:FF';has 2 bytes
        0,20,3,0,,0,-,256                       | event data byte 0;'256';out of range;0-255
        0,20,3,0,,0,-,1,2,0x1FF                 | event data byte 2;'0x1FF';out of range;0-255
        0,20,3,0,,0,-,1,abc                     | event data byte 1;'abc';not a number
        0,20,3,0,,0,-,-1                        | event data byte 0;'-1';not a number
        0,20,3,0,0,-,1,300                      | event data byte 1;'300';out of range
        0,20,3,0,,0,-,1,                        | event data byte 1 is empty;trailing comma
        0,20,3,0,,0,-,                          | event data byte 0 is empty;trailing comma
        0,20,3,0,,0,-,1,,2                      | event data byte 1 is empty;0-255
        """)
    void parseRejectsMalformed(String input, String fragments) {
        // The table cannot quote, so rows '' and '   ' mean the empty and the blank string.
        String text = switch (input) {
            case "''" -> "";
            case "'   '" -> "   ";
            default -> input;
        };

        MalformedEventException error =
                assertThrows(MalformedEventException.class, () -> EventStrings.parse(text));

        for (String fragment : fragments.split(";")) {
            assertTrue(error.getMessage().contains(fragment.strip()),
                    () -> "Message '" + error.getMessage() + "' lacks '" + fragment + "'.");
        }
    }

    @Test
    void parseRejectsNull() {
        MalformedEventException error =
                assertThrows(MalformedEventException.class, () -> EventStrings.parse(null));

        assertTrue(error.getMessage().contains("missing or blank"));
    }

    @Test
    void parseRejects513DataBytes() {
        String data = "1,".repeat(512) + "1";

        MalformedEventException error = assertThrows(MalformedEventException.class,
                () -> EventStrings.parse("0,20,3,0,,0,-," + data));

        assertTrue(error.getMessage().contains("513 data bytes"), error.getMessage());
    }

    @Test
    void parseRejects513DataBytesInOlderForm() {
        // 519 fields: few enough to pass the early field count check of the current form.
        String data = "1,".repeat(512) + "1";

        MalformedEventException error = assertThrows(MalformedEventException.class,
                () -> EventStrings.parse("0,20,3,0,0,-," + data));

        assertTrue(error.getMessage().contains("513 data bytes"), error.getMessage());
    }

    @Test
    void parseRejectsHugeFieldCountEarly() {
        String huge = "0,20,3,0,,0,-," + "1,".repeat(500_000) + "1";

        MalformedEventException error =
                assertThrows(MalformedEventException.class, () -> EventStrings.parse(huge));

        assertTrue(error.getMessage().contains("500008 fields"), error.getMessage());
        assertTrue(error.getMessage().contains("at least 500001 data bytes"), error.getMessage());
        assertTrue(error.getMessage().contains("at most 512"), error.getMessage());
    }

    @Test
    void messageCutsLongValue() {
        String longHead = "9".repeat(1_000_000);

        MalformedEventException error = assertThrows(MalformedEventException.class,
                () -> EventStrings.parse(longHead + ",20,3,0,,0,-"));

        assertTrue(error.getMessage().contains("'" + "9".repeat(40) + "...'"), error.getMessage());
        assertTrue(error.getMessage().length() < 200, error.getMessage());
    }

    @Test
    void messageCutsLongGuid() {
        String longGuid = "A".repeat(100_000);

        MalformedEventException error = assertThrows(MalformedEventException.class,
                () -> EventStrings.parse("0,20,3,0,,0," + longGuid));

        assertTrue(error.getMessage().contains("'" + "A".repeat(40) + "...'"), error.getMessage());
        assertTrue(error.getMessage().length() < 200, error.getMessage());
    }

    @Test
    void messageEscapesLineBreaks() {
        MalformedEventException error = assertThrows(MalformedEventException.class,
                () -> EventStrings.parse("0,20,3,0,,0,-,1\r\n2"));

        assertTrue(error.getMessage().contains("'1\\u000D\\u000A2'"), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0663", "\uFF11", "0x\uFF21"})
    void parseRejectsNonAsciiDigits(String head) {
        MalformedEventException error = assertThrows(MalformedEventException.class,
                () -> EventStrings.parse(head + ",20,3,0,,0,-"));

        assertTrue(error.getMessage().contains("not a number"), error.getMessage());
    }

    @Test
    void formatWritesOutputForm() {
        VscpEvent event = new VscpEvent(96, 10, 6, 3, Instant.parse("2003-11-02T12:01:01.75Z"),
                55055109, Guid.parse(COUNTING_GUID), new byte[] {(byte) 138, (byte) 129, 0, 10});

        assertEquals("96,10,6,3,2003-11-02T12:01:01Z,55055109," + COUNTING_GUID
                + ",0x8A,0x81,0x00,0x0A", EventStrings.format(event));
    }

    @Test
    void formatWithoutData() {
        VscpEvent event = new VscpEvent(0, 0, 0, 0, Instant.EPOCH, 0, Guid.ZERO, new byte[0]);

        assertEquals("0,0,0,0,1970-01-01T00:00:00Z,0," + Guid.ZERO, EventStrings.format(event));
    }

    @Test
    void clockTimestampMatchesConstant() {
        assertEquals(Long.parseLong(CLOCK_TIMESTAMP),
                EventDraft.microsecondCounter(CLOCK.instant()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z",
        "2026-12-04T10:00:00.123456789Z", "2024-02-29T23:59:59Z", "2000-03-01T00:00:00Z",
        "1900-02-28T12:34:56Z", "0000-01-01T00:00:00Z", "0999-06-15T01:02:03Z",
        "9999-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z"})
    void appendDateTimeMatchesFormatter(String instant) {
        Instant dateTime = Instant.parse(instant);

        String written = EventStrings.formatDateTime(dateTime);

        assertEquals(EventStrings.DATE_TIME_OUTPUT.format(dateTime), written);
    }

    @Test
    void appendDateTimeAppendsToText() {
        StringBuilder text = new StringBuilder("at ");

        EventStrings.appendDateTime(text, Instant.parse("2026-01-02T03:04:05.6Z"));

        assertEquals("at 2026-01-02T03:04:05Z", text.toString());
    }

    @Test
    void appendDateTimeMatchesFormatterEveryHour() {
        Instant start = Instant.parse("1999-12-25T00:00:00Z");
        for (long hour = 0; hour < 24 * 800; hour += 7) {
            Instant dateTime = start.plusSeconds(hour * 3600 + hour % 3600);
            assertEquals(EventStrings.DATE_TIME_OUTPUT.format(dateTime),
                    EventStrings.formatDateTime(dateTime), dateTime.toString());
        }
    }
}
