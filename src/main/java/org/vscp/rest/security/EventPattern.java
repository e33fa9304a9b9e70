package org.vscp.rest.security;

import org.vscp.rest.event.VscpEvent;

/**
 * An allowed send event {@code class:type}, where either part may be {@code *}. Immutable.
 *
 * @param vscpClass the class, or -1 for any
 * @param vscpType the type, or -1 for any
 */
public record EventPattern(int vscpClass, int vscpType) {

    /** The value of a part written as {@code *}. */
    public static final int ANY = -1;

    private static final int MAX_VALUE = 0xFFFF;

    public EventPattern {
        checkPart(vscpClass, "class");
        checkPart(vscpType, "type");
    }

    private static void checkPart(int value, String name) {
        if (value < ANY || value > MAX_VALUE) {
            throw new IllegalArgumentException("The event " + name + " " + value
                    + " is out of range; expected 0-65535, or -1 for any.");
        }
    }

    /**
     * Parses {@code class:type}, {@code class:*}, {@code *:*}, or a lone {@code *} for any event;
     * numbers are decimal or {@code 0x} hex, 0-65535, and whitespace around the parts is ignored.
     *
     * @throws IllegalArgumentException naming the bad part
     */
    public static EventPattern parse(String text) {
        String trimmed = text.strip();
        if (trimmed.equals("*")) {
            return new EventPattern(ANY, ANY);
        }

        String[] parts = trimmed.split(":", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("The event pattern '" + trimmed
                    + "' is not of the form class:type; use numbers or '*', such as 20:* or 10:6.");
        }
        return new EventPattern(parsePart(trimmed, parts[0].strip(), "class"),
                parsePart(trimmed, parts[1].strip(), "type"));
    }

    private static int parsePart(String pattern, String part, String name) {
        if (part.equals("*")) {
            return ANY;
        }

        boolean hex = part.length() > 2 && (part.startsWith("0x") || part.startsWith("0X"));
        String digits = hex ? part.substring(2) : part;
        int radix = hex ? 16 : 10;
        // Seven digits parse without int overflow in either radix; the range check follows.
        boolean valid = !digits.isEmpty() && digits.length() <= 7
                && digits.chars().allMatch(c -> c < 128 && Character.digit(c, radix) >= 0);
        int value = valid ? Integer.parseInt(digits, radix) : -1;
        if (value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException("The " + name + " '" + part
                    + "' of the event pattern '" + pattern + "' is not valid; expected '*' or a"
                    + " number 0-65535, decimal or 0x hex.");
        }
        return value;
    }

    /** Returns whether {@code event} has a class and type that this pattern allows. */
    public boolean matches(VscpEvent event) {
        return (vscpClass < 0 || vscpClass == event.vscpClass())
                && (vscpType < 0 || vscpType == event.vscpType());
    }

    /** Returns the pattern in the form {@link #parse} reads, such as {@code 20:*}. */
    @Override
    public String toString() {
        return (vscpClass < 0 ? "*" : Integer.toString(vscpClass)) + ":"
                + (vscpType < 0 ? "*" : Integer.toString(vscpType));
    }
}
