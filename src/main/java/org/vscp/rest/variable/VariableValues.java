package org.vscp.rest.variable;

import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.vscp.rest.event.EventStrings;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.MalformedEventException;
import org.vscp.rest.text.ClientText;

/** Checks values against their {@link VariableType} and brings them into one stored form. */
public final class VariableValues {

    /** The most bytes a VscpData value holds, as many as an event carries. */
    public static final int MAX_DATA_BYTES = 512;

    private static final Pattern DECIMAL_INTEGER = Pattern.compile("[+-]?[0-9]{1,30}");
    private static final Pattern DECIMAL_NUMBER =
            Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,4})?");
    private static final Pattern UNSIGNED = Pattern.compile("[0-9]{1,20}|0[xX][0-9A-Fa-f]{1,16}");

    private VariableValues() {
    }

    /**
     * Returns {@code text} in the stored form of {@code type}: numbers in plain decimal, booleans
     * in lower case, GUIDs in upper-case hex, whitespace around validated values removed. Text
     * types return {@code text} unchanged.
     *
     * @throws IllegalArgumentException with a sentence that names the value and the expected
     *     form if {@code text} is not a value of {@code type}
     */
    public static String normalize(VariableType type, String text) {
        if (!type.isValidated()) {
            return text;
        }

        String value = text.strip();
        return switch (type) {
            case BOOLEAN -> normalizeBoolean(value);
            case INTEGER -> Long.toString(parseSigned(value, Integer.MIN_VALUE, Integer.MAX_VALUE,
                    "an Integer, a whole number from -2147483648 to 2147483647"));
            case LONG -> Long.toString(parseSigned(value, Long.MIN_VALUE, Long.MAX_VALUE,
                    "a Long, a whole number from -9223372036854775808 to 9223372036854775807"));
            case DOUBLE -> normalizeDouble(value);
            case EVENT -> normalizeEvent(value);
            case GUID -> normalizeGuid(value);
            case DATA -> normalizeData(value);
            case VSCP_CLASS -> Long.toString(parseUnsigned(value, 0xFFFF,
                    "a VscpClass, a number from 0 to 65535"));
            case VSCP_TYPE -> Long.toString(parseUnsigned(value, 0xFFFF,
                    "a VscpType, a number from 0 to 65535"));
            case TIMESTAMP -> Long.toString(parseUnsigned(value, 0xFFFF_FFFFL,
                    "a Timestamp, microseconds from 0 to 4294967295"));
            case DATE_TIME -> checkDate(value, DateTimeFormatter.ISO_DATE_TIME,
                    "a DateTime in ISO 8601 form such as 2026-12-04T10:00:00 or"
                            + " 2026-12-04T10:00:00Z");
            case DATE -> checkDate(value, DateTimeFormatter.ISO_LOCAL_DATE,
                    "a Date in ISO 8601 form such as 2026-12-04");
            case TIME -> checkDate(value, DateTimeFormatter.ISO_TIME,
                    "a Time in ISO 8601 form such as 10:00:00 or 10:00:00.250");
            default -> throw new IllegalStateException("No check for the validated type " + type);
        };
    }

    private static String normalizeBoolean(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return lower;
        }
        throw bad(value, "a Boolean, true or false");
    }

    private static long parseSigned(String value, long min, long max, String expected) {
        if (!DECIMAL_INTEGER.matcher(value).matches()) {
            throw bad(value, expected);
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Out of the long range; reported below.
        }
        throw bad(value, expected);
    }

    private static long parseUnsigned(String value, long max, String expected) {
        if (!UNSIGNED.matcher(value).matches()) {
            throw bad(value, expected);
        }
        try {
            boolean hex = value.length() > 2 && (value.charAt(1) == 'x' || value.charAt(1) == 'X');
            long parsed = hex ? Long.parseLong(value.substring(2), 16) : Long.parseLong(value);
            if (parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Out of the long range; reported below.
        }
        throw bad(value, expected);
    }

    private static String normalizeDouble(String value) {
        if (!DECIMAL_NUMBER.matcher(value).matches()) {
            throw bad(value, "a Double, a decimal number such as 21.5 or -1.5e3");
        }
        double parsed = Double.parseDouble(value);
        if (Double.isInfinite(parsed)) {
            throw bad(value, "a Double within the range of a 64-bit floating-point number");
        }
        return value;
    }

    private static String normalizeEvent(String value) {
        try {
            EventStrings.parse(value);
            return value;
        } catch (MalformedEventException e) {
            throw new IllegalArgumentException("The value is not a VscpEvent: " + e.getMessage());
        }
    }

    private static String normalizeGuid(String value) {
        try {
            return Guid.parse(value).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The value is not a VscpGuid: " + e.getMessage());
        }
    }

    private static String normalizeData(String value) {
        if (value.isEmpty()) {
            return value;
        }

        String[] parts = value.split(",", -1);
        if (parts.length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("The VscpData value has " + parts.length
                    + " bytes; at most " + MAX_DATA_BYTES + " are allowed.");
        }
        StringJoiner joined = new StringJoiner(",");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            try {
                joined.add(Long.toString(parseUnsigned(part, 0xFF, "")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Byte " + (i + 1) + " of the VscpData value, '"
                        + ClientText.shorten(part) + "', is not a byte; give bytes from 0 to 255"
                        + " or 0x00 to 0xFF separated by commas.");
            }
        }
        return joined.toString();
    }

    private static String checkDate(String value, DateTimeFormatter format, String expected) {
        try {
            format.parse(value);
            return value;
        } catch (DateTimeException e) {
            throw bad(value, expected);
        }
    }

    private static IllegalArgumentException bad(String value, String expected) {
        return new IllegalArgumentException("The value '" + ClientText.shorten(value)
                + "' is not "
                + expected + ".");
    }
}
