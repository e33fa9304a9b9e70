package org.vscp.rest.event;

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
 * Parses the ISO 8601 date-times that clients send: {@code YYYY-MM-DDTHH:MM:SS}, optionally with
 * a fraction of a second and then {@code Z} or an offset such as {@code +01:00}. A time without
 * a zone is UTC. Stateless and thread-safe.
 */
public final class DateTimeInput {

    private static final DateTimeFormatter T_SEPARATED = formatter(false);
    private static final DateTimeFormatter T_OR_SPACE_SEPARATED = formatter(true);

    private DateTimeInput() {
    }

    private static DateTimeFormatter formatter(boolean spaceSeparator) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .append(DateTimeFormatter.ISO_LOCAL_DATE);
        if (spaceSeparator) {
            builder.optionalStart().appendLiteral('T').optionalEnd()
                    .optionalStart().appendLiteral(' ').optionalEnd();
        } else {
            builder.appendLiteral('T');
        }
        return builder.appendValue(ChronoField.HOUR_OF_DAY, 2)
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
    }

    /**
     * Returns {@code text} with a space before a trailing {@code HH:MM} offset turned back into
     * {@code +}. A client that does not percent-encode its URL sends "+01:00" as is, and form
     * decoding turns the '+' into a space; a '-' offset arrives intact.
     */
    public static String restorePlusOffset(String text) {
        int space = text.lastIndexOf(' ');
        if (space > 10 && space == text.length() - 6) {
            return text.substring(0, space) + '+' + text.substring(space + 1);
        }
        return text;
    }

    /**
     * Parses {@code text}.
     *
     * @param spaceSeparator whether a space may stand for the {@code T}, as in
     *     {@code YYYY-MM-DD HH:MM:SS}
     * @throws DateTimeException when {@code text} is not a date and time of the accepted forms
     */
    public static Instant parse(String text, boolean spaceSeparator) {
        DateTimeFormatter input = spaceSeparator ? T_OR_SPACE_SEPARATED : T_SEPARATED;
        TemporalAccessor parsed = input.parse(text);
        ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                ? ZoneOffset.from(parsed)
                : ZoneOffset.UTC;
        return LocalDateTime.from(parsed).toInstant(offset);
    }
}
