package org.vscp.rest.measurement;

/** Thrown for a measurement that cannot be encoded; the message names the bad value. */
public final class MeasurementException extends Exception {

    private static final long serialVersionUID = 1L;

    public MeasurementException(String message) {
        super(message);
    }
}
