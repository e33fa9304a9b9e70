package org.vscp.rest.measurement;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.vscp.rest.event.VscpEvent;

/**
 * Reads the measurement out of a measurement event from any source: CLASS1.MEASUREMENT in every
 * data coding, the same event carried over level II (class 522, after 16 bytes of interface
 * GUID), CLASS2.MEASUREMENT_FLOAT and CLASS2.MEASUREMENT_STR. Stateless and thread-safe.
 *
 * <p>Bit-field and byte codings are read as one unsigned big-endian number, because the
 * specification gives them no other numeric meaning. A level I float is returned as the double
 * nearest to the float's shortest decimal form, so 21.3 stays 21.3 and does not become
 * 21.299999237060547.
 */
public final class MeasurementDecoder {

    /** CLASS2.LEVEL1.MEASUREMENT: CLASS1.MEASUREMENT with 16 GUID bytes in front. */
    static final int CLASS2_LEVEL1_MEASUREMENT = 512 + MeasurementClasses.CLASS1_MEASUREMENT;

    private static final int GUID_PREFIX = 16;
    private static final int LEVEL2_HEADER = 4;

    /**
     * Returns whether events of {@code vscpClass} carry measurements this decoder reads.
     */
    public static boolean isMeasurementClass(int vscpClass) {
        return vscpClass == MeasurementClasses.CLASS1_MEASUREMENT
                || vscpClass == CLASS2_LEVEL1_MEASUREMENT
                || vscpClass == MeasurementClasses.CLASS2_MEASUREMENT_FLOAT
                || vscpClass == MeasurementClasses.CLASS2_MEASUREMENT_STR;
    }

    /**
     * Decodes {@code event}. Returns empty when the event is not a measurement, is too short for
     * its coding, uses a reserved coding or carries text that is not a decimal number.
     */
    public Optional<Measurement> decode(VscpEvent event) {
        byte[] data = event.data();
        return switch (event.vscpClass()) {
            case MeasurementClasses.CLASS1_MEASUREMENT -> decodeLevel1(event, data, 0);
            case CLASS2_LEVEL1_MEASUREMENT -> decodeLevel1(event, data, GUID_PREFIX);
            case MeasurementClasses.CLASS2_MEASUREMENT_FLOAT -> decodeLevel2Float(event, data);
            case MeasurementClasses.CLASS2_MEASUREMENT_STR -> decodeLevel2String(event, data);
            default -> Optional.empty();
        };
    }

    private static Optional<Measurement> decodeLevel1(VscpEvent event, byte[] data, int start) {
        if (data.length < start + 2) {
            return Optional.empty();
        }

        int codingByte = data[start] & 0xFF;
        DataCoding coding = DataCoding.ofCodingByte(codingByte);
        if (coding == null) {
            return Optional.empty();
        }
        int unit = (codingByte >>> 3) & 0x03;
        int sensorIndex = codingByte & 0x07;
        int first = start + 1;
        int length = data.length - first;

        Optional<BigDecimal> value = switch (coding) {
            case BITS, BYTE -> length <= 7
                    ? Optional.of(BigDecimal.valueOf(unsigned(data, first, length)))
                    : Optional.empty();
            case INTEGER -> length <= 7
                    ? Optional.of(BigDecimal.valueOf(signed(data, first, length)))
                    : Optional.empty();
            case NORMALIZED_INTEGER -> normalized(data, first, length);
            case FLOAT -> length == 4
                    ? finiteFloat(ByteBuffer.wrap(data, first, 4).getFloat())
                    : Optional.empty();
            case STRING -> decimal(data, first, Math.min(length, 7));
        };

        return value.map(number -> new Measurement(event.vscpClass(), event.vscpType(),
                number.doubleValue(), textOf(coding, number, data, first, length), unit,
                sensorIndex, 0, 0));
    }

    private static Optional<Measurement> decodeLevel2Float(VscpEvent event, byte[] data) {
        if (data.length < LEVEL2_HEADER + 8) {
            return Optional.empty();
        }

        double value = ByteBuffer.wrap(data, LEVEL2_HEADER, 8).getDouble();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Optional.empty();
        }
        return Optional.of(new Measurement(event.vscpClass(), event.vscpType(), value,
                Double.toString(value), data[3] & 0xFF, data[0] & 0xFF, data[1] & 0xFF,
                data[2] & 0xFF));
    }

    private static Optional<Measurement> decodeLevel2String(VscpEvent event, byte[] data) {
        if (data.length <= LEVEL2_HEADER) {
            return Optional.empty();
        }

        String text = asciiText(data, LEVEL2_HEADER, data.length - LEVEL2_HEADER);
        return parseDecimal(text).map(number -> new Measurement(event.vscpClass(),
                event.vscpType(), number.doubleValue(), text, data[3] & 0xFF, data[0] & 0xFF,
                data[1] & 0xFF, data[2] & 0xFF));
    }

    private static String textOf(DataCoding coding, BigDecimal number, byte[] data, int first,
            int length) {
        if (coding == DataCoding.STRING) {
            return asciiText(data, first, Math.min(length, 7));
        }
        return number.toPlainString();
    }

    private static long unsigned(byte[] data, int first, int length) {
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = (value << 8) | (data[first + i] & 0xFF);
        }
        return value;
    }

    private static long signed(byte[] data, int first, int length) {
        long value = unsigned(data, first, length);
        int unusedBits = 64 - 8 * length;
        return (value << unusedBits) >> unusedBits;
    }

    private static Optional<BigDecimal> normalized(byte[] data, int first, int length) {
        int mantissaLength = length - 1;
        if (mantissaLength < 1 || mantissaLength > 6) {
            return Optional.empty();
        }

        int exponentByte = data[first] & 0xFF;
        int places = exponentByte & 0x7F;
        long mantissa = signed(data, first + 1, mantissaLength);
        int power = (exponentByte & 0x80) != 0 ? -places : places;
        return Optional.of(BigDecimal.valueOf(mantissa).scaleByPowerOfTen(power));
    }

    private static Optional<BigDecimal> finiteFloat(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(Float.toString(value)));
    }

    private static Optional<BigDecimal> decimal(byte[] data, int first, int length) {
        return parseDecimal(asciiText(data, first, length));
    }

    /** Returns the ASCII text of the bytes up to the first NUL, without surrounding spaces. */
    private static String asciiText(byte[] data, int first, int length) {
        int end = first;
        while (end < first + length && data[end] != 0) {
            end++;
        }
        return new String(data, first, end - first, StandardCharsets.US_ASCII).strip();
    }

    private static Optional<BigDecimal> parseDecimal(String text) {
        if (!DecimalValues.isDecimal(text)) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }
}
