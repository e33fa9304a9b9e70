package org.vscp.rest.session;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background task that closes idle sessions. {@link #start()} and {@link #stop()} follow the
 * application's lifecycle so that no thread outlives an undeploy.
 */
public final class SessionExpiry implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SessionExpiry.class.getName());

    private final SessionManager sessions;
    private final Duration period;
    private ScheduledExecutorService executor;

    /** @param period how often idle sessions are looked for */
    public SessionExpiry(SessionManager sessions, Duration period) {
        this.sessions = sessions;
        this.period = period;
    }

    /** Returns the check period for an idle time-out: a quarter of it, between 1 and 30 s. */
    public static Duration periodFor(Duration idleTimeout) {
        long millis = Math.max(1_000, Math.min(30_000, idleTimeout.toMillis() / 4));
        return Duration.ofMillis(millis);
    }

    /**
     * Starts the task on its own daemon thread.
     *
     * @throws IllegalStateException when already started
     */
    public synchronized void start() {
        if (executor != null) {
            throw new IllegalStateException("The session expiry task is already running.");
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "vscp-session-expiry");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::expire, period.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "Session expiry started: idle time-out " + sessions.idleTimeout()
                + ", checked every " + period);
    }

    private void expire() {
        try {
            int expired = sessions.expireIdle();
            if (expired > 0) {
                LOG.fine(() -> "Expired " + expired + " idle sessions");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Expiring idle sessions failed", e);
        }
    }

    /** Stops the task and waits up to 5 seconds for a running check to finish. */
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warning("The session expiry thread did not stop within 5 seconds.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warning("Interrupted while waiting for the session expiry thread to stop.");
        }
        executor = null;
        LOG.info("Session expiry stopped");
    }

    @Override
    public void close() {
        stop();
    }
}
