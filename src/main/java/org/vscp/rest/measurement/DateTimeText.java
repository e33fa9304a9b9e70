package org.vscp.rest.measurement;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Parses the date-time parameters {@code datetime}, {@code from} and {@code to}: ISO 8601
 * {@code YYYY-MM-DDTHH:MM:SS}, or the same with a space instead of the {@code T}, optionally with
 * a fraction of a second and a {@code Z} or an offset such as {@code +01:00}. A time without a
 * zone is UTC. Stateless and thread-safe.
 */
public final class DateTimeText {

    private static final DateTimeFormatter INPUT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

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
        String value = text.strip();

        // A client that does not percent-encode its URL sends "+01:00" as is, and form decoding
        // turns the '+' into a space.
        int space = value.lastIndexOf(' ');
        if (space > 10 && space == value.length() - 6) {
            value = value.substring(0, space) + '+' + value.substring(space + 1);
        }

        try {
            TemporalAccessor parsed = INPUT.parse(value);
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.from(parsed)
                    : ZoneOffset.UTC;
            return LocalDateTime.from(parsed).toInstant(offset);
        } catch (DateTimeException e) {
            String shown = value.length() <= 40 ? value : value.substring(0, 40) + "...";
            throw new IllegalArgumentException("The " + parameter + " '" + shown + "' is not a"
                    + " valid date and time; use ISO 8601 such as 2026-01-31T12:00:00Z, or"
                    + " 2026-01-31 12:00:00 for UTC.", e);
        }
    }
}
