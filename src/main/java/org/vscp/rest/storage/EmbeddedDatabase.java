package org.vscp.rest.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

/**
 * Opens the default database: an H2 file in the data directory behind a HikariCP pool.
 *
 * <p>The URL sets {@code WRITE_DELAY=0}, so H2 writes every commit to the file before the commit
 * returns; with H2's default delay a commit could be lost when the process is killed right after
 * it. {@code DB_CLOSE_ON_EXIT=FALSE} keeps H2 from installing a shutdown hook that would pin the
 * web application's class loader; the pool closes the database on undeploy instead.
 */
public final class EmbeddedDatabase {

    /** The folder inside the data directory that holds the database files. */
    public static final String FOLDER = "database";

    /** The base name of the database files, {@code vscp.mv.db} and friends. */
    public static final String NAME = "vscp";

    static final int POOL_SIZE = 10;

    private EmbeddedDatabase() {
    }

    /** Returns the JDBC URL of the database file in {@code dataDir}. */
    public static String url(Path dataDir) {
        Path base = dataDir.toAbsolutePath().resolve(FOLDER).resolve(NAME);
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * Opens a pool on the database file in {@code dataDir}, creating the file when it is missing.
     * Blocks until the first connection is open.
     *
     * @throws StorageException if the file cannot be opened, for example because another process
     *     holds it
     */
    public static HikariDataSource open(Path dataDir) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("vscp-embedded");
        config.setDriverClassName("org.h2.Driver");
        config.setJdbcUrl(url(dataDir));
        config.setUsername("vscp");
        config.setPassword("");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageException("Opening the embedded database in "
                    + dataDir.toAbsolutePath().resolve(FOLDER) + " failed: " + e.getMessage(), e);
        }
    }
}
