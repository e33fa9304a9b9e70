package org.vscp.rest.measurement;

/** The VSCP classes of the measurement events this server builds and reads. */
public final class MeasurementClasses {

    /** CLASS1.MEASUREMENT: byte 0 is the data coding byte, bytes 1-7 the value. */
    public static final int CLASS1_MEASUREMENT = 10;

    /** CLASS2.MEASUREMENT_STR: sensor index, zone, sub-zone, unit, then the value as text. */
    public static final int CLASS2_MEASUREMENT_STR = 1040;

    /** CLASS2.MEASUREMENT_FLOAT: sensor index, zone, sub-zone, unit, then a 64-bit double. */
    public static final int CLASS2_MEASUREMENT_FLOAT = 1060;

    private MeasurementClasses() {
    }
}
