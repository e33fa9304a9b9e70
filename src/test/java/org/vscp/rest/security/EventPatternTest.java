package org.vscp.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;

class EventPatternTest {

    private static VscpEvent event(int vscpClass, int vscpType) {
        return new VscpEvent(0, vscpClass, vscpType, 0, Instant.EPOCH, 0, Guid.ZERO, new byte[0]);
    }

    @ParameterizedTest
    @CsvSource({
        "'20:3', 20, 3",
        "'20:*', 20, -1",
        "'*:6', -1, 6",
        "'*:*', -1, -1",
        "'*', -1, -1",
        "' 10 : 6 ', 10, 6",
        "'0x14:0x03', 20, 3",
        "'0XFFFF:0', 65535, 0",
        "'65535:65535', 65535, 65535",
        "'0:0', 0, 0",
        "'007:8', 7, 8",
    })
    void parsesValidPattern(String text, int vscpClass, int vscpType) {
        EventPattern pattern = EventPattern.parse(text);

        assertEquals(vscpClass, pattern.vscpClass());
        assertEquals(vscpType, pattern.vscpType());
    }

    @ParameterizedTest
    @CsvSource({
        "'65536:0', 'The class ''65536'' of the event pattern ''65536:0'' is not valid; expected ''*'' or a number 0-65535, decimal or 0x hex.'",
        "'1:0x10000', 'The type ''0x10000'' of the event pattern ''1:0x10000'' is not valid; expected ''*'' or a number 0-65535, decimal or 0x hex.'",
        "'-1:2', 'The class ''-1'' of the event pattern ''-1:2'' is not valid; expected ''*'' or a number 0-65535, decimal or 0x hex.'",
        "'a:2', 'The class ''a'' of the event pattern ''a:2'' is not valid; expected ''*'' or a number 0-65535, decimal or 0x hex.'",
        "'0x:2', 'The class ''0x'' of the event pattern ''0x:2'' is not valid; expected ''*'' or a number 0-65535, decimal or 0x hex.'",
        "'1:', 'The type '''' of the event pattern ''1:'' is not valid; expected ''*'' or a number 0-65535, decimal or 0x hex.'",
        "'99999999999:1', 'The class ''99999999999'' of the event pattern ''99999999999:1'' is not valid; expected ''*'' or a number 0-65535, decimal or 0x hex.'",
        "'0xFFFFFFFF:1', 'The class ''0xFFFFFFFF'' of the event pattern ''0xFFFFFFFF:1'' is not valid; expected ''*'' or a number 0-65535, decimal or 0x hex.'",
        "'20', 'The event pattern ''20'' is not of the form class:type; use numbers or ''*'', such as 20:* or 10:6.'",
        "'1:2:3', 'The event pattern ''1:2:3'' is not of the form class:type; use numbers or ''*'', such as 20:* or 10:6.'",
        "'', 'The event pattern '''' is not of the form class:type; use numbers or ''*'', such as 20:* or 10:6.'",
    })
    void badPatternNamesPart(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventPattern.parse(text));

        assertEquals(message, e.getMessage());
    }

    @Test
    void classWildcardMatchesEveryType() {
        EventPattern pattern = EventPattern.parse("20:*");

        assertTrue(pattern.matches(event(20, 0)));
        assertTrue(pattern.matches(event(20, 65535)));
        assertFalse(pattern.matches(event(21, 3)));
    }

    @Test
    void exactPatternMatchesOneEvent() {
        EventPattern pattern = EventPattern.parse("10:6");

        assertTrue(pattern.matches(event(10, 6)));
        assertFalse(pattern.matches(event(10, 7)));
        assertFalse(pattern.matches(event(11, 6)));
    }

    @Test
    void toStringRoundTrips() {
        assertEquals("20:*", EventPattern.parse("0x14:*").toString());
        assertEquals("*:*", EventPattern.parse("*").toString());
        assertEquals(EventPattern.parse("10:6"), EventPattern.parse(EventPattern.parse("10:6").toString()));
    }

    @Test
    void constructorRejectsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new EventPattern(-2, 0));
        assertThrows(IllegalArgumentException.class, () -> new EventPattern(0, 65536));
    }
}
