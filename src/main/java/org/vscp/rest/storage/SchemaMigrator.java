package org.vscp.rest.storage;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the schema with Flyway, from the SQL scripts in
 * {@code src/main/resources/db/migration}. The scripts use only SQL that H2 and PostgreSQL both
 * run unchanged.
 */
public final class SchemaMigrator {

    /** Where the migration scripts are on the class path. */
    public static final String LOCATION = "classpath:db/migration";

    private SchemaMigrator() {
    }

    /**
     * Applies the scripts the database has not seen yet. Blocks while they run; safe to call
     * from several servers at once, because Flyway locks its history table.
     *
     * @return the number of scripts applied, 0 when the schema was current
     * @throws StorageException if a script fails or the database holds a newer schema
     */
    public static int migrate(DataSource dataSource) {
        try {
            MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .table("vscp_schema_history")
                    .load()
                    .migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new StorageException("Migrating the database schema failed: " + e.getMessage(),
                    e);
        }
    }
}
