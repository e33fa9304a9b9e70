package org.vscp.rest.security;

/** Makes client-supplied text safe to put into a log line. */
final class LogText {

    private static final int MAX_LENGTH = 100;

    private LogText() {
    }

    /**
     * Returns {@code text} in single quotes, with control characters written as {@code \\uXXXX}
     * so a client cannot forge log lines, and cut to {@value #MAX_LENGTH} characters.
     */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("'");
        int end = Math.min(text.length(), MAX_LENGTH);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        if (text.length() > MAX_LENGTH) {
            quoted.append("...");
        }
        return quoted.append('\'').toString();
    }
}
