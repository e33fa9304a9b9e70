package org.vscp.rest.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Opens the {@link Storage} the configuration asks for and migrates its schema. */
public final class StorageFactory {

    private static final Logger LOG = Logger.getLogger(StorageFactory.class.getName());

    private StorageFactory() {
    }

    /**
     * Opens the container-managed {@code DataSource} named by {@code jndiName}, or, when it is
     * empty, the embedded database in {@code dataDir}, and brings its schema up to date. Blocks
     * while the database opens and the migrations run.
     *
     * @throws StorageException if the database cannot be reached or migrated; a pool opened here
     *     is closed again before the exception leaves
     */
    public static Storage open(Optional<String> jndiName, Path dataDir) {
        if (jndiName.isPresent()) {
            DataSource dataSource = JndiDataSources.lookup(jndiName.get());
            Storage storage = new Storage(dataSource, "the DataSource " + jndiName.get(), null);
            migrate(storage);
            return storage;
        }

        HikariDataSource pool = EmbeddedDatabase.open(dataDir);
        Storage storage = new Storage(pool, "the embedded database in "
                + dataDir.toAbsolutePath().resolve(EmbeddedDatabase.FOLDER), pool);
        try {
            migrate(storage);
        } catch (StorageException e) {
            pool.close();
            throw e;
        }
        return storage;
    }

    private static void migrate(Storage storage) {
        int applied = SchemaMigrator.migrate(storage.dataSource());
        LOG.info(() -> "Opened " + storage.description() + "; applied " + applied
                + " schema migrations");
    }
}
