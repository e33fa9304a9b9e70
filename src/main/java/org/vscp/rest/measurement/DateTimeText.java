package org.vscp.rest.measurement;

import java.time.DateTimeException;
import java.time.Instant;
import org.vscp.rest.event.DateTimeInput;

/**
 * Parses the date-time parameters {@code datetime}, {@code from} and {@code to}: ISO 8601
 * {@code YYYY-MM-DDTHH:MM:SS}, or the same with a space instead of the {@code T}, optionally with
 * a fraction of a second and a {@code Z} or an offset such as {@code +01:00}. A time without a
 * zone is UTC. Stateless and thread-safe.
 */
public final class DateTimeText {

    private DateTimeText() {
    }

    /**
     * Parses {@code text}.
     *
     * @param parameter the parameter name, used in the error message
     * @throws IllegalArgumentException naming the parameter and the value when the text is not a
     *     date and time of the accepted forms
     */
    public static Instant parse(String parameter, String text) {
        String value = DateTimeInput.restorePlusOffset(text.strip());
        try {
            return DateTimeInput.parse(value, true);
        } catch (DateTimeException e) {
            String shown = value.length() <= 40 ? value : value.substring(0, 40) + "...";
            throw new IllegalArgumentException("The " + parameter + " '" + shown + "' is not a"
                    + " valid date and time; use ISO 8601 such as 2026-01-31T12:00:00Z, or"
                    + " 2026-01-31 12:00:00 for UTC.", e);
        }
    }
}
