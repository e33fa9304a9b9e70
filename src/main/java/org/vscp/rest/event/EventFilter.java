package org.vscp.rest.event;

import java.util.Objects;

/**
 * A receive filter: a filter and a mask, each of priority, class, type and GUID. An event passes
 * when for every field {@code (filter XOR event) AND mask == 0}. Immutable.
 *
 * @param filter the values to compare with, never null
 * @param mask the bits that take part in the comparison, never null
 */
public record EventFilter(FilterFields filter, FilterFields mask) {

    /** The filter that lets every event through. */
    public static final EventFilter ACCEPT_ALL =
            new EventFilter(FilterFields.ZERO, FilterFields.ZERO);

    public EventFilter {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(mask, "mask");
    }

    /**
     * Parses a filter and a mask, each in the form {@code priority,class,type,GUID} described at
     * {@link FilterFields#parse}.
     *
     * @throws MalformedEventException naming the filter or the mask and the bad field
     */
    public static EventFilter parse(String filter, String mask) throws MalformedEventException {
        return new EventFilter(FilterFields.parse(filter, "filter"),
                FilterFields.parse(mask, "mask"));
    }

    /**
     * Returns whether {@code event} passes this filter. The priority is the 3-bit value from the
     * event's head, and the GUID is compared byte by byte. Allocates nothing.
     */
    public boolean accepts(VscpEvent event) {
        if (((filter.priority ^ event.priority()) & mask.priority) != 0) {
            return false;
        }
        if (((filter.vscpClass ^ event.vscpClass()) & mask.vscpClass) != 0) {
            return false;
        }
        if (((filter.vscpType ^ event.vscpType()) & mask.vscpType) != 0) {
            return false;
        }

        Guid eventGuid = event.guid();
        for (int i = 0; i < Guid.LENGTH; i++) {
            if (((filter.guid.byteAt(i) ^ eventGuid.byteAt(i)) & mask.guid.byteAt(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The four fields of a filter or a mask.
     *
     * @param priority 0-7
     * @param vscpClass 0-65535
     * @param vscpType 0-65535
     * @param guid never null
     */
    public record FilterFields(int priority, int vscpClass, int vscpType, Guid guid) {

        public static final FilterFields ZERO = new FilterFields(0, 0, 0, Guid.ZERO);

        /**
         * Creates the fields.
         *
         * @throws IllegalArgumentException if a number is out of range
         * @throws NullPointerException if {@code guid} is null
         */
        public FilterFields {
            checkRange("priority", priority, 7);
            checkRange("class", vscpClass, 0xFFFF);
            checkRange("type", vscpType, 0xFFFF);
            Objects.requireNonNull(guid, "guid");
        }

        private static void checkRange(String field, int value, int max) {
            if (value < 0 || value > max) {
                throw new IllegalArgumentException(
                        "A filter or mask " + field + " of " + value + " is outside 0-" + max
                                + ".");
            }
        }

        /**
         * Parses {@code priority,class,type,GUID}. Numbers are decimal or {@code 0x} hex: the
         * priority 0-7, the class and type 0-65535. The GUID is the colon form, or {@code -} for
         * all zero. Whitespace around the fields is ignored. Missing trailing fields and empty
         * fields are 0, so an empty or blank string is all zero.
         *
         * @param text the text to parse, never null
         * @param name "filter" or "mask", used in the error message
         * @throws MalformedEventException naming the bad field, or if there are more than four
         *     fields or {@code text} is null
         */
        public static FilterFields parse(String text, String name) throws MalformedEventException {
            if (text == null) {
                throw new MalformedEventException("The " + name + " is missing; expected"
                        + " priority,class,type,GUID.");
            }

            String[] fields = text.split(",", 5);
            if (fields.length > 4) {
                throw new MalformedEventException("The " + name + " " + FieldText.quote(text)
                        + " has more than 4 fields; expected priority,class,type,GUID.");
            }

            int priority = (int) parseNumber(fields, 0, name + " priority", 7);
            int vscpClass = (int) parseNumber(fields, 1, name + " class", 0xFFFF);
            int vscpType = (int) parseNumber(fields, 2, name + " type", 0xFFFF);
            Guid guid = parseGuid(fields, 3, name + " GUID");
            return new FilterFields(priority, vscpClass, vscpType, guid);
        }

        private static long parseNumber(String[] fields, int index, String field, long max)
                throws MalformedEventException {
            String value = index < fields.length ? fields[index].strip() : "";
            return value.isEmpty() ? 0 : FieldText.parseNumber(value, field, max);
        }

        private static Guid parseGuid(String[] fields, int index, String field)
                throws MalformedEventException {
            String value = index < fields.length ? fields[index].strip() : "";
            return value.isEmpty() || value.equals("-") ? Guid.ZERO : Guid.parse(value, field);
        }
    }
}
