package org.vscp.rest.variable;

import java.util.Locale;

/** The rules for variable names: ASCII letters, digits, {@code _ . -}; case-insensitive. */
public final class VariableName {

    /** The longest name accepted, in characters. */
    public static final int MAX_LENGTH = 200;

    private VariableName() {
    }

    /**
     * Returns {@code text} in upper case, the form in which names are stored and reported.
     *
     * @throws IllegalArgumentException naming the bad value if {@code text} is null, empty,
     *     longer than {@value #MAX_LENGTH} characters or holds another character
     */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("The variable name is missing; give a name of"
                    + " letters, digits, '_', '.' and '-'.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The variable name is " + text.length()
                    + " characters long; at most " + MAX_LENGTH + " are allowed.");
        }

        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isNameCharacter(c)) {
                throw new IllegalArgumentException("The variable name '" + printable(text)
                        + "' contains the character '" + printable(String.valueOf(c))
                        + "' at position " + (i + 1) + "; use only letters A-Z, digits, '_',"
                        + " '.' and '-'.");
            }
        }
        return text.toUpperCase(Locale.ROOT);
    }

    private static boolean isNameCharacter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '_' || c == '.' || c == '-';
    }

    private static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        int end = Math.min(text.length(), 40);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            shown.append(Character.isISOControl(c) ? '?' : c);
        }
        return text.length() > end ? shown + "..." : shown.toString();
    }
}
