package org.vscp.rest.variable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireTextTest {

    @ParameterizedTest(name = "{0} ''{1}'' decodes to ''{2}''")
    @CsvSource(delimiter = '|', value = {
        // 1234 is valid BASE64, but of bytes D7 6D F8, not UTF-8: read as a literal.
        "INTEGER   | 1234       | 1234",
        "INTEGER   | MTIzNA==   | 1234",
        "INTEGER   | MTIzNA     | 1234",
        "INTEGER   | -17        | -17",
        "INTEGER   | LTE3       | -17",
        "BOOLEAN   | true       | true",
        "BOOLEAN   | dHJ1ZQ==   | true",
        "BOOLEAN   | TRUE       | true",
        "DOUBLE    | 1.5        | 1.5",
        "DOUBLE    | MS41       | 1.5",
        "DATE      | 2026-12-04 | 2026-12-04",
        "DATE      | MjAyNi0xMi0wNA== | 2026-12-04",
        "VSCP_CLASS | 20        | 20",
        "STRING    | SGVsbG8=   | Hello",
        "STRING    | SGVsbG8    | Hello",
        // A + sent unencoded in a URL arrives as a space.
        "STRING    | Pz8 Pw==   | ??>?",
        "STRING    | Pz8+Pw==   | ??>?",
        "STRING    | w6TDtsO8w58g4oKsIPCfmYI= | äöüß € 🙂",
        "STRING    | ''         | ''",
    })
    void valueIsDecoded(VariableType type, String parameter, String value) {
        assertEquals(value, WireText.decodeValue(type, parameter));
    }

    @Test
    void emptyIntegerIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WireText.decodeValue(VariableType.INTEGER, ""));

        assertEquals("The value '' is not an Integer, a whole number from -2147483648 to"
                + " 2147483647.", e.getMessage());
    }

    @Test
    void plainTextStringIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WireText.decodeValue(VariableType.STRING, "Hello world!"));

        assertEquals("The value is not BASE64 of UTF-8 text; a String value is sent as the"
                + " BASE64 of its UTF-8 bytes.", e.getMessage());
    }

    @Test
    void invalidUtf8IsRefused() {
        // /w== is the single byte FF, never valid UTF-8.
        assertThrows(IllegalArgumentException.class,
                () -> WireText.decodeValue(VariableType.STRING, "/w=="));
    }

    @Test
    void badDecodedIntegerNamesDecodedValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WireText.decodeValue(VariableType.INTEGER, "MTJh"));

        assertEquals("The value 'MTJh' is not an Integer, a whole number from -2147483648 to"
                + " 2147483647.", e.getMessage());
    }

    @Test
    void paddedBadIntegerNamesDecodedValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WireText.decodeValue(VariableType.INTEGER, "MTJhYg=="));

        assertEquals("The value decoded from BASE64 is not valid: The value '12ab' is not an"
                + " Integer, a whole number from -2147483648 to 2147483647.", e.getMessage());
    }

    @Test
    void encodeIsPaddedUtf8() {
        assertEquals("w6Q=", WireText.encode("ä"));
    }

    @Test
    void encodeEmptyIsEmpty() {
        assertEquals("", WireText.encode(""));
    }

    @Test
    void noteIsDecoded() {
        assertEquals("Setpoint of room 1", WireText.decodeNote("U2V0cG9pbnQgb2Ygcm9vbSAx"));
    }

    @Test
    void missingNoteIsEmpty() {
        assertEquals("", WireText.decodeNote(null));
    }

    @Test
    void plainNoteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WireText.decodeNote("a note!"));
    }
}
