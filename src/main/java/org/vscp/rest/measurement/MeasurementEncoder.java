package org.vscp.rest.measurement;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.vscp.rest.event.VscpEvent;

/**
 * Encodes a {@link MeasurementSpec} into the data bytes of a measurement event, as the VSCP
 * specification lays them out:
 *
 * <ul>
 *   <li>level I float: CLASS1.MEASUREMENT, byte 0 the coding byte {@code 0b101uuiii}, bytes 1-4
 *       an IEEE 754 float, most significant byte first;
 *   <li>level I string: CLASS1.MEASUREMENT, byte 0 the coding byte {@code 0b010uuiii}, then at
 *       most 7 ASCII characters;
 *   <li>level II float: CLASS2.MEASUREMENT_FLOAT, bytes 0-3 sensor index, zone, sub-zone, unit,
 *       bytes 4-11 an IEEE 754 double, most significant byte first;
 *   <li>level II string: CLASS2.MEASUREMENT_STR, the same four bytes, then the decimal text.
 * </ul>
 *
 * Values out of range are rejected, never masked. Stateless and thread-safe.
 */
public final class MeasurementEncoder {

    /** The maximum length of a level I string value, in characters. */
    static final int MAX_LEVEL1_TEXT = 7;

    /**
     * The maximum length of a level II string value, in characters: the data bytes after the
     * four header bytes.
     */
    static final int MAX_LEVEL2_TEXT = VscpEvent.MAX_DATA - 4;

    /**
     * Encodes {@code spec}.
     *
     * @throws MeasurementException naming the field and the allowed range when a value does not
     *     fit the chosen level and format
     */
    public EncodedMeasurement encode(MeasurementSpec spec) throws MeasurementException {
        return switch (spec.level()) {
            case 1 -> encodeLevel1(spec);
            case 2 -> encodeLevel2(spec);
            default -> throw new MeasurementException("The level " + spec.level()
                    + " is not valid; use 1 for CLASS1.MEASUREMENT or 2 for the level II classes.");
        };
    }

    private static EncodedMeasurement encodeLevel1(MeasurementSpec spec)
            throws MeasurementException {
        checkRange("type", spec.vscpType(), 255, 1);
        checkRange("unit", spec.unit(), 3, 1);
        checkRange("sensor index", spec.sensorIndex(), 7, 1);
        if (spec.zone() != 0 || spec.subzone() != 0) {
            throw new MeasurementException("A level I measurement (CLASS1.MEASUREMENT) carries no"
                    + " zone or sub-zone, but zone " + spec.zone() + " and sub-zone "
                    + spec.subzone() + " were given; leave them out or use level 2.");
        }

        if (spec.format() == MeasurementSpec.ValueFormat.FLOAT) {
            float value = toFloat(spec.value());
            ByteBuffer data = ByteBuffer.allocate(5);
            data.put((byte) DataCoding.FLOAT.codingByte(spec.unit(), spec.sensorIndex()));
            data.putFloat(value);
            return new EncodedMeasurement(MeasurementClasses.CLASS1_MEASUREMENT, spec.vscpType(),
                    data.array());
        }

        byte[] text = decimalText(spec.value(), MAX_LEVEL1_TEXT, 1);
        ByteBuffer data = ByteBuffer.allocate(1 + text.length);
        data.put((byte) DataCoding.STRING.codingByte(spec.unit(), spec.sensorIndex()));
        data.put(text);
        return new EncodedMeasurement(MeasurementClasses.CLASS1_MEASUREMENT, spec.vscpType(),
                data.array());
    }

    private static EncodedMeasurement encodeLevel2(MeasurementSpec spec)
            throws MeasurementException {
        checkRange("type", spec.vscpType(), 0xFFFF, 2);
        checkRange("unit", spec.unit(), 255, 2);
        checkRange("sensor index", spec.sensorIndex(), 255, 2);
        checkRange("zone", spec.zone(), 255, 2);
        checkRange("sub-zone", spec.subzone(), 255, 2);

        byte[] header = {(byte) spec.sensorIndex(), (byte) spec.zone(), (byte) spec.subzone(),
                (byte) spec.unit()};
        if (spec.format() == MeasurementSpec.ValueFormat.FLOAT) {
            double value = toDouble(spec.value());
            ByteBuffer data = ByteBuffer.allocate(12);
            data.put(header);
            data.putDouble(value);
            return new EncodedMeasurement(MeasurementClasses.CLASS2_MEASUREMENT_FLOAT,
                    spec.vscpType(), data.array());
        }

        byte[] text = decimalText(spec.value(), MAX_LEVEL2_TEXT, 2);
        ByteBuffer data = ByteBuffer.allocate(header.length + text.length);
        data.put(header);
        data.put(text);
        return new EncodedMeasurement(MeasurementClasses.CLASS2_MEASUREMENT_STR, spec.vscpType(),
                data.array());
    }

    private static void checkRange(String field, int value, int max, int level)
            throws MeasurementException {
        if (value < 0 || value > max) {
            throw new MeasurementException("The " + field + " " + value + " is outside 0-" + max
                    + ", the range of a level " + (level == 1 ? "I" : "II") + " measurement.");
        }
    }

    private static float toFloat(BigDecimal value) throws MeasurementException {
        float result = value.floatValue();
        if (Float.isInfinite(result)) {
            throw new MeasurementException("The value " + value.toString() + " is too large for"
                    + " the 32-bit float of a level I measurement; use level 2 or the string"
                    + " format.");
        }
        return result;
    }

    private static double toDouble(BigDecimal value) throws MeasurementException {
        double result = value.doubleValue();
        if (Double.isInfinite(result)) {
            throw new MeasurementException("The value " + value.toString() + " is too large for"
                    + " the 64-bit double of a level II measurement; use the string format.");
        }
        return result;
    }

    /**
     * Returns {@code value} as plain decimal ASCII text with '.' as the separator, without
     * trailing zeros when the full form is too long.
     */
    private static byte[] decimalText(BigDecimal value, int maxLength, int level)
            throws MeasurementException {
        String text = value.toPlainString();
        if (text.length() > maxLength) {
            text = value.stripTrailingZeros().toPlainString();
        }
        if (text.length() > maxLength) {
            throw new MeasurementException("The value " + value.toPlainString() + " needs "
                    + text.length() + " characters, but a level " + (level == 1 ? "I" : "II")
                    + " string measurement holds at most " + maxLength + "; round it or use the"
                    + " float format.");
        }
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
