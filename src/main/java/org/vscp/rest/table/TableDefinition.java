package org.vscp.rest.table;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;
import org.vscp.rest.measurement.Measurement;

/**
 * One configured table: which measurement events feed it, what it shows, and how long its rows
 * are kept.
 *
 * @param name the name clients ask for, 1-64 letters, digits, {@code _ . -}
 * @param description what the table records, may be empty
 * @param vscpClass the event class that feeds it, or empty for any measurement class
 * @param vscpType the measurement type that feeds it
 * @param sensorIndex the sensor index the events must carry, or empty for any
 * @param zone the zone the events must carry, or empty for any
 * @param subzone the sub-zone the events must carry, or empty for any
 * @param guid the GUID the events must come from, or empty for any
 * @param unitCode the unit code the events must carry, or empty for any
 * @param unit the unit shown with the values, such as {@code °C}; may be empty
 * @param maxAge rows older than this are deleted, or empty to keep them
 * @param maxRows only the newest this many rows are kept, or empty for no limit
 */
public record TableDefinition(String name, String description, OptionalInt vscpClass,
        int vscpType, OptionalInt sensorIndex, OptionalInt zone, OptionalInt subzone,
        Optional<Guid> guid, OptionalInt unitCode, String unit, Optional<Duration> maxAge,
        OptionalLong maxRows) {

    public TableDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
    }

    /** Returns whether {@code measurement}, read from {@code event}, belongs in this table. */
    public boolean matches(VscpEvent event, Measurement measurement) {
        return (vscpClass.isEmpty() || vscpClass.getAsInt() == event.vscpClass())
                && vscpType == event.vscpType()
                && matches(sensorIndex, measurement.sensorIndex())
                && matches(zone, measurement.zone())
                && matches(subzone, measurement.subzone())
                && matches(unitCode, measurement.unit())
                && (guid.isEmpty() || guid.get().equals(event.guid()));
    }

    private static boolean matches(OptionalInt wanted, int actual) {
        return wanted.isEmpty() || wanted.getAsInt() == actual;
    }
}
