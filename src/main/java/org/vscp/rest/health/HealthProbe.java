package org.vscp.rest.health;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every {@link HealthCheck} and combines the results: the server is up only when all checks
 * pass. Thread-safe.
 *
 * <p>The reason for a failed check goes to the log, never to the caller. A monitor may poll every
 * few seconds, so the probe logs only changes: the first failure after a healthy state, with the
 * names of the failing checks, and the recovery.
 */
public final class HealthProbe {

    private static final Logger LOG = Logger.getLogger(HealthProbe.class.getName());

    private final List<HealthCheck> checks;
    private final AtomicBoolean lastUp = new AtomicBoolean(true);

    /**
     * Creates a probe over {@code checks}, which run in list order on every {@link #probe()}.
     *
     * @throws NullPointerException if {@code checks} or one of its elements is null
     */
    public HealthProbe(List<HealthCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * Runs all checks, even after one has failed, so that the log names every failing check.
     * Blocks as long as the slowest checks together take.
     *
     * @return true when every check passed
     */
    public boolean probe() {
        StringBuilder failures = new StringBuilder();
        Exception firstError = null;
        for (HealthCheck check : checks) {
            try {
                if (!check.isHealthy()) {
                    appendName(failures, check);
                }
            } catch (Exception e) {
                appendName(failures, check);
                if (firstError == null) {
                    firstError = e;
                }
            }
        }

        boolean up = failures.isEmpty();
        logChange(up, failures.toString(), firstError);
        return up;
    }

    private static void appendName(StringBuilder failures, HealthCheck check) {
        if (!failures.isEmpty()) {
            failures.append(", ");
        }
        failures.append(check.name());
    }

    private void logChange(boolean up, String failures, Exception firstError) {
        boolean wasUp = lastUp.getAndSet(up);
        if (wasUp && !up) {
            LOG.log(Level.WARNING, "Health check failed: " + failures
                    + "; the health endpoint reports DOWN", firstError);
        } else if (!wasUp && up) {
            LOG.info("All health checks pass again; the health endpoint reports UP");
        }
    }
}
