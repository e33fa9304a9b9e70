package org.vscp.rest.bridge;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

final class Waits {

    private Waits() {
    }

    /** Polls {@code condition} until it holds or {@code timeout} passes; returns the last value. */
    static boolean until(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }
}
