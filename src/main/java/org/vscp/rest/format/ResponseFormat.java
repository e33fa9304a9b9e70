package org.vscp.rest.format;

import java.util.Locale;
import java.util.Optional;

/** The five answer formats, with their protocol numbers. */
public enum ResponseFormat {
    PLAIN,
    CSV,
    XML,
    JSON,
    JSONP;

    private static final ResponseFormat[] VALUES = values();

    /**
     * Looks a format up by name or number, case-insensitively; null or empty means plain.
     *
     * @return empty when {@code value} names no format
     */
    public static Optional<ResponseFormat> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(PLAIN);
        }

        String name = value.strip();
        if (isPlainAscii(name)) {
            // The common case; the same result as the upper-case comparison below, without
            // creating strings.
            for (ResponseFormat format : VALUES) {
                if (format.name().equalsIgnoreCase(name)
                        || (name.length() == 1 && name.charAt(0) == '0' + format.ordinal())) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }

        name = name.toUpperCase(Locale.ROOT);
        for (ResponseFormat format : VALUES) {
            if (format.name().equals(name) || String.valueOf(format.ordinal()).equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
