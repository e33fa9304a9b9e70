package org.vscp.rest.variable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariableValuesTest {

    @ParameterizedTest(name = "{0} ''{1}'' is stored as ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "BOOLEAN    | true                  | true",
        "BOOLEAN    | FALSE                 | false",
        "BOOLEAN    | ' true '              | true",
        "INTEGER    | 1234                  | 1234",
        "INTEGER    | -2147483648           | -2147483648",
        "INTEGER    | 2147483647            | 2147483647",
        "INTEGER    | +0012                 | 12",
        "LONG       | 9223372036854775807   | 9223372036854775807",
        "LONG       | -9223372036854775808  | -9223372036854775808",
        "DOUBLE     | 21.5                  | 21.5",
        "DOUBLE     | -1.5e3                | -1.5e3",
        "DOUBLE     | .5                    | .5",
        "EVENT      | 0,20,3,0,,0,-,1,2     | 0,20,3,0,,0,-,1,2",
        "GUID       | ff:ff:ff:ff:ff:ff:ff:fe:00:00:00:00:00:00:00:01 | FF:FF:FF:FF:FF:FF:FF:FE:00:00:00:00:00:00:00:01",
        "DATA       | 1, 0x02 ,255          | 1,2,255",
        "DATA       | ''                    | ''",
        "VSCP_CLASS | 65535                 | 65535",
        "VSCP_CLASS | 0x14                  | 20",
        "VSCP_TYPE  | 0                     | 0",
        "TIMESTAMP  | 4294967295            | 4294967295",
        "DATE_TIME  | 2026-12-04T10:00:00   | 2026-12-04T10:00:00",
        "DATE_TIME  | 2026-12-04T10:00:00Z  | 2026-12-04T10:00:00Z",
        "DATE_TIME  | 2026-12-04T10:00:00.5+01:00 | 2026-12-04T10:00:00.5+01:00",
        "DATE       | 2026-12-04            | 2026-12-04",
        "TIME       | 10:00:00              | 10:00:00",
        "TIME       | 23:59:59.250          | 23:59:59.250",
        "STRING     | ' any text, kept '    | ' any text, kept '",
        "BLOB       | <xml/>                | <xml/>",
        "MEASUREMENT | 1.5,1,0,0,0          | 1.5,1,0,0,0",
    })
    void validValueIsNormalized(VariableType type, String value, String stored) {
        assertEquals(stored, VariableValues.normalize(type, value));
    }

    @ParameterizedTest(name = "{0} refuses ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "BOOLEAN    | yes",
        "BOOLEAN    | 1",
        "BOOLEAN    | ''",
        "INTEGER    | 2147483648",
        "INTEGER    | -2147483649",
        "INTEGER    | 12.0",
        "INTEGER    | 0x10",
        "INTEGER    | ''",
        "INTEGER    | 1 2",
        "LONG       | 9223372036854775808",
        "LONG       | abc",
        "DOUBLE     | NaN",
        "DOUBLE     | Infinity",
        "DOUBLE     | 1e99999",
        "DOUBLE     | 1,5",
        "EVENT      | 0,20",
        "EVENT      | 0,70000,3,0,,0,-",
        "GUID       | FF:FF",
        "GUID       | -",
        "DATA       | 256",
        "DATA       | 1,,2",
        "DATA       | 0x100",
        "VSCP_CLASS | 65536",
        "VSCP_CLASS | -1",
        "VSCP_TYPE  | 0x10000",
        "TIMESTAMP  | 4294967296",
        "DATE_TIME  | 2026-12-04",
        "DATE_TIME  | 2026-13-04T10:00:00",
        "DATE       | 04.12.2026",
        "DATE       | 2026-02-30",
        "TIME       | 25:00:00",
    })
    void invalidValueIsRefused(VariableType type, String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VariableValues.normalize(type, value));

        assertEquals(true, e.getMessage().endsWith("."), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "INTEGER | 99x | The value '99x' is not an Integer, a whole number from -2147483648 to 2147483647.",
        "BOOLEAN | on  | The value 'on' is not a Boolean, true or false.",
        "DATA    | 1,300 | Byte 2 of the VscpData value, '300', is not a byte; give bytes from 0 to 255 or 0x00 to 0xFF separated by commas.",
    })
    void refusalNamesValue(VariableType type, String value, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VariableValues.normalize(type, value));

        assertEquals(message, e.getMessage());
    }
}
