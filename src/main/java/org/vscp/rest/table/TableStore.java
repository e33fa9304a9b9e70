package org.vscp.rest.table;

import java.time.Instant;
import org.vscp.rest.format.RowStream;

/**
 * The storage of table rows. Implementations are thread-safe. Every method blocks on the
 * database and throws {@link TableStoreException} when it fails.
 */
public interface TableStore {

    /** Stores {@code rows} in one transaction. */
    void insert(Iterable<TableRow> rows);

    /**
     * Returns the number of rows of {@code table} with {@code from <= time <= to}; a null bound
     * is open.
     */
    long count(String table, Instant from, Instant to);

    /**
     * Returns the first {@code limit} rows of {@code table} in the range, oldest first, as a
     * stream that reads them from the database while the answer is written.
     */
    RowStream rows(String table, Instant from, Instant to, long limit);

    /** Deletes the rows of {@code table} older than {@code cutoff}; returns how many. */
    int deleteOlderThan(String table, Instant cutoff);

    /** Deletes all but the newest {@code maxRows} rows of {@code table}; returns how many. */
    int keepNewest(String table, long maxRows);
}
