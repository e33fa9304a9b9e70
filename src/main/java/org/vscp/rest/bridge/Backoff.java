package org.vscp.rest.bridge;

import java.time.Duration;

/**
 * Capped exponential backoff between reconnect attempts: the first wait is {@code initial}, each
 * further wait doubles, and no wait is longer than {@code max}.
 *
 * @param initial the wait after the first failure, positive
 * @param max the longest wait, at least {@code initial}
 */
public record Backoff(Duration initial, Duration max) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

    public Backoff {
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException(
                    "The initial reconnect wait must be positive, not " + initial + ".");
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("The longest reconnect wait " + max
                    + " is shorter than the initial wait " + initial + ".");
        }
    }

    /**
     * Returns the wait before attempt {@code failures + 1}, where {@code failures} counts the
     * consecutive failed attempts so far, at least 1.
     */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1, not " + failures);
        }

        Duration delay = initial;
        for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
