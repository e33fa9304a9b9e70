package org.vscp.rest.measurement;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Parses the decimal numbers of measurement values: '.' as separator, optional exponent. */
final class DecimalValues {

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");

    private DecimalValues() {
    }

    /** Returns whether {@code text} is a decimal number such as {@code -12.5} or {@code 1e3}. */
    static boolean isDecimal(String text) {
        return text != null && DECIMAL.matcher(text).matches();
    }

    /**
     * Parses {@code text}.
     *
     * @throws MeasurementException naming the text when it is not a decimal number
     */
    static BigDecimal parse(String text) throws MeasurementException {
        String value = text == null ? "" : text.strip();
        if (!isDecimal(value)) {
            throw new MeasurementException("The value '" + shorten(value) + "' is not a decimal"
                    + " number; write it with '.' as the separator, such as 21.5 or -3.");
        }
        return new BigDecimal(value);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
