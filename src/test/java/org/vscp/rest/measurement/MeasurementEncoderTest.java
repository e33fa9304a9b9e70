package org.vscp.rest.measurement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasurementEncoderTest {

    private final MeasurementEncoder encoder = new MeasurementEncoder();

    private static MeasurementSpec spec(int level, MeasurementSpec.ValueFormat format, int type,
            String value, int unit, int index, int zone, int subzone) {
        return new MeasurementSpec(level, format, type, new BigDecimal(value), unit, index, zone,
                subzone);
    }

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text);
    }

    @Test
    void level1FloatLayout() throws MeasurementException {
        // Coding byte 0b101_01_010: float, unit 1, sensor 2. 21.5f is 0x41AC0000.
        EncodedMeasurement encoded = encoder.encode(
                spec(1, MeasurementSpec.ValueFormat.FLOAT, 6, "21.5", 1, 2, 0, 0));

        assertEquals(10, encoded.vscpClass());
        assertEquals(6, encoded.vscpType());
        assertArrayEquals(hex("aa41ac0000"), encoded.data());
    }

    @Test
    void level1StringLayout() throws MeasurementException {
        // Coding byte 0b010_01_000: string, unit 1, sensor 0, then "21.5" in ASCII.
        EncodedMeasurement encoded = encoder.encode(
                spec(1, MeasurementSpec.ValueFormat.STRING, 6, "21.5", 1, 0, 0, 0));

        assertEquals(10, encoded.vscpClass());
        assertArrayEquals(hex("4832312e35"), encoded.data());
    }

    @Test
    void level2FloatLayout() throws MeasurementException {
        // 21.5 as a double is 0x4035800000000000.
        EncodedMeasurement encoded = encoder.encode(
                spec(2, MeasurementSpec.ValueFormat.FLOAT, 6, "21.5", 1, 1, 2, 3));

        assertEquals(1060, encoded.vscpClass());
        assertEquals(6, encoded.vscpType());
        assertArrayEquals(hex("010203014035800000000000"), encoded.data());
    }

    @Test
    void level2StringLayout() throws MeasurementException {
        EncodedMeasurement encoded = encoder.encode(
                spec(2, MeasurementSpec.ValueFormat.STRING, 300, "-0.25", 4, 1, 2, 3));

        assertEquals(1040, encoded.vscpClass());
        assertEquals(300, encoded.vscpType());
        assertArrayEquals(hex("010203042d302e3235"), encoded.data());
    }

    @Test
    void level1StringDropsTrailingZeros() throws MeasurementException {
        EncodedMeasurement encoded = encoder.encode(
                spec(1, MeasurementSpec.ValueFormat.STRING, 6, "21.50000", 0, 0, 0, 0));

        assertArrayEquals(hex("4032312e35"), encoded.data());
    }

    @ParameterizedTest
    @CsvSource({
        "1, FLOAT, 256, 0, 0, 0, 0, type 256",
        "1, FLOAT, 6, 4, 0, 0, 0, unit 4",
        "1, FLOAT, 6, 0, 8, 0, 0, sensor index 8",
        "1, FLOAT, 6, 0, 0, 1, 0, zone 1",
        "1, STRING, 6, 0, 0, 0, 5, sub-zone 5",
        "2, FLOAT, 65536, 0, 0, 0, 0, type 65536",
        "2, FLOAT, 6, 256, 0, 0, 0, unit 256",
        "2, FLOAT, 6, 0, 256, 0, 0, sensor index 256",
        "2, STRING, 6, 0, 0, 256, 0, zone 256",
        "2, STRING, 6, 0, 0, 0, -1, sub-zone -1",
        "3, FLOAT, 6, 0, 0, 0, 0, level 3",
    })
    void outOfRangeRejected(int level, MeasurementSpec.ValueFormat format, int type, int unit,
            int index, int zone, int subzone, String named) {
        MeasurementException error = assertThrows(MeasurementException.class,
                () -> encoder.encode(spec(level, format, type, "1", unit, index, zone, subzone)));

        assertTrue(error.getMessage().contains(named), error.getMessage());
    }

    @Test
    void level1StringTooLongRejected() {
        MeasurementException error = assertThrows(MeasurementException.class,
                () -> encoder.encode(spec(1, MeasurementSpec.ValueFormat.STRING, 6, "12345.678",
                        0, 0, 0, 0)));

        assertTrue(error.getMessage().contains("at most 7"), error.getMessage());
    }

    @Test
    void level1FloatOverflowRejected() {
        assertThrows(MeasurementException.class, () -> encoder.encode(
                spec(1, MeasurementSpec.ValueFormat.FLOAT, 6, "1e39", 0, 0, 0, 0)));
    }

    @Test
    void level2FloatOverflowRejected() {
        assertThrows(MeasurementException.class, () -> encoder.encode(
                spec(2, MeasurementSpec.ValueFormat.FLOAT, 6, "1e309", 0, 0, 0, 0)));
    }
}
