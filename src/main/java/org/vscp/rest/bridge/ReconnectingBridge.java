package org.vscp.rest.bridge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vscp.rest.event.VscpEvent;
import org.vscp.rest.session.EventBus;

/**
 * The common life cycle of a bridge: one background thread connects, runs the connection until
 * it fails, and reconnects after a capped exponential backoff until the bridge is closed.
 * Outgoing events wait in a bounded queue while the bridge is disconnected. Subclasses open and
 * run one connection.
 */
abstract class ReconnectingBridge implements Bridge {

    /** How long {@link #close()} waits for the background thread to end. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    /** How long sent and received events are remembered to recognise echoes and duplicates. */
    static final Duration ECHO_MEMORY = Duration.ofSeconds(60);

    protected final Logger log;
    private final BridgeSettings settings;
    private final String type;
    private final String target;
    private final EventBus bus;
    private final Clock clock;
    private final OutboundQueue outbound;
    private final EchoGuard echoGuard;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private final AtomicLong eventsOut = new AtomicLong();
    private final AtomicLong eventsIn = new AtomicLong();

    private volatile int clientId;
    private volatile Thread worker;
    private volatile boolean stopping;
    private volatile BridgeState state = BridgeState.STOPPED;
    private volatile Instant since;
    private volatile String lastError;

    /**
     * @param type the bridge type for logs and status, such as {@code mqtt}
     * @param target where the bridge connects to, without credentials
     */
    protected ReconnectingBridge(BridgeSettings settings, String type, String target,
            EventBus bus, Clock clock) {
        this.settings = settings;
        this.type = type;
        this.target = target;
        this.bus = bus;
        this.clock = clock;
        this.outbound = new OutboundQueue(settings.queueSize());
        this.echoGuard = new EchoGuard(clock, ECHO_MEMORY);
        this.since = clock.instant();
        this.log = Logger.getLogger(getClass().getName());
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public int clientId() {
        return clientId;
    }

    /** Queues {@code event} to go out; never blocks. Ignored before start and after close. */
    @Override
    public void deliver(VscpEvent event) {
        if (worker != null && !stopping) {
            outbound.add(event);
        }
    }

    @Override
    public synchronized void start() {
        if (worker != null) {
            throw new IllegalStateException("The bridge '" + name() + "' was already started.");
        }

        clientId = bus.allocateClientId();
        bus.register(this);
        Thread thread = new Thread(this::runLoop, "vscp-bridge-" + name());
        thread.setDaemon(true);
        worker = thread;
        thread.start();
        log.info(() -> "Bridge '" + name() + "' (" + type + " " + target + ") started as bus client "
                + clientId);
    }

    @Override
    public void close() throws BridgeCloseException {
        Thread thread;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            thread = worker;
        }
        stopSignal.countDown();

        Exception failure = null;
        try {
            closeConnection();
        } catch (Exception e) {
            failure = e;
        }

        if (thread != null) {
            bus.unregister(clientId);
            thread.interrupt();
            try {
                thread.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive() && failure == null) {
                failure = new IllegalStateException("The thread " + thread.getName()
                        + " did not end within " + STOP_WAIT.toSeconds() + " seconds.");
            }
        }
        setState(BridgeState.STOPPED);

        if (failure != null) {
            throw new BridgeCloseException("Bridge '" + name() + "' could not release its "
                    + "connection or thread: " + failure.getMessage(), failure);
        }
        log.info(() -> "Bridge '" + name() + "' stopped; " + outbound.size()
                + " outgoing events were still waiting and are discarded");
    }

    @Override
    public BridgeState state() {
        return state;
    }

    @Override
    public BridgeStatus status() {
        return new BridgeStatus(name(), type, target, state, since, Optional.ofNullable(lastError),
                eventsOut.get(), eventsIn.get(), outbound.droppedCount());
    }

    /** Returns whether {@link #close()} was called; connection code checks it in its loops. */
    protected final boolean isStopping() {
        return stopping;
    }

    /**
     * Opens one connection and logs in. Blocks for at most the configured connect time-out.
     *
     * @throws Exception when the connection or the login fails
     */
    protected abstract void openConnection() throws Exception;

    /**
     * Runs the open connection: sends the outgoing events and delivers incoming ones with {@link
     * #publishIncoming}. Blocks until the connection fails or the bridge is closing.
     *
     * @throws Exception when the connection fails
     */
    protected abstract void runConnection() throws Exception;

    /**
     * Closes the current connection, if any, and makes a blocked {@link #runConnection()} return.
     * Called from the bridge thread and from the thread that closes the bridge.
     */
    protected abstract void closeConnection() throws Exception;

    /**
     * Removes the next outgoing event, waiting up to {@code timeout}; null when none came or the
     * thread was interrupted.
     */
    protected final VscpEvent nextOutgoing(long timeout, TimeUnit unit) {
        try {
            return outbound.poll(timeout, unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Records that {@code event} is about to be sent, so that its echo is recognised. Call before
     * sending: the echo may arrive before the send call returns.
     */
    protected final void willSend(VscpEvent event) {
        echoGuard.sent(event);
    }

    /** Counts an event the remote side accepted. */
    protected final void sent(VscpEvent event) {
        eventsOut.incrementAndGet();
    }

    /** Puts back an event that could not be sent, to go out first after the reconnect. */
    protected final void unsent(VscpEvent event) {
        outbound.putBack(event);
    }

    /**
     * Publishes an event that arrived from the remote side on the bus, unless it is the echo of an
     * event this bridge sent or a second copy of one it already published.
     *
     * @return whether the event was published
     */
    protected final boolean publishIncoming(VscpEvent event) {
        if (!echoGuard.acceptIncoming(event)) {
            log.finer(() -> "Bridge '" + name() + "' dropped an echo or duplicate: " + event);
            return false;
        }
        bus.publish(event.withObid(clientId));
        eventsIn.incrementAndGet();
        return true;
    }

    protected final Clock clock() {
        return clock;
    }

    private void runLoop() {
        int failures = 0;
        while (!stopping) {
            setState(BridgeState.CONNECTING);
            boolean wasConnected = false;
            try {
                openConnection();
                wasConnected = true;
                failures = 0;
                setState(BridgeState.CONNECTED);
                log.info(() -> "Bridge '" + name() + "' connected to " + target);
                runConnection();
                if (!stopping) {
                    recordError("the connection ended");
                }
            } catch (Exception e) {
                if (!stopping) {
                    recordError(describe(e));
                    log.log(Level.FINE, "Bridge '" + name() + "' failure", e);
                }
            } finally {
                closeQuietly();
            }
            if (stopping) {
                break;
            }

            failures++;
            Duration delay = settings.backoff().delayAfter(failures);
            setState(BridgeState.WAITING);
            String what = wasConnected ? "lost the connection to " : "could not connect to ";
            int attempt = failures;
            log.warning(() -> "Bridge '" + name() + "' " + what + target + " (" + lastError
                    + "); attempt " + (attempt + 1) + " in " + delay.toMillis() + " ms");
            try {
                if (stopSignal.await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                if (stopping) {
                    break;
                }
            }
        }
        setState(BridgeState.STOPPED);
    }

    private void closeQuietly() {
        try {
            closeConnection();
        } catch (Exception e) {
            log.log(Level.WARNING, "Bridge '" + name() + "' could not close its connection to "
                    + target, e);
        }
    }

    private void recordError(String error) {
        lastError = error;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message;
    }

    private void setState(BridgeState newState) {
        if (state != newState) {
            state = newState;
            since = clock.instant();
        }
    }
}
