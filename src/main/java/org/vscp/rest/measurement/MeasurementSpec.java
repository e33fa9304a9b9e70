package org.vscp.rest.measurement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A measurement to send, before encoding. The encoder checks the ranges, because they depend on
 * the level.
 *
 * @param level 1 for CLASS1.MEASUREMENT, 2 for the level II classes
 * @param format whether the value travels as a float or as decimal text
 * @param vscpType the measurement type
 * @param value the value, never null
 * @param unit the unit code
 * @param sensorIndex the sensor index
 * @param zone the zone
 * @param subzone the sub-zone
 */
public record MeasurementSpec(int level, ValueFormat format, int vscpType, BigDecimal value,
        int unit, int sensorIndex, int zone, int subzone) {

    public MeasurementSpec {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(value, "value");
    }

    /** The encoding of the value in the event. */
    public enum ValueFormat {
        /** A 32-bit float at level I, a 64-bit double at level II. */
        FLOAT,
        /** Decimal text with '.' as the separator. */
        STRING
    }
}
