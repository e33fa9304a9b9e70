package org.vscp.rest.variable;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.vscp.rest.text.ClientText;

/**
 * The {@code regex} of listvar: a Java regular expression found anywhere in a name, ignoring
 * case. Guarded against expressions that backtrack without end: the text is at most
 * {@value #MAX_LENGTH} characters, and matching one name may read at most
 * {@value #MAX_STEPS_PER_NAME} characters, counted through a {@link CharSequence} wrapper,
 * after which {@link TooComplexException} stops it. Immutable and thread-safe.
 */
public final class NamePattern {

    /** The maximum length of an expression, in characters. */
    public static final int MAX_LENGTH = 256;

    /**
     * The character reads allowed for one name. A name has at most 200 characters, so even a
     * pattern that tries every start and end pair stays far below this.
     */
    public static final long MAX_STEPS_PER_NAME = 200_000;

    /** Matches every name. */
    public static final NamePattern ALL = new NamePattern(null, MAX_STEPS_PER_NAME);

    private final Pattern pattern;
    private final long maxSteps;

    private NamePattern(Pattern pattern, long maxSteps) {
        this.pattern = pattern;
        this.maxSteps = maxSteps;
    }

    /**
     * Compiles {@code regex}; null or empty matches every name.
     *
     * @throws IllegalArgumentException naming the problem if the expression is too long or not
     *     valid
     */
    public static NamePattern compile(String regex) {
        return compile(regex, MAX_STEPS_PER_NAME);
    }

    /** As {@link #compile(String)}, with a different step limit; for tests. */
    static NamePattern compile(String regex, long maxSteps) {
        if (regex == null || regex.isEmpty()) {
            return new NamePattern(null, maxSteps);
        }
        if (regex.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The regex is " + regex.length() + " characters"
                    + " long; at most " + MAX_LENGTH + " are allowed.");
        }
        try {
            return new NamePattern(Pattern.compile(regex,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), maxSteps);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("The regex '" + ClientText.shorten(regex)
                    + "' is not a valid Java regular expression: " + e.getDescription() + ".");
        }
    }

    /**
     * Returns whether the expression occurs in {@code name}.
     *
     * @throws TooComplexException if matching needed more than the step limit
     */
    public boolean matches(String name) {
        if (pattern == null) {
            return true;
        }
        Matcher matcher = pattern.matcher(new CountingSequence(name, new long[] {maxSteps}, maxSteps));
        return matcher.find();
    }

    /** Matching one name took more steps than allowed. */
    public static final class TooComplexException extends RuntimeException {

        TooComplexException(long steps) {
            super("The regex needs more than " + steps + " steps to match one name; use a"
                    + " simpler expression, without repeated groups of wildcards such as (.*a){12}.");
        }
    }

    /** A view of a string that counts its character reads against a shared budget. */
    private static final class CountingSequence implements CharSequence {

        private final String text;
        private final long[] remaining;
        private final long limit;

        CountingSequence(String text, long[] remaining, long limit) {
            this.text = Objects.requireNonNull(text, "text");
            this.remaining = remaining;
            this.limit = limit;
        }

        @Override
        public char charAt(int index) {
            if (--remaining[0] < 0) {
                throw new TooComplexException(limit);
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CountingSequence(text.substring(start, end), remaining, limit);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
