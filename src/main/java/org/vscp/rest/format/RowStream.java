package org.vscp.rest.format;

import java.io.IOException;
import java.time.Instant;

/** The rows of a table answer, read once while the answer is written. */
public interface RowStream {

    /**
     * Passes each row to {@code sink}, oldest first, and releases the resources it used. Blocks
     * while reading the rows.
     *
     * @throws IOException if reading the rows or the sink fails
     */
    void forEach(RowSink sink) throws IOException;

    /** Receives one row. */
    @FunctionalInterface
    interface RowSink {

        /**
         * @param index the 0-based position of the row in the answer
         * @param time the time of the row
         * @param value the value of the row
         */
        void accept(long index, Instant time, double value) throws IOException;
    }
}
