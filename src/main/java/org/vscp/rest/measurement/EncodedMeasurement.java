package org.vscp.rest.measurement;

/**
 * The class, type and data bytes of an encoded measurement event.
 *
 * @param vscpClass the event class
 * @param vscpType the event type
 * @param data the data bytes; the record keeps its own copy
 */
public record EncodedMeasurement(int vscpClass, int vscpType, byte[] data) {

    public EncodedMeasurement {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
