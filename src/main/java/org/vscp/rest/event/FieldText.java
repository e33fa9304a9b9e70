package org.vscp.rest.event;

/**
 * Helpers shared by the event string, GUID and filter parsers: unsigned numbers in decimal or
 * {@code 0x} hex, and quoting a bad value for an error message.
 */
final class FieldText {

    /** Maximum number of characters of a bad value that an error message repeats. */
    static final int MAX_QUOTED = 40;

    private FieldText() {
    }

    /**
     * Returns {@code value} in single quotes for an error message. A value longer than 40
     * characters is cut and ends in {@code ...}, so that a huge parameter is not sent back whole.
     * Control characters are written as {@code \\uXXXX}, so that a CR or LF in the value cannot
     * split a line of a plain-text or CSV response.
     */
    static String quote(String value) {
        boolean cut = value.length() > MAX_QUOTED;
        String kept = cut ? value.substring(0, MAX_QUOTED) : value;

        StringBuilder text = new StringBuilder(kept.length() + 5).append('\'');
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            if (Character.isISOControl(c)) {
                text.append(String.format("\\u%04X", (int) c));
            } else {
                text.append(c);
            }
        }
        if (cut) {
            text.append("...");
        }
        return text.append('\'').toString();
    }

    /** Returns how often {@code separator} occurs in {@code text}. */
    static int count(String text, char separator) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == separator) {
                count++;
            }
        }
        return count;
    }

    /**
     * Returns whether {@code text} is written as an unsigned number: ASCII decimal digits, or
     * {@code 0x} or {@code 0X} followed by ASCII hex digits. The value may still be out of range.
     */
    static boolean isNumber(String text) {
        if (hasHexPrefix(text)) {
            return text.length() > 2 && allDigits(text, 2, 16);
        }
        return !text.isEmpty() && allDigits(text, 0, 10);
    }

    /**
     * Parses an unsigned number in decimal or {@code 0x} hex.
     *
     * @param text the stripped field, never null
     * @param field the field's name for the error message, such as "event class"
     * @param max the largest value allowed
     * @throws MalformedEventException if {@code text} is not a number or is greater than
     *     {@code max}
     */
    static long parseNumber(String text, String field, long max) throws MalformedEventException {
        if (!isNumber(text)) {
            throw new MalformedEventException("The " + field + " " + quote(text)
                    + " is not a number; expected a decimal or 0x hex number 0-" + max + ".");
        }

        boolean hex = hasHexPrefix(text);
        int radix = hex ? 16 : 10;
        long value = 0;
        for (int i = hex ? 2 : 0; i < text.length(); i++) {
            value = value * radix + Character.digit(text.charAt(i), radix);
            if (value > max) {
                throw new MalformedEventException("The " + field + " " + quote(text)
                        + " is out of range; expected a decimal or 0x hex number 0-" + max + ".");
            }
        }
        return value;
    }

    private static boolean hasHexPrefix(String text) {
        return text.length() >= 2 && text.charAt(0) == '0'
                && (text.charAt(1) == 'x' || text.charAt(1) == 'X');
    }

    /** Checks for ASCII digits only: {@link Character#digit} also accepts other scripts' digits. */
    private static boolean allDigits(String text, int start, int radix) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = (c >= '0' && c <= '9')
                    || (radix == 16 && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
            if (!digit) {
                return false;
            }
        }
        return true;
    }
}
