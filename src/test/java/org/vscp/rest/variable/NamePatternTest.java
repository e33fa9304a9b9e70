package org.vscp.rest.variable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePatternTest {

    @ParameterizedTest(name = "''{0}'' in {1}: {2}")
    @CsvSource({
        "temp, ROOM1.TEMP, true",
        "^room, ROOM1.TEMP, true",
        "^temp, ROOM1.TEMP, false",
        "'ROOM[0-9]\\.', ROOM1.TEMP, true",
        "'', ANY, true",
        "x$, BOX, true",
    })
    void findsIgnoringCase(String regex, String name, boolean found) {
        assertEquals(found, NamePattern.compile(regex).matches(name));
    }

    @Test
    void nullMatchesAll() {
        assertTrue(NamePattern.compile(null).matches("A"));
    }

    @Test
    void longRegexIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NamePattern.compile("a".repeat(257)));

        assertEquals("The regex is 257 characters long; at most 256 are allowed.",
                e.getMessage());
    }

    @Test
    void badSyntaxIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NamePattern.compile("(a"));

        assertTrue(e.getMessage().startsWith("The regex '(a' is not a valid Java regular"
                + " expression: "), e.getMessage());
    }

    @Test
    void catastrophicPatternStops() {
        NamePattern pattern = NamePattern.compile("(.*A){12}B");
        String name = "A".repeat(60) + "!";

        NamePattern.TooComplexException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(NamePattern.TooComplexException.class,
                        () -> pattern.matches(name)));

        assertTrue(e.getMessage().startsWith("The regex needs more than 200000 steps"),
                e.getMessage());
    }

    @Test
    void budgetIsPerName() {
        NamePattern pattern = NamePattern.compile("B", 100);

        for (int i = 0; i < 20; i++) {
            assertFalse(pattern.matches("A".repeat(20)));
        }
        assertTrue(pattern.matches("A".repeat(19) + "B"));
    }
}
