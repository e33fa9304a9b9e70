package org.vscp.rest.table;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.vscp.rest.format.RowStream;

/**
 * A {@link TableStore} in the table {@code vscp_table_row} of a JDBC database, created by the
 * migration {@code V100__create_table_rows.sql}. The SQL runs on H2 2.x and PostgreSQL.
 * Thread-safe; each call takes its own connection from the pool.
 */
public final class JdbcTableStore implements TableStore {

    /** Rows fetched per round trip while streaming, so a large range never sits in memory. */
    static final int FETCH_SIZE = 500;

    private static final String RANGE = " WHERE table_name = ?"
            + " AND (CAST(? AS TIMESTAMP WITH TIME ZONE) IS NULL OR row_time >= ?)"
            + " AND (CAST(? AS TIMESTAMP WITH TIME ZONE) IS NULL OR row_time <= ?)";

    private final DataSource dataSource;

    public JdbcTableStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void insert(Iterable<TableRow> rows) {
        String sql = "INSERT INTO vscp_table_row (table_name, row_time, row_value) VALUES (?, ?, ?)";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (TableRow row : rows) {
                    insert.setString(1, row.tableName());
                    insert.setObject(2, toTimestamp(row.time()));
                    insert.setDouble(3, row.value());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new TableStoreException("Storing table rows failed: " + e.getMessage(), e);
        }
    }

    @Override
    public long count(String table, Instant from, Instant to) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM vscp_table_row" + RANGE)) {
            bindRange(query, table, from, to);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new TableStoreException("Counting the rows of table " + table + " failed: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public RowStream rows(String table, Instant from, Instant to, long limit) {
        String sql = "SELECT row_time, row_value FROM vscp_table_row" + RANGE
                + " ORDER BY row_time, row_id FETCH FIRST ? ROWS ONLY";
        return sink -> {
            try (Connection connection = dataSource.getConnection()) {
                // PostgreSQL streams with a fetch size only inside a transaction.
                connection.setAutoCommit(false);
                try (PreparedStatement query = connection.prepareStatement(sql)) {
                    query.setFetchSize(FETCH_SIZE);
                    bindRange(query, table, from, to);
                    query.setLong(6, limit);
                    try (ResultSet result = query.executeQuery()) {
                        long index = 0;
                        while (result.next()) {
                            Instant time = result.getObject(1, OffsetDateTime.class).toInstant();
                            sink.accept(index++, time, result.getDouble(2));
                        }
                    }
                } finally {
                    connection.rollback();
                }
            } catch (SQLException e) {
                throw new IOException("Reading the rows of table " + table + " failed: "
                        + e.getMessage(), e);
            }
        };
    }

    @Override
    public int deleteOlderThan(String table, Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM vscp_table_row WHERE table_name = ? AND row_time < ?")) {
            delete.setString(1, table);
            delete.setObject(2, toTimestamp(cutoff));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new TableStoreException("Deleting old rows of table " + table + " failed: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public int keepNewest(String table, long maxRows) {
        try (Connection connection = dataSource.getConnection()) {
            List<Object> oldestKept = oldestKept(connection, table, maxRows);
            if (oldestKept.isEmpty()) {
                return 0;
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM vscp_table_row WHERE table_name = ?"
                            + " AND (row_time < ? OR (row_time = ? AND row_id < ?))")) {
                delete.setString(1, table);
                delete.setObject(2, oldestKept.get(0));
                delete.setObject(3, oldestKept.get(0));
                delete.setLong(4, (Long) oldestKept.get(1));
                return delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new TableStoreException("Trimming table " + table + " to " + maxRows
                    + " rows failed: " + e.getMessage(), e);
        }
    }

    /** Returns the time and id of the oldest row to keep, or an empty list to keep all. */
    private static List<Object> oldestKept(Connection connection, String table, long maxRows)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT row_time, row_id FROM vscp_table_row WHERE table_name = ?"
                        + " ORDER BY row_time DESC, row_id DESC OFFSET ? ROWS FETCH FIRST 1 ROWS ONLY")) {
            query.setString(1, table);
            query.setLong(2, maxRows - 1);
            try (ResultSet result = query.executeQuery()) {
                List<Object> row = new ArrayList<>(2);
                if (result.next()) {
                    row.add(result.getObject(1, OffsetDateTime.class));
                    row.add(result.getLong(2));
                }
                return row;
            }
        }
    }

    private static void bindRange(PreparedStatement query, String table, Instant from,
            Instant to) throws SQLException {
        OffsetDateTime start = from == null ? null : toTimestamp(from);
        OffsetDateTime end = to == null ? null : toTimestamp(to);
        query.setString(1, table);
        setTimestamp(query, 2, start);
        setTimestamp(query, 3, start);
        setTimestamp(query, 4, end);
        setTimestamp(query, 5, end);
    }

    private static void setTimestamp(PreparedStatement query, int index, OffsetDateTime time)
            throws SQLException {
        if (time == null) {
            query.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            query.setObject(index, time);
        }
    }

    private static OffsetDateTime toTimestamp(Instant time) {
        return time.atOffset(ZoneOffset.UTC);
    }
}
