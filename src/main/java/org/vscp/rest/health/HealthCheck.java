package org.vscp.rest.health;

/**
 * One condition the server needs to serve requests, such as a loaded configuration or a
 * reachable database. Implementations must be thread-safe, because health requests run in
 * parallel.
 *
 * <p>A check runs on every health request, so it should be cheap. A check that talks to another
 * system (a database, a broker) must bound its own wait, for example with a connection or query
 * time-out of about one second, because the caller does not interrupt it.
 */
public interface HealthCheck {

    /** Returns a short name for the logs, such as {@code configuration}; never sent to clients. */
    String name();

    /**
     * Returns whether the condition is met now. Throwing an exception counts as unhealthy, so a
     * check may let the failure of the system it probes propagate.
     */
    boolean isHealthy() throws Exception;
}
