package org.vscp.rest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The variable operations in a real container, in every format: success and error answers,
 * updates through createvar, the rights of two ordinary users, the stock variables and the
 * encoding rules of real clients. Names carry a per-run prefix because the database outlives
 * one build.
 */
class VariableOperationsIT {

    private static final String RUN = "IT" + Long.toString(System.currentTimeMillis(), 36)
            .toUpperCase(Locale.ROOT);

    private static final RestClient CLIENT = new RestClient();

    private static String alice;
    private static String bob;
    private static String admin;

    @BeforeAll
    static void openSessions() {
        alice = CLIENT.open("alice", "alice-pass");
        bob = CLIENT.open("bob", "bob-pass");
        admin = CLIENT.open("admin", "secret");
    }

    private static String name(String suffix) {
        return RUN + "." + suffix;
    }

    private static String body(String format, String... pairs) {
        Map<String, String> params = RestClient.params(pairs);
        params.put("format", format);
        return CLIENT.get(params).body();
    }

    private static JsonObject json(String... pairs) {
        return CLIENT.json(pairs);
    }

    private static JsonObject create(String session, String variable, String type, String value,
            String rights, String persistent) {
        return json("op", "createvar", "vscpsession", session, "variable", variable,
                "type", type, "value", value, "accessright", rights, "persistent", persistent,
                "note", "");
    }

    /** Asserts the envelope of {@code body} in {@code format} carries {@code code}. */
    private static void assertCode(String format, int code, String body) {
        boolean ok = code == 1;
        switch (format) {
            case "plain" -> assertTrue(body.startsWith((ok ? "1 1 " : "0 " + code + " ")), body);
            case "csv" -> assertTrue(body.split("\r\n")[1].startsWith(
                    (ok ? "1,1," : "0," + code + ",")), body);
            case "xml" -> assertTrue(body.contains("success=\"" + ok + "\" code=\"" + code
                    + "\""), body);
            case "json" -> assertTrue(body.startsWith("{\"success\":" + ok + ",\"code\":"
                    + code + ","), body);
            default -> assertTrue(body.startsWith("typeof handler === 'function' && handler("
                    + "{\"success\":" + ok + ",\"code\":" + code + ","), body);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "csv", "xml", "json", "jsonp"})
    void everyOperationInFormat(String format) {
        String variable = name("FMT." + format.toUpperCase(Locale.ROOT));

        String created = body(format, "op", "createvar", "vscpsession", alice,
                "variable", variable, "type", "integer", "value", "MjE=", "accessright", "744");
        assertCode(format, 1, created);
        assertTrue(created.contains("MjE="), created);

        String read = body(format, "op", "readvar", "vscpsession", alice, "variable", variable);
        assertCode(format, 1, read);
        assertTrue(read.contains(variable), read);
        assertTrue(read.contains("MjE="), read);

        String written = body(format, "op", "writevar", "vscpsession", alice,
                "variable", variable, "value", "MjI=");
        assertCode(format, 1, written);
        assertTrue(written.contains("MjI="), written);

        String listed = body(format, "op", "listvar", "vscpsession", alice,
                "regex", "^" + variable.replace(".", "\\.") + "$", "listlong", "true");
        assertCode(format, 1, listed);
        assertTrue(listed.contains(variable), listed);
        assertTrue(listed.contains("MjI="), listed);

        assertCode(format, 1, body(format, "op", "deletevar", "vscpsession", alice,
                "variable", variable));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "csv", "xml", "json", "jsonp"})
    void everyErrorInFormat(String format) {
        String variable = name("ERR." + format.toUpperCase(Locale.ROOT));

        assertCode(format, -7, body(format, "op", "readvar", "vscpsession", alice,
                "variable", variable));
        assertCode(format, -7, body(format, "op", "writevar", "vscpsession", alice,
                "variable", variable, "value", "MQ=="));
        assertCode(format, -8, body(format, "op", "createvar", "vscpsession", alice,
                "variable", variable, "type", "integer", "value", "abc"));
        assertCode(format, -7, body(format, "op", "deletevar", "vscpsession", alice,
                "variable", variable));
        assertCode(format, -5, body(format, "op", "listvar", "vscpsession", alice,
                "regex", "(unclosed"));
        assertCode(format, -2, body(format, "op", "readvar", "vscpsession", "0".repeat(32),
                "variable", variable));
    }

    @Test
    void numbersAsOperations() {
        String variable = name("NUMBERS");

        assertEquals(1, json("op", "9", "vscpsession", alice, "variable", variable,
                "value", "eA==").getInt("code"));
        assertEquals("eA==", json("op", "7", "vscpsession", alice, "variable", variable)
                .getString("varvalue"));
        assertEquals(1, json("op", "8", "vscpsession", alice, "variable", variable,
                "value", "eQ==").getInt("code"));
        assertEquals(1, json("op", "12", "vscpsession", alice, "regex", variable)
                .getInt("count"));
        assertEquals(1, json("op", "10", "vscpsession", alice, "variable", variable)
                .getInt("code"));
        assertEquals(-7, json("op", "delvar", "vscpsession", alice, "variable", variable)
                .getInt("code"));
    }

    @Test
    void createOnExistingUpdates() {
        String variable = name("UPDATED");
        create(alice, variable, "string", "Zmlyc3Q=", "744", "false");

        JsonObject second = create(alice, variable, "string", "c2Vjb25k", "746", "true");
        JsonObject read = json("op", "readvar", "vscpsession", alice, "variable", variable);

        assertEquals(1, second.getInt("code"));
        assertEquals("c2Vjb25k", read.getString("varvalue"));
        assertEquals(0x746, read.getInt("varaccessright"));
        assertTrue(read.getBoolean("varpersistence"));
    }

    @Test
    void privateInvisibleToOther() {
        String variable = name("PRIVATE");
        create(alice, variable, "string", "cw==", "700", "false");

        assertEquals(-19, json("op", "readvar", "vscpsession", bob, "variable", variable)
                .getInt("code"));
        assertEquals(0, json("op", "listvar", "vscpsession", bob, "regex", variable)
                .getInt("count"));
        assertEquals(-9, json("op", "writevar", "vscpsession", bob, "variable", variable,
                "value", "eA==").getInt("code"));
        assertEquals(-18, json("op", "deletevar", "vscpsession", bob, "variable", variable)
                .getInt("code"));
        assertEquals("cw==", json("op", "readvar", "vscpsession", admin, "variable", variable)
                .getString("varvalue"));
    }

    @Test
    void readableIsReadOnlyToOther() {
        String variable = name("SHOWN");
        create(alice, variable, "string", "cw==", "744", "true");

        JsonObject read = json("op", "readvar", "vscpsession", bob, "variable", variable);

        assertEquals("cw==", read.getString("varvalue"));
        assertEquals("alice", read.getString("varuser"));
        assertEquals(-9, json("op", "writevar", "vscpsession", bob, "variable", variable,
                "value", "eA==").getInt("code"));
        assertEquals(-9, create(bob, variable, "string", "eA==", "777", "true").getInt("code"));
    }

    @Test
    void writableBitLetsOtherWrite() {
        String variable = name("SHARED");
        create(alice, variable, "string", "cw==", "746", "false");

        assertEquals(1, json("op", "writevar", "vscpsession", bob, "variable", variable,
                "value", "Ym9i").getInt("code"));
        assertEquals("Ym9i", json("op", "readvar", "vscpsession", alice, "variable", variable)
                .getString("varvalue"));
        assertEquals(-18, json("op", "deletevar", "vscpsession", bob, "variable", variable)
                .getInt("code"));
        assertEquals(1, json("op", "deletevar", "vscpsession", admin, "variable", variable)
                .getInt("code"));
    }

    @Test
    void userWithoutRightIsDenied() {
        String receiver = CLIENT.open("receiver", "receiver-pass");

        assertEquals(-19, json("op", "listvar", "vscpsession", receiver).getInt("code"));
        assertEquals(-19, json("op", "createvar", "vscpsession", receiver,
                "variable", name("NOPE"), "value", "eA==").getInt("code"));
    }

    @Test
    void stockVariablesAreReadOnly() {
        JsonObject version = json("op", "readvar", "vscpsession", bob,
                "variable", "vscp.server.version");

        assertEquals("VSCP.SERVER.VERSION", version.getString("varname"));
        assertFalse(version.getString("varvalue").isEmpty());
        assertEquals(-9, json("op", "writevar", "vscpsession", admin,
                "variable", "VSCP.SERVER.VERSION", "value", "eA==").getInt("code"));
        assertEquals(-18, json("op", "deletevar", "vscpsession", admin,
                "variable", "VSCP.SERVER.START-TIME").getInt("code"));
        assertEquals("Integer", json("op", "readvar", "vscpsession", bob,
                "variable", "VSCP.SERVER.OPEN-SESSIONS").getString("vartype"));
    }

    @Test
    void plusSentAsSpaceIsRead() {
        String variable = name("PLUS");
        // BASE64 of "??>?" is Pz8+Pw==; the + is sent unencoded and arrives as a space.
        String query = "op=createvar&format=json&vscpsession=" + alice + "&variable=" + variable
                + "&value=Pz8+Pw==&note=";

        JsonObject answer = RestClient.parse(CLIENT.getRaw(query).body());

        assertEquals("Pz8+Pw==", answer.getString("varvalue"));
        assertEquals("", answer.getString("varnote"));
    }

    @Test
    void integerLiteralAndBase64() {
        String variable = name("INT");

        assertEquals("MTIzNA==", create(alice, variable, "integer", "1234", "744", "false")
                .getString("varvalue"));
        assertEquals("MTIzNA==", create(alice, variable, "integer", "MTIzNA", "744", "false")
                .getString("varvalue"));
        assertEquals(-9, create(alice, variable, "integer", "", "744", "false").getInt("code"));
    }

    @Test
    void nonAsciiRoundTrips() {
        String variable = name("UTF8");
        // "äöüß € 🙂" as BASE64 of UTF-8, sent with POST.
        JsonObject answer = RestClient.parse(CLIENT.post(RestClient.params("op", "createvar",
                "format", "json", "vscpsession", alice, "variable", variable,
                "value", "w6TDtsO8w58g4oKsIPCfmYI=", "note", "w6k=")).body());

        assertEquals("w6TDtsO8w58g4oKsIPCfmYI=", answer.getString("varvalue"));
        assertEquals("w6k=", json("op", "readvar", "vscpsession", alice, "variable", variable)
                .getString("varnote"));
    }

    @Test
    void catastrophicRegexIsStopped() {
        create(alice, name("A".repeat(80)), "string", "", "744", "false");

        JsonObject answer = json("op", "listvar", "vscpsession", alice, "regex", "(.*A){12}B");

        assertEquals(-5, answer.getInt("code"));
    }

    @Test
    void shortListHasEmptyValues() {
        String variable = name("SHORT");
        create(alice, variable, "string", "eA==", "744", "false");

        JsonObject item = json("op", "listvar", "vscpsession", alice, "regex", variable)
                .getJsonArray("variable").getJsonObject(0);

        assertEquals("", item.getString("varvalue"));
        assertEquals("", item.getString("varnote"));
    }
}
