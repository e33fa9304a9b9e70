package org.vscp.rest.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;

class MeasurementDecoderTest {

    private final MeasurementDecoder decoder = new MeasurementDecoder();
    private final MeasurementEncoder encoder = new MeasurementEncoder();

    private static VscpEvent event(int vscpClass, int type, String dataHex) {
        return new VscpEvent(0, vscpClass, type, 1, Instant.EPOCH, 0, Guid.ZERO,
                HexFormat.of().parseHex(dataHex));
    }

    private Measurement decoded(int vscpClass, String dataHex) {
        Optional<Measurement> result = decoder.decode(event(vscpClass, 6, dataHex));
        assertTrue(result.isPresent(), "expected a measurement in " + dataHex);
        return result.get();
    }

    @ParameterizedTest
    @CsvSource({
        // coding byte, data bytes, expected value
        "'0a', '0105', 261",          // bits, unit 1, sensor 2: unsigned 0x0105
        "'20', 'ff', 255",            // byte: unsigned
        "'60', 'ff', -1",             // integer, one byte, two's complement
        "'60', 'fffe', -2",
        "'60', '00ff', 255",
        "'60', '7fffffffffffff', 36028797018963967",
        "'80', '021b22', 694600",     // normalized integer examples of the data coding page
        "'80', '858d', -0.00115",
        "'80', '810107', 26.3",
        "'a0', '41ac0000', 21.5",     // single float
        "'a0', '41aa6666', 21.3",
        "'40', '2d31322e35', -12.5",  // string "-12.5"
        "'40', '32310000', 21",       // string with NUL padding
    })
    void level1Codings(String coding, String data, String expected) {
        Measurement measurement = decoded(10, coding + data);

        assertEquals(new BigDecimal(expected).doubleValue(), measurement.value(), 1e-12);
    }

    @Test
    void level1UnitAndIndex() {
        Measurement measurement = decoded(10, "aa41ac0000");

        assertEquals(1, measurement.unit());
        assertEquals(2, measurement.sensorIndex());
        assertEquals(0, measurement.zone());
        assertEquals(0, measurement.subzone());
        assertEquals(6, measurement.vscpType());
    }

    @Test
    void level1OverLevel2SkipsGuid() {
        Measurement measurement = decoded(522, "00".repeat(16) + "a041ac0000");

        assertEquals(21.5, measurement.value());
    }

    @Test
    void level2FloatFields() {
        Measurement measurement = decoded(1060, "010203014035800000000000");

        assertEquals(21.5, measurement.value());
        assertEquals(1, measurement.sensorIndex());
        assertEquals(2, measurement.zone());
        assertEquals(3, measurement.subzone());
        assertEquals(1, measurement.unit());
    }

    @Test
    void level2StringFields() {
        Measurement measurement = decoded(1040, "0a0b0c042d302e323500");

        assertEquals(-0.25, measurement.value());
        assertEquals("-0.25", measurement.text());
        assertEquals(10, measurement.sensorIndex());
        assertEquals(11, measurement.zone());
        assertEquals(12, measurement.subzone());
        assertEquals(4, measurement.unit());
    }

    @ParameterizedTest
    @CsvSource({
        "10, 'a0'",                  // no value bytes
        "10, 'a041ac00'",            // float with three bytes
        "10, 'c0010203'",            // reserved coding 0b110
        "10, '40312c35'",            // string '1,5' with a comma separator
        "10, '80010203040506070809'",  // normalized mantissa of 8 bytes
        "1060, '0102030140358000'",  // double cut short
        "1040, '01020301'",          // no text
        "1040, '0102030178797a'",    // text 'xyz'
        "20, 'a041ac0000'",          // not a measurement class
    })
    void malformedGivesEmpty(int vscpClass, String data) {
        assertTrue(decoder.decode(event(vscpClass, 6, data)).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
        "1, FLOAT, 21.5, 1, 7, 0, 0",
        "1, FLOAT, -40.25, 3, 0, 0, 0",
        "1, STRING, 21.5, 2, 3, 0, 0",
        "1, STRING, -1234.5, 0, 0, 0, 0",
        "2, FLOAT, 1013.25, 255, 255, 255, 255",
        "2, FLOAT, -0.000123, 0, 0, 0, 0",
        "2, STRING, 123456789.123456789, 9, 8, 7, 6",
    })
    void decodeOfEncodeRoundTrips(int level, MeasurementSpec.ValueFormat format, String value,
            int unit, int index, int zone, int subzone) throws MeasurementException {
        EncodedMeasurement encoded = encoder.encode(new MeasurementSpec(level, format, 6,
                new BigDecimal(value), unit, index, zone, subzone));
        VscpEvent event = new VscpEvent(0, encoded.vscpClass(), encoded.vscpType(), 1,
                Instant.EPOCH, 0, Guid.ZERO, encoded.data());

        Measurement measurement = decoder.decode(event).orElseThrow();

        assertEquals(new BigDecimal(value).doubleValue(), measurement.value(), 1e-9);
        assertEquals(unit, measurement.unit());
        assertEquals(index, measurement.sensorIndex());
        assertEquals(zone, measurement.zone());
        assertEquals(subzone, measurement.subzone());
        assertEquals(6, measurement.vscpType());
    }
}
