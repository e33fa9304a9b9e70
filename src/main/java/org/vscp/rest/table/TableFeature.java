package org.vscp.rest.table;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.vscp.rest.session.EventBus;

/**
 * The tables of one server: the definitions, the recorder on the bus and the table operation.
 * {@link #start} and {@link #stop} run with the application.
 */
public final class TableFeature {

    private static final Logger LOG = Logger.getLogger(TableFeature.class.getName());

    private final EventBus bus;
    private final TableRecorder recorder;
    private final TableOperations operations;

    private TableFeature(EventBus bus, TableRecorder recorder, TableOperations operations) {
        this.bus = bus;
        this.recorder = recorder;
        this.operations = operations;
    }

    /**
     * Reads the table definitions of {@code configDir}, registers the recorder on {@code bus}
     * and starts its writer thread.
     *
     * @throws IllegalArgumentException naming the problem when the tables file is invalid
     */
    public static TableFeature start(Optional<Path> configDir, DataSource dataSource,
            EventBus bus, Clock clock) {
        List<TableDefinition> tables = configDir.map(TableDefinitionsReader::read)
                .orElse(List.of());
        TableStore store = new JdbcTableStore(dataSource);

        TableRecorder recorder = new TableRecorder(bus.allocateClientId(), tables, store, clock,
                TableRecorder.QUEUE_CAPACITY);
        bus.register(recorder);
        recorder.start();
        LOG.info(() -> "Recording " + tables.size() + " tables as bus client "
                + recorder.clientId());
        return new TableFeature(bus, recorder, new TableOperations(tables, store));
    }

    public TableOperations operations() {
        return operations;
    }

    /**
     * Leaves the bus and stores the rows still queued, waiting at most five seconds; logs the
     * rows it could not store.
     */
    public void stop() throws InterruptedException {
        bus.unregister(recorder.clientId());
        int left = recorder.stop(Duration.ofSeconds(5));
        if (left > 0) {
            LOG.warning(() -> left + " table rows were not stored before the server stopped");
        }
        long dropped = recorder.droppedCount();
        LOG.info(() -> "Stopped the table recorder; " + dropped + " rows were dropped while it"
                + " ran because its queue was full");
    }
}
