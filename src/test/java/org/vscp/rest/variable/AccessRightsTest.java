package org.vscp.rest.variable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessRightsTest {

    @ParameterizedTest(name = "''{0}'' is 0x{1}")
    @CsvSource({
        "744, 744", "700, 700", "000, 0", "777, 777", "0x744, 744", "0X7, 7", "1911, 777",
        "1860, 744", "7, 7", "' 744 ', 744",
    })
    void parameterIsParsed(String text, String hex) {
        assertEquals(Integer.parseInt(hex, 16), AccessRights.parse(text).bits());
    }

    @ParameterizedTest
    @CsvSource({"888", "0x800", "0x1000", "4096", "rwx", "''", "-1", "0x", "2048"})
    void badParameterIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> AccessRights.parse(text));
    }

    @Test
    void hexHasThreeDigits() {
        assertEquals("044", new AccessRights(0x44).hex());
    }

    @Test
    void defaultIsOwnerOnly() {
        assertEquals("700", AccessRights.DEFAULT.hex());
    }

    @Test
    void bitsAreRead() {
        AccessRights rights = new AccessRights(0x642);

        assertTrue(rights.ownerMayRead());
        assertTrue(rights.ownerMayWrite());
        assertFalse(rights.otherMayRead());
        assertTrue(rights.otherMayWrite());
    }
}
