package org.vscp.rest.variable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.vscp.rest.storage.StorageException;

/**
 * Keeps persistent variables in the table {@code vscp_variable}. Every call runs in auto-commit
 * mode, so a save has been committed when it returns. Thread-safe; every method blocks on the
 * database.
 */
public final class JdbcVariableRepository implements VariableRepository {

    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String COLUMNS =
            "name, type_code, owner_name, access_rights, last_change, value_text, note_text";

    private final DataSource dataSource;

    public JdbcVariableRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Variable> find(String name) {
        String sql = "SELECT " + COLUMNS + " FROM vscp_variable WHERE name = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("Reading the variable " + name, e);
        }
    }

    @Override
    public List<Variable> all() {
        String sql = "SELECT " + COLUMNS + " FROM vscp_variable ORDER BY name";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            List<Variable> variables = new ArrayList<>();
            while (rows.next()) {
                variables.add(read(rows));
            }
            return variables;
        } catch (SQLException e) {
            throw failure("Listing the variables", e);
        }
    }

    /**
     * Updates the row of the variable, or inserts one. When another server inserts the same name
     * between the two statements, the insert fails on the key and the update is tried again.
     */
    @Override
    public void save(Variable variable) {
        try (Connection connection = dataSource.getConnection()) {
            if (update(connection, variable)) {
                return;
            }
            try {
                insert(connection, variable);
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || !update(connection, variable)) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw failure("Storing the variable " + variable.name(), e);
        }
    }

    @Override
    public boolean delete(String name) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "DELETE FROM vscp_variable WHERE name = ?")) {
            statement.setString(1, name);
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure("Deleting the variable " + name, e);
        }
    }

    private static boolean update(Connection connection, Variable variable) throws SQLException {
        String sql = "UPDATE vscp_variable SET type_code = ?, owner_name = ?, access_rights = ?,"
                + " last_change = ?, value_text = ?, note_text = ? WHERE name = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, variable.type().code());
            statement.setString(2, variable.owner());
            statement.setInt(3, variable.rights().bits());
            statement.setObject(4, OffsetDateTime.ofInstant(variable.lastChange(), ZoneOffset.UTC));
            statement.setString(5, variable.value());
            statement.setString(6, variable.note());
            statement.setString(7, variable.name());
            return statement.executeUpdate() > 0;
        }
    }

    private static void insert(Connection connection, Variable variable) throws SQLException {
        String sql = "INSERT INTO vscp_variable (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, variable.name());
            statement.setInt(2, variable.type().code());
            statement.setString(3, variable.owner());
            statement.setInt(4, variable.rights().bits());
            statement.setObject(5, OffsetDateTime.ofInstant(variable.lastChange(), ZoneOffset.UTC));
            statement.setString(6, variable.value());
            statement.setString(7, variable.note());
            statement.executeUpdate();
        }
    }

    private static Variable read(ResultSet rows) throws SQLException {
        int code = rows.getInt("type_code");
        VariableType type = VariableType.ofCode(code).orElseThrow(() -> new SQLException(
                "The stored variable type " + code + " is unknown to this server version."));
        return new Variable(rows.getString("name"), type, rows.getString("owner_name"),
                new AccessRights(rows.getInt("access_rights")), true,
                rows.getObject("last_change", OffsetDateTime.class).toInstant(),
                rows.getString("value_text"), rows.getString("note_text"));
    }

    private static StorageException failure(String action, SQLException e) {
        return new StorageException(action + " in the database failed: " + e.getMessage(), e);
    }
}
