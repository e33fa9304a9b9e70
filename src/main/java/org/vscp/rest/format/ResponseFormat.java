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

    /**
     * Looks a format up by name or number, case-insensitively; null or empty means plain.
     *
     * @return empty when {@code value} names no format
     */
    public static Optional<ResponseFormat> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(PLAIN);
        }

        String name = value.strip().toUpperCase(Locale.ROOT);
        for (ResponseFormat format : values()) {
            if (format.name().equals(name) || String.valueOf(format.ordinal()).equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
