package org.vscp.rest.table;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vscp.rest.event.VscpEvent;
import org.vscp.rest.measurement.Measurement;
import org.vscp.rest.measurement.MeasurementDecoder;
import org.vscp.rest.session.BusClient;

/**
 * A bus client that turns every measurement event matching a table into a row. {@link #deliver}
 * only decodes and queues, so the publisher never waits for the database. One writer thread
 * stores the queued rows in batches and applies the retention of each table about once a
 * minute. When the queue is full, rows are dropped, counted and logged at most once a minute.
 */
public final class TableRecorder implements BusClient {

    /** Rows waiting for the writer at most. */
    static final int QUEUE_CAPACITY = 10_000;

    /** Rows stored in one transaction at most. */
    static final int BATCH_SIZE = 500;

    static final Duration RETENTION_PERIOD = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(TableRecorder.class.getName());

    private final int clientId;
    private final List<TableDefinition> tables;
    private final TableStore store;
    private final Clock clock;
    private final MeasurementDecoder decoder = new MeasurementDecoder();
    private final BlockingQueue<TableRow> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean running;
    private Instant lastRetention = Instant.MIN;
    private Instant lastDropLog = Instant.MIN;
    private long loggedDrops;

    /**
     * @param clientId the bus client id reserved for this recorder
     * @param queueCapacity rows waiting for the writer at most
     */
    public TableRecorder(int clientId, List<TableDefinition> tables, TableStore store,
            Clock clock, int queueCapacity) {
        this.clientId = clientId;
        this.tables = List.copyOf(tables);
        this.store = store;
        this.clock = clock;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.writer = new Thread(this::writeLoop, "vscp-table-writer");
        this.writer.setDaemon(true);
    }

    @Override
    public int clientId() {
        return clientId;
    }

    /** Queues a row for each table {@code event} matches. Never blocks. */
    @Override
    public void deliver(VscpEvent event) {
        if (!MeasurementDecoder.isMeasurementClass(event.vscpClass())) {
            return;
        }

        Optional<Measurement> measurement = decoder.decode(event);
        if (measurement.isEmpty()) {
            return;
        }

        Instant time = event.dateTime().truncatedTo(ChronoUnit.MILLIS);
        for (TableDefinition table : tables) {
            if (table.matches(event, measurement.get())
                    && !queue.offer(new TableRow(table.name(), time, measurement.get().value()))) {
                dropped.incrementAndGet();
            }
        }
    }

    /** Starts the writer thread. */
    public void start() {
        running = true;
        writer.start();
    }

    /**
     * Stops the writer after it stored the rows still queued, waiting at most {@code timeout}.
     *
     * @return the number of rows left unstored
     */
    public int stop(Duration timeout) throws InterruptedException {
        running = false;
        writer.interrupt();
        writer.join(timeout.toMillis());
        return queue.size();
    }

    /** Returns the number of rows dropped because the queue was full. */
    public long droppedCount() {
        return dropped.get();
    }

    private void writeLoop() {
        List<TableRow> batch = new ArrayList<>(BATCH_SIZE);
        while (running || !queue.isEmpty()) {
            try {
                TableRow first = running ? queue.poll(1, TimeUnit.SECONDS) : queue.poll();
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, BATCH_SIZE - 1);
                    store(batch);
                    batch.clear();
                }
                logDrops();
                applyRetentionWhenDue();
            } catch (InterruptedException e) {
                // stop() interrupts the wait; the loop then stores what is left and ends.
                running = false;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The table writer failed; it goes on with the next rows", e);
            }
        }
    }

    private void store(List<TableRow> batch) {
        try {
            store.insert(batch);
        } catch (TableStoreException e) {
            LOG.log(Level.WARNING, "Storing " + batch.size() + " table rows failed; they are"
                    + " lost", e);
        }
    }

    private void logDrops() {
        long total = dropped.get();
        long count = total - loggedDrops;
        Instant now = clock.instant();
        if (count > 0 && now.isAfter(lastDropLog.plus(Duration.ofMinutes(1)))) {
            loggedDrops = total;
            lastDropLog = now;
            LOG.warning(() -> "Dropped " + count + " table rows because the writer queue of "
                    + queue.size() + " rows was full; the database is slower than the events.");
        }
    }

    private void applyRetentionWhenDue() {
        Instant now = clock.instant();
        if (now.isBefore(lastRetention.plus(RETENTION_PERIOD))) {
            return;
        }
        lastRetention = now;
        applyRetention(now);
    }

    /** Deletes the rows each table's retention no longer keeps. */
    void applyRetention(Instant now) {
        for (TableDefinition table : tables) {
            try {
                if (table.maxAge().isPresent()) {
                    store.deleteOlderThan(table.name(), now.minus(table.maxAge().get()));
                }
                if (table.maxRows().isPresent()) {
                    store.keepNewest(table.name(), table.maxRows().getAsLong());
                }
            } catch (TableStoreException e) {
                LOG.log(Level.WARNING, "Applying the retention of table " + table.name()
                        + " failed", e);
            }
        }
    }
}
