package org.vscp.rest.table;

import java.time.Instant;
import java.util.Objects;

/**
 * A row waiting to be stored.
 *
 * @param tableName the table it belongs to
 * @param time the date and time of the event, truncated to milliseconds
 * @param value the measured value
 */
public record TableRow(String tableName, Instant time, double value) {

    public TableRow {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(time, "time");
    }
}
