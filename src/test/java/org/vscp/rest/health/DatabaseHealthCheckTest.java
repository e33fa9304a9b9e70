package org.vscp.rest.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseHealthCheckTest {

    @TempDir
    Path dir;

    @Test
    void reachableDatabaseIsHealthy() throws Exception {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:" + dir.resolve("health") + ";DB_CLOSE_DELAY=-1");

        assertTrue(new DatabaseHealthCheck(() -> source).isHealthy());
    }

    @Test
    void missingStorageIsUnhealthy() throws Exception {
        assertFalse(new DatabaseHealthCheck(() -> null).isHealthy());
    }

    @Test
    void unreachableDatabaseThrows() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:" + dir.resolve("absent") + ";IFEXISTS=TRUE");

        assertThrows(SQLException.class, () -> new DatabaseHealthCheck(() -> source).isHealthy());
    }
}
