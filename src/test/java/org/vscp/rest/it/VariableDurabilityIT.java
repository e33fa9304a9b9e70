package org.vscp.rest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Persistent variables survive a crash of the container: the Tomcat JVM is killed with SIGKILL
 * right after the answers arrive, started again the same way, and the variables are read back.
 * Non-persistent variables are gone after the restart.
 */
class VariableDurabilityIT {

    private static final String RUN = "DUR" + Long.toString(System.currentTimeMillis(), 36)
            .toUpperCase(Locale.ROOT);
    private static final Path BUILD_DIR = Path.of(System.getProperty("it.build.dir", "target"));
    private static final Path CATALINA_BASE = Path.of(System.getProperty("it.tomcat.home",
            BUILD_DIR.resolve("tomcat-it").toString()));
    private static final int WRITES = 20;

    private final RestClient client = new RestClient();

    @Test
    void persistentSurvivesKill() throws Exception {
        String session = client.open("alice", "alice-pass");
        JsonObject kept = client.json("op", "createvar", "vscpsession", session,
                "variable", RUN + ".KEPT", "type", "double", "value", "MjEuNQ==",
                "persistent", "true", "accessright", "744", "note", "w6kgbm90ZQ==");
        client.json("op", "createvar", "vscpsession", session, "variable", RUN + ".LOST",
                "value", "bG9zdA==", "persistent", "false");
        for (int i = 1; i <= WRITES; i++) {
            client.json("op", "createvar", "vscpsession", session, "variable", RUN + ".COUNTER",
                    "type", "integer", "value", Integer.toString(i), "persistent", "true");
        }

        ContainerProcess tomcat = ContainerProcess.find(CATALINA_BASE);
        tomcat.killHard(Duration.ofSeconds(30));
        tomcat.restart(BUILD_DIR.resolve("tomcat-restart-" + RUN + ".log"));
        waitUntilServing(Duration.ofSeconds(180));

        String again = client.open("bob", "bob-pass");
        JsonObject read = client.json("op", "readvar", "vscpsession", again,
                "variable", RUN + ".KEPT");
        assertEquals(kept.getString("varvalue"), read.getString("varvalue"));
        assertEquals("w6kgbm90ZQ==", read.getString("varnote"));
        assertEquals("Double", read.getString("vartype"));
        assertEquals("alice", read.getString("varuser"));
        assertEquals(0x744, read.getInt("varaccessright"));
        assertEquals(kept.getString("varlastchange"), read.getString("varlastchange"));
        assertTrue(read.getBoolean("varpersistence"));

        String own = client.open("alice", "alice-pass");
        assertEquals("MjA=", client.json("op", "readvar", "vscpsession", own,
                "variable", RUN + ".COUNTER").getString("varvalue"));
        assertEquals(-7, client.json("op", "readvar", "vscpsession", own,
                "variable", RUN + ".LOST").getInt("code"));
        if ("postgresql".equals(System.getProperty("it.database"))) {
            assertEquals("21.5", valueInPostgresql(RUN + ".KEPT"));
        }
    }

    /** Reads a stored value straight from the PostgreSQL database of the it-postgresql run. */
    private static String valueInPostgresql(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        System.getProperty("it.pg.url"), System.getProperty("it.pg.user"),
                        System.getProperty("it.pg.password"));
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT value_text FROM vscp_variable WHERE name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), name + " is not in the PostgreSQL table");
                return rows.getString(1);
            }
        }
    }

    private void waitUntilServing(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = client.get(RestClient.params("op", "open",
                        "format", "json", "vscpuser", "admin", "vscpsecret", "secret"));
                if (answer.statusCode() == 200 && answer.body().contains("\"success\":true")) {
                    return;
                }
            } catch (AssertionError e) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Tomcat did not answer within " + timeout + " after the restart");
    }
}
