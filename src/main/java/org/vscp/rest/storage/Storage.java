package org.vscp.rest.storage;

import java.util.Objects;
import javax.sql.DataSource;

/**
 * The database of persistent data: a {@link DataSource} with its schema migrated, and the
 * knowledge whether this application owns the pool behind it. Thread-safe.
 */
public final class Storage implements AutoCloseable {

    private final DataSource dataSource;
    private final String description;
    private final AutoCloseable ownedPool;

    /**
     * @param dataSource the source of connections
     * @param description names the database in log messages; holds no password
     * @param ownedPool the pool to close with this storage, or null when the container owns it
     */
    Storage(DataSource dataSource, String description, AutoCloseable ownedPool) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.description = Objects.requireNonNull(description, "description");
        this.ownedPool = ownedPool;
    }

    /** Returns the source of connections; each connection must be closed after use. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Returns a short description of the database for log messages, such as its file. */
    public String description() {
        return description;
    }

    /** Returns whether {@link #close} closes a pool, which it does for the embedded database. */
    public boolean ownsPool() {
        return ownedPool != null;
    }

    /**
     * Closes the pool of the embedded database, which also closes the database file. A
     * container-managed {@code DataSource} is left to its container.
     *
     * @throws StorageException if the pool could not be closed
     */
    @Override
    public void close() {
        if (ownedPool == null) {
            return;
        }
        try {
            ownedPool.close();
        } catch (Exception e) {
            throw new StorageException("Closing the connection pool of " + description
                    + " failed.", e);
        }
    }

    @Override
    public String toString() {
        return "Storage[" + description + "]";
    }
}
