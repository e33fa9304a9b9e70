package org.vscp.rest.measurement;

import java.util.Objects;

/**
 * A measurement read from an event.
 *
 * @param vscpClass the class of the event that carried it
 * @param vscpType the measurement type, such as 6 for a temperature
 * @param value the value
 * @param text the value as the event carried it when it was text, otherwise the decimal form
 *     of {@code value}; never null
 * @param unit the unit code: 0-3 at level I, 0-255 at level II
 * @param sensorIndex the sensor index: 0-7 at level I, 0-255 at level II
 * @param zone the zone, 0-255; 0 for a level I measurement, which has none
 * @param subzone the sub-zone, 0-255; 0 for a level I measurement
 */
public record Measurement(int vscpClass, int vscpType, double value, String text, int unit,
        int sensorIndex, int zone, int subzone) {

    public Measurement {
        Objects.requireNonNull(text, "text");
    }
}
