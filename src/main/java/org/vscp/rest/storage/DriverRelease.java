package org.vscp.rest.storage;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Deregisters the JDBC drivers a class loader registered, so that an undeployed web application
 * leaves no driver behind that pins its classes.
 */
public final class DriverRelease {

    private DriverRelease() {
    }

    /**
     * Deregisters every driver whose class {@code loader} loaded.
     *
     * @return one sentence per driver that could not be deregistered; empty when all went well
     */
    public static List<String> deregisterDriversOf(ClassLoader loader) {
        List<String> failures = new ArrayList<>();
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (driver.getClass().getClassLoader() != loader) {
                continue;
            }
            try {
                DriverManager.deregisterDriver(driver);
            } catch (SQLException | SecurityException e) {
                failures.add("The JDBC driver " + driver.getClass().getName()
                        + " could not be deregistered: " + e.getMessage());
            }
        }
        return failures;
    }
}
