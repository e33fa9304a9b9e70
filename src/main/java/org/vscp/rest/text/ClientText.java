package org.vscp.rest.text;

/** Shortens client values for error descriptions and log lines. */
public final class ClientText {

    /** The longest client value quoted in a description. */
    public static final int MAX_QUOTED = 40;

    private ClientText() {
    }

    /**
     * Returns {@code value} cut to 40 characters with control characters replaced, so that an
     * error description never repeats a huge or multi-line parameter.
     */
    public static String shorten(String value) {
        if (value == null) {
            return "";
        }

        StringBuilder text = new StringBuilder(Math.min(value.length(), MAX_QUOTED + 3));
        int end = Math.min(value.length(), MAX_QUOTED);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            text.append(Character.isISOControl(c) ? '?' : c);
        }
        if (value.length() > MAX_QUOTED) {
            text.append("...");
        }
        return text.toString();
    }
}
