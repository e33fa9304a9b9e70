package org.vscp.rest.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Healthy when a connection from the storage's {@link DataSource} answers a validity check within
 * one second. Unhealthy when the storage did not open at all.
 */
public final class DatabaseHealthCheck implements HealthCheck {

    private static final int VALID_TIMEOUT_SECONDS = 1;

    private final Supplier<DataSource> dataSource;

    /** @param dataSource returns the open storage's data source, or null when none opened */
    public DatabaseHealthCheck(Supplier<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "database";
    }

    /** Blocks for at most the pool's connection time-out plus one second. */
    @Override
    public boolean isHealthy() throws SQLException {
        DataSource source = dataSource.get();
        if (source == null) {
            return false;
        }
        try (Connection connection = source.getConnection()) {
            return connection.isValid(VALID_TIMEOUT_SECONDS);
        }
    }
}
