package org.vscp.rest.event;

/**
 * A receive filter: a filter and a mask, each of priority, class, type and GUID. An event passes
 * when for every field {@code (filter XOR event) AND mask == 0}. Immutable.
 *
 * @param filter the values to compare with
 * @param mask the bits that take part in the comparison
 */
public record EventFilter(FilterFields filter, FilterFields mask) {

    /** The filter that lets every event through. */
    public static final EventFilter ACCEPT_ALL =
            new EventFilter(FilterFields.ZERO, FilterFields.ZERO);

    /** Parses a filter and a mask. */
    public static EventFilter parse(String filter, String mask) throws MalformedEventException {
        return new EventFilter(FilterFields.parse(filter, "filter"), FilterFields.parse(mask, "mask"));
    }

    /** Returns whether {@code event} passes this filter. */
    public boolean accepts(VscpEvent event) {
        throw new UnsupportedOperationException("TODO");
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
         * Parses {@code priority,class,type,GUID}; numbers decimal or {@code 0x} hex, missing
         * trailing fields are 0.
         *
         * @param name "filter" or "mask", used in the error message
         * @throws MalformedEventException naming the bad field
         */
        public static FilterFields parse(String text, String name) throws MalformedEventException {
            throw new UnsupportedOperationException("TODO");
        }
    }
}
