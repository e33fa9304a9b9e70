package org.vscp.rest.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageFactoryTest {

    @TempDir
    Path dataDir;

    @Test
    void embeddedCreatesFileAndSchema() throws SQLException {
        try (Storage storage = StorageFactory.open(Optional.empty(), dataDir)) {
            assertTrue(storage.ownsPool());
            assertTrue(hasTable(storage, "VSCP_VARIABLE"));
        }

        assertTrue(Files.exists(dataDir.resolve("database").resolve("vscp.mv.db")));
    }

    @Test
    void reopenAppliesNothing() {
        StorageFactory.open(Optional.empty(), dataDir).close();

        try (Storage storage = StorageFactory.open(Optional.empty(), dataDir)) {
            assertEquals(0, SchemaMigrator.migrate(storage.dataSource()));
        }
    }

    @Test
    void urlDisablesWriteDelay() {
        String url = EmbeddedDatabase.url(Path.of("/srv/vscp"));

        assertEquals("jdbc:h2:file:/srv/vscp/database/vscp;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                url);
    }

    @Test
    void unknownJndiNameFails() {
        StorageException e = assertThrows(StorageException.class,
                () -> StorageFactory.open(Optional.of("java:comp/env/jdbc/none"), dataDir));

        assertTrue(e.getMessage().startsWith("The JNDI name 'java:comp/env/jdbc/none' of"
                + " storage.jndi-name names no DataSource"), e.getMessage());
    }

    @Test
    void closedPoolRefusesConnections() {
        Storage storage = StorageFactory.open(Optional.empty(), dataDir);

        storage.close();

        assertThrows(SQLException.class, () -> storage.dataSource().getConnection());
    }

    @Test
    void deregistersOnlyOwnDrivers() {
        assertFalse(DriverRelease.deregisterDriversOf(new ClassLoader() { }).size() > 0);
    }

    private static boolean hasTable(Storage storage, String table) throws SQLException {
        try (Connection connection = storage.dataSource().getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }
}
