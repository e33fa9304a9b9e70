package org.vscp.rest.event;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Parses and formats the VSCP event string form
 * {@code head,class,type,obid,datetime,timestamp,GUID,data0,data1,...}.
 */
public final class EventStrings {

    /** The output form of the date and time: UTC, whole seconds, with a {@code Z}. */
    public static final DateTimeFormatter DATE_TIME_OUTPUT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /** Fields before the data in the current form: head to GUID. */
    private static final int CURRENT_FIELDS = 7;

    /** Fields before the data in the older form, which has no date and time. */
    private static final int OLDER_FIELDS = 6;

    private static final String FIELD_LIST = "head,class,type,obid,datetime,timestamp,GUID";

    private static final long SECONDS_PER_DAY = 86_400;

    /** The epoch days of 0000-01-01 and 9999-12-31, the range {@link #appendDateTime} writes. */
    private static final long FIRST_FAST_DAY = LocalDate.of(0, 1, 1).toEpochDay();
    private static final long LAST_FAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    private EventStrings() {
    }

    /**
     * Parses an event string in the current form
     * {@code head,class,type,obid,datetime,timestamp,GUID,data...} or the older form without a
     * date and time, {@code head,class,type,obid,timestamp,GUID,data...}. The older form is
     * recognised when the fifth field is a number and the sixth is {@code -}, empty or contains a
     * {@code :}. In the current form the fifth field is empty or a date and time, never a number.
     *
     * <p>Whitespace around each field and one pair of double quotes around the whole string are
     * ignored. The obid is checked for range and then dropped, because the server sets it. An
     * empty datetime, an empty or 0 timestamp and a {@code -} or empty GUID become null, 0 and
     * null in the draft, for {@link EventDraft#complete} to fill in.
     *
     * @param text the event string; null is rejected like an empty string
     * @throws MalformedEventException naming the field that is missing, out of range or malformed,
     *     with the bad value cut to 40 characters
     */
    public static EventDraft parse(String text) throws MalformedEventException {
        String body = unquote(text);

        // Reject a huge parameter before splitting it into fields.
        int fieldCount = FieldText.count(body, ',') + 1;
        if (fieldCount > CURRENT_FIELDS + VscpEvent.MAX_DATA) {
            throw new MalformedEventException("The event string has " + fieldCount
                    + " fields, so at least " + (fieldCount - CURRENT_FIELDS)
                    + " data bytes; an event carries at most 512.");
        }

        String[] fields = body.split(",", -1);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].strip();
        }
        boolean olderForm = isOlderForm(fields);
        if (!olderForm && fields.length < CURRENT_FIELDS) {
            throw new MalformedEventException("The event string has " + fields.length
                    + (fields.length == 1 ? " field" : " fields") + "; expected at least 7 ("
                    + FIELD_LIST + ") followed by 0-512 data bytes.");
        }

        int head = (int) FieldText.parseNumber(fields[0], "event head", 0xFFFF);
        int vscpClass = (int) FieldText.parseNumber(fields[1], "event class", 0xFFFF);
        int vscpType = (int) FieldText.parseNumber(fields[2], "event type", 0xFFFF);
        if (!fields[3].isEmpty()) {
            FieldText.parseNumber(fields[3], "event obid", 0xFFFF_FFFFL);
        }

        int next = 4;
        Instant dateTime = null;
        if (!olderForm) {
            dateTime = parseDateTime(fields[next++]);
        }
        long timestamp = fields[next].isEmpty()
                ? 0
                : FieldText.parseNumber(fields[next], "event timestamp", 0xFFFF_FFFFL);
        next++;
        Guid guid = isDefaultGuid(fields[next]) ? null : Guid.parse(fields[next], "event GUID");
        next++;

        byte[] data = parseData(fields, next);
        return new EventDraft(head, vscpClass, vscpType, dateTime, timestamp, guid, data);
    }

    /** Strips whitespace and one pair of enclosing double quotes; rejects null and blank text. */
    private static String unquote(String text) throws MalformedEventException {
        String body = text == null ? "" : text.strip();
        int last = body.length() - 1;
        if (last > 0 && body.charAt(0) == '"' && body.charAt(last) == '"') {
            body = body.substring(1, last).strip();
        }
        if (body.isEmpty()) {
            throw new MalformedEventException("The event string is missing or blank; expected "
                    + FIELD_LIST + " followed by 0-512 data bytes.");
        }
        return body;
    }

    private static boolean isOlderForm(String[] fields) {
        return fields.length >= OLDER_FIELDS
                && FieldText.isNumber(fields[4])
                && (isDefaultGuid(fields[5]) || fields[5].indexOf(':') >= 0);
    }

    private static boolean isDefaultGuid(String field) {
        return field.isEmpty() || field.equals("-");
    }

    /**
     * Parses the datetime field into an instant, or returns null for an empty field. A time
     * without {@code Z} or an offset is UTC.
     */
    private static Instant parseDateTime(String field) throws MalformedEventException {
        if (field.isEmpty()) {
            return null;
        }

        try {
            return DateTimeInput.parse(DateTimeInput.restorePlusOffset(field), false);
        } catch (DateTimeException e) {
            throw new MalformedEventException("The event datetime " + FieldText.quote(field)
                    + " is invalid; expected ISO 8601 YYYY-MM-DDTHH:MM:SS in UTC, optionally"
                    + " with fractional seconds and Z or an offset such as +01:00, or empty"
                    + " for now.");
        }
    }

    private static byte[] parseData(String[] fields, int first) throws MalformedEventException {
        int size = fields.length - first;
        if (size > VscpEvent.MAX_DATA) {
            throw new MalformedEventException("The event has " + size
                    + " data bytes; an event carries at most 512.");
        }

        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            String field = fields[first + i];
            if (field.isEmpty()) {
                String hint = i == size - 1 ? " Remove the trailing comma." : "";
                throw new MalformedEventException("The event data byte " + i + " is empty;"
                        + " expected a decimal or 0x hex number 0-255." + hint);
            }
            data[i] = (byte) FieldText.parseNumber(field, "event data byte " + i, 0xFF);
        }
        return data;
    }

    /** Formats {@code event} in the output form: decimals, datetime with Z, upper-case 0xHH data. */
    public static String format(VscpEvent event) {
        StringBuilder text = new StringBuilder(96 + 5 * event.sizeData());
        text.append(event.head()).append(',')
                .append(event.vscpClass()).append(',')
                .append(event.vscpType()).append(',')
                .append(event.obid()).append(',');
        appendDateTime(text, event.dateTime()).append(',')
                .append(event.timestamp()).append(',')
                .append(event.guid());
        for (int i = 0; i < event.sizeData(); i++) {
            appendHexByte(text.append(','), event.dataAt(i));
        }
        return text.toString();
    }

    /**
     * Appends {@code dateTime} in the output form of {@link #DATE_TIME_OUTPUT}, such as {@code
     * 2024-05-01T12:00:00Z}, with the same characters that formatter writes. Years 0-9999 are
     * written by hand, because this runs for every event of every readevent answer and the
     * formatter takes several times longer; other years go through the formatter.
     *
     * @return {@code text}
     */
    public static StringBuilder appendDateTime(StringBuilder text, Instant dateTime) {
        long seconds = dateTime.getEpochSecond();
        long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
        if (days < FIRST_FAST_DAY || days > LAST_FAST_DAY) {
            DATE_TIME_OUTPUT.formatTo(dateTime, text);
            return text;
        }

        LocalDate date = LocalDate.ofEpochDay(days);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        int year = date.getYear();
        appendTwoDigits(text, year / 100);
        appendTwoDigits(text, year % 100).append('-');
        appendTwoDigits(text, date.getMonthValue()).append('-');
        appendTwoDigits(text, date.getDayOfMonth()).append('T');
        appendTwoDigits(text, secondOfDay / 3600).append(':');
        appendTwoDigits(text, secondOfDay / 60 % 60).append(':');
        return appendTwoDigits(text, secondOfDay % 60).append('Z');
    }

    /** Returns {@code dateTime} in the output form, like {@link #appendDateTime}. */
    public static String formatDateTime(Instant dateTime) {
        return appendDateTime(new StringBuilder(20), dateTime).toString();
    }

    private static StringBuilder appendTwoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** Appends {@code value} (0-255) as {@code 0xHH} with upper-case digits. */
    public static StringBuilder appendHexByte(StringBuilder text, int value) {
        return text.append("0x").append(HEX_DIGITS[value >>> 4]).append(HEX_DIGITS[value & 0x0F]);
    }
}
