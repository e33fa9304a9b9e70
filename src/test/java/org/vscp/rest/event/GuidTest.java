package org.vscp.rest.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuidTest {

    private static final String COUNTING = "00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        # input | colon form
        00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F | 00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F
        00:01:02:03:04:05:06:07:08:09:0a:0b:0c:0d:0e:0f | 00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F
        0:1:2:3:4:5:6:7:8:9:a:b:c:d:e:f                 | 00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F
        ' 0 : 1:2:3:4:5:6:7:8:9:a:b:c:d:e: f '          | 00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F
        FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:00 | FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:00
        0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0                 | 00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00
        """)
    void parseFormatsUpperCase(String input, String expected) {
        assertEquals(expected, Guid.parse(input).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # input | fragments the message must contain, separated by ';'
        ""                                              | has 1 byte;16 hex bytes
        -                                               | '-';has 1 byte
        00:01:02                                        | '00:01:02';has 3 bytes
        0:1:2:3:4:5:6:7:8:9:A:B:C:D:E                   | has 15 bytes
        0:1:2:3:4:5:6:7:8:9:A:B:C:D:E:F:0               | has 17 bytes
        00-01-02-03-04-05-06-07-08-09-0A-0B-0C-0D-0E-0F | has 1 byte
        zz:1:2:3:4:5:6:7:8:9:A:B:C:D:E:F                | Byte 0 of the GUID;'zz';one or two hex digits
        0:1:2:3:4:5:6:7:8:9:A:B:C:D:E:100               | Byte 15 of the GUID;'100'
        0:1:2:3:4:5:6::8:9:A:B:C:D:E:F                  | Byte 7 of the GUID;is ''
        0:1:2:3:4:5:6:7:8:9:A:B:C:D:E:-1                | Byte 15 of the GUID;'-1'
        0:1:2:3:4:5:6:7:8:9:A:B:C:D:E:+1                | Byte 15 of the GUID;'+1'
        0:1:2:3:4:5:6:7:8:9:A:B:C:D:E:\u0661            | Byte 15 of the GUID
        0:1:2:3:4:5:6:7:8:9:A:B:C:D:E:1 2               | Byte 15 of the GUID;'1 2'
        """)
    void parseRejectsMalformed(String input, String fragments) {
        String text = input.replace("\\u0661", "\u0661");

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Guid.parse(text));

        for (String fragment : fragments.split(";")) {
            assertTrue(error.getMessage().contains(fragment.strip()),
                    () -> "Message '" + error.getMessage() + "' lacks '" + fragment + "'.");
        }
    }

    @Test
    void parseNamesField() {
        MalformedEventException error = assertThrows(MalformedEventException.class,
                () -> Guid.parse("1:2", "mask GUID"));

        assertTrue(error.getMessage().startsWith("The mask GUID '1:2' has 2 bytes"),
                error.getMessage());
    }

    @Test
    void parseCutsLongInput() {
        String text = "1:".repeat(100_000);

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Guid.parse(text));

        assertTrue(error.getMessage().contains("has 100001 bytes"), error.getMessage());
        assertTrue(error.getMessage().length() < 150, error.getMessage());
    }

    @Test
    void byteAtIsUnsigned() {
        Guid guid = Guid.parse("FF:80:7F:00:00:00:00:00:00:00:00:00:00:00:00:01");

        assertEquals(255, guid.byteAt(0));
        assertEquals(128, guid.byteAt(1));
        assertEquals(127, guid.byteAt(2));
        assertEquals(1, guid.byteAt(15));
    }

    @Test
    void withClientIdSetsLastTwoBytes() {
        Guid guid = Guid.parse("FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:00");

        assertEquals("FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:12:34",
                guid.withClientId(0x1234).toString());
        assertEquals("FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:00", guid.toString());
    }

    @Test
    void ofCopiesBytes() {
        byte[] bytes = new byte[16];
        Guid guid = Guid.of(bytes);

        bytes[0] = 1;
        guid.toBytes()[1] = 1;

        assertTrue(guid.isZero());
    }

    @Test
    void ofRejectsWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> Guid.of(new byte[15]));
    }

    @Test
    void isZeroOnlyForAllZero() {
        assertTrue(Guid.ZERO.isZero());
        assertFalse(Guid.parse(COUNTING).isZero());
    }

    @Test
    void equalsComparesBytes() {
        Guid upper = Guid.parse(COUNTING);
        Guid lower = Guid.parse(COUNTING.toLowerCase());

        assertEquals(upper, lower);
        assertEquals(upper.hashCode(), lower.hashCode());
        assertNotEquals(Guid.parse(COUNTING), Guid.ZERO);
    }

    @Test
    void toStringRepeatsSameText() {
        Guid guid = Guid.parse("a:b:c:d:e:f:10:11:12:13:14:15:16:17:18:ff");

        String first = guid.toString();

        assertEquals("0A:0B:0C:0D:0E:0F:10:11:12:13:14:15:16:17:18:FF", first);
        assertSame(first, guid.toString());
    }
}
