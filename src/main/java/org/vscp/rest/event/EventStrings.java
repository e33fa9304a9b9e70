package org.vscp.rest.event;

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

    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    private EventStrings() {
    }

    /**
     * Parses an event string in the current form or the older form without a date and time.
     *
     * @throws MalformedEventException naming the field that is missing, out of range or malformed
     */
    public static EventDraft parse(String text) throws MalformedEventException {
        throw new UnsupportedOperationException("TODO");
    }

    /** Formats {@code event} in the output form: decimals, datetime with Z, upper-case 0xHH data. */
    public static String format(VscpEvent event) {
        StringBuilder text = new StringBuilder(96 + 5 * event.sizeData());
        text.append(event.head()).append(',')
                .append(event.vscpClass()).append(',')
                .append(event.vscpType()).append(',')
                .append(event.obid()).append(',')
                .append(DATE_TIME_OUTPUT.format(event.dateTime())).append(',')
                .append(event.timestamp()).append(',')
                .append(event.guid());
        for (int i = 0; i < event.sizeData(); i++) {
            appendHexByte(text.append(','), event.dataAt(i));
        }
        return text.toString();
    }

    /** Appends {@code value} (0-255) as {@code 0xHH} with upper-case digits. */
    public static StringBuilder appendHexByte(StringBuilder text, int value) {
        return text.append("0x").append(HEX_DIGITS[value >>> 4]).append(HEX_DIGITS[value & 0x0F]);
    }
}
