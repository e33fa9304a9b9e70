package org.vscp.rest.operation;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vscp.rest.format.Reply;
import org.vscp.rest.format.ResultCode;
import org.vscp.rest.session.QueueListener;
import org.vscp.rest.session.Session;

/**
 * The readevent requests that wait for an event (long-polling). A waiting request holds no
 * thread: it is a listener on its session's queue plus one timer task. When an event arrives,
 * the read runs on the executor, so the thread that published the event only queues a task.
 * Thread-safe.
 */
public final class WaitingReads implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WaitingReads.class.getName());

    private final Duration maxWait;
    private final ScheduledExecutorService executor;
    private final Set<WaitingRead> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * @param maxWait the longest wait granted; longer requests are cut to it, and zero disables
     *     waiting
     * @param executor runs the reads and the time-outs; {@link #close()} shuts it down
     */
    public WaitingReads(Duration maxWait, ScheduledExecutorService executor) {
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must be zero or positive, not " + maxWait);
        }
        this.maxWait = maxWait;
        this.executor = executor;
    }

    /**
     * Creates the executor for {@link #WaitingReads}: {@code threads} daemon threads named
     * {@code vscp-readevent-wait-N}, which drop cancelled time-outs at once.
     */
    public static ScheduledExecutorService newExecutor(int threads) {
        AtomicInteger number = new AtomicInteger();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(threads, task -> {
            Thread thread = new Thread(task, "vscp-readevent-wait-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /** Returns the longest wait granted; zero when waiting is disabled. */
    public Duration maxWait() {
        return maxWait;
    }

    /** Returns the number of requests waiting now. */
    public int waitingCount() {
        return pending.size();
    }

    /**
     * Waits for {@code read} to find events in {@code session}'s queue. Does not block. The
     * returned stage completes with the first reply {@code read} gives after an event is queued,
     * with {@code timeoutReply} when {@code wait} ends first, with error -2 when the session
     * closes, and with {@code timeoutReply} when this object is closed. Cancelling the stage ends
     * the wait.
     *
     * @param wait how long to wait, already cut to {@link #maxWait()}; positive
     * @param read takes events from the queue and returns their reply, or empty when the queue
     *     is empty; called on an executor thread, never twice at once for one wait
     */
    CompletableFuture<Reply> await(Session session, Duration wait,
            Supplier<Optional<Reply>> read, Reply timeoutReply) {
        if (wait.isNegative() || wait.isZero() || wait.compareTo(maxWait) > 0) {
            throw new IllegalArgumentException("wait must be from 1 ms to " + maxWait.toMillis()
                    + " ms, not " + wait.toMillis() + " ms");
        }

        WaitingRead waiting = new WaitingRead(read, timeoutReply);
        if (closed) {
            waiting.result.complete(timeoutReply);
            return waiting.result;
        }

        pending.add(waiting);
        waiting.result.whenComplete((reply, error) -> {
            pending.remove(waiting);
            session.removeQueueListener(waiting);
            ScheduledFuture<?> timer = waiting.timer;
            if (timer != null) {
                timer.cancel(false);
            }
        });

        if (!session.addQueueListener(waiting)) {
            waiting.sessionClosed(session);
            return waiting.result;
        }
        try {
            waiting.timer = executor.schedule(waiting::timeOut, wait.toNanos(),
                    TimeUnit.NANOSECONDS);
            if (waiting.result.isDone()) {
                waiting.timer.cancel(false);
            }
        } catch (RejectedExecutionException e) {
            waiting.result.complete(timeoutReply);
            return waiting.result;
        }

        // An event queued before the listener was added sent no notice, so look once now.
        if (session.queuedCount() > 0) {
            waiting.eventQueued(session);
        }
        return waiting.result;
    }

    /**
     * Ends every wait with its time-out reply, then stops the executor and waits up to 5
     * seconds for running reads to finish.
     */
    @Override
    public void close() {
        closed = true;
        int ended = 0;
        for (WaitingRead waiting : pending) {
            if (waiting.finish(waiting.timeoutReply)) {
                ended++;
            }
        }
        int endedCount = ended;
        if (endedCount > 0) {
            LOG.info(() -> "Ended " + endedCount + " waiting readevent requests at shutdown");
        }

        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warning("The readevent wait threads did not stop within 5 seconds.");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warning("Interrupted while waiting for the readevent wait threads to stop.");
        }
    }

    /** One waiting request: a queue listener whose reads run on the executor. */
    private final class WaitingRead implements QueueListener {

        final CompletableFuture<Reply> result = new CompletableFuture<>();
        final Supplier<Optional<Reply>> read;
        final Reply timeoutReply;
        /** True while a read task is queued, so that a burst of events queues only one. */
        final AtomicBoolean readQueued = new AtomicBoolean();
        volatile ScheduledFuture<?> timer;
        /** Set under the lock by whoever chose the reply, so that events are taken only once. */
        private boolean answered;

        WaitingRead(Supplier<Optional<Reply>> read, Reply timeoutReply) {
            this.read = read;
            this.timeoutReply = timeoutReply;
        }

        @Override
        public void eventQueued(Session session) {
            if (result.isDone() || !readQueued.compareAndSet(false, true)) {
                return;
            }
            try {
                executor.execute(this::tryRead);
            } catch (RejectedExecutionException e) {
                readQueued.set(false);
                finish(timeoutReply);
            }
        }

        @Override
        public void sessionClosed(Session session) {
            finish(new Reply.Failure(ResultCode.INVALID_SESSION, "The session was closed or "
                    + "expired while readevent waited for an event; open a new session."));
        }

        /** Reads and finishes when events were there; another reader may have taken them. */
        private void tryRead() {
            readQueued.set(false);
            Reply reply;
            synchronized (this) {
                if (answered || result.isDone()) {
                    return;
                }
                reply = readOrNull(null);
                if (reply == null) {
                    return;
                }
                answered = true;
            }
            result.complete(reply);
        }

        /** Takes the events that arrived at the last moment, otherwise answers the time-out. */
        private void timeOut() {
            Reply reply;
            synchronized (this) {
                if (answered || result.isDone()) {
                    return;
                }
                reply = readOrNull(timeoutReply);
                answered = true;
            }
            result.complete(reply);
        }

        /**
         * Completes with {@code reply} unless the wait already ended. Returns whether it
         * completed the wait.
         */
        boolean finish(Reply reply) {
            synchronized (this) {
                if (answered) {
                    return false;
                }
                answered = true;
            }
            return result.complete(reply);
        }

        /** Runs the read; returns {@code empty} for an empty queue. Called holding the lock. */
        private Reply readOrNull(Reply empty) {
            try {
                return read.get().orElse(empty);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "A waiting readevent failed to read its queue", e);
                return new Reply.Failure(ResultCode.FAILURE,
                        "The server failed to read the queue; the error was logged.");
            }
        }
    }
}
