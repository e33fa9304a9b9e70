package org.vscp.rest.table;

/** Thrown when the database of the tables fails. The message names the failed step. */
public final class TableStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TableStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
