package org.vscp.rest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session A sends measurements through a real Tomcat and session B reads the events. The
 * expected data bytes are worked out by hand from the VSCP specification pages
 * class1.measurement, class2.measurement_float and class2.measurement_str.
 */
class MeasurementIT {

    private static final String GUID = "FF:EE:DD:CC:BB:AA:99:88:77:66:55:44:33:22:11:00";

    private final RestClient client = new RestClient();
    private String a;
    private String b;

    @BeforeEach
    void openSessions() {
        a = client.open("admin", "secret");
        b = client.open("admin", "secret");
    }

    @AfterEach
    void closeSessions() {
        client.json("op", "close", "vscpsession", a);
        client.json("op", "close", "vscpsession", b);
    }

    private JsonObject measure(String... pairs) {
        List<String> all = new ArrayList<>(List.of("op", "measurement", "vscpsession", a));
        all.addAll(List.of(pairs));
        return client.json(all.toArray(String[]::new));
    }

    /** Reads the one event that session B must have received. */
    private JsonObject readOne() {
        JsonObject answer = client.json("op", "readevent", "vscpsession", b, "count", "10");
        assertTrue(answer.getBoolean("success"), answer.toString());
        JsonArray events = answer.getJsonArray("event");
        assertEquals(1, events.size(), answer.toString());
        return events.getJsonObject(0);
    }

    private void assertNothingReceived() {
        JsonObject answer = client.json("op", "readevent", "vscpsession", b, "count", "10");
        assertEquals(-6, answer.getInt("code"), answer.toString());
    }

    @Test
    void missingGuidIsAllZero() {
        measure("type", "6", "value", "1");
        assertEquals("00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00",
                readOne().getString("guid"));

        measure("type", "6", "value", "1", "guid", "-");
        JsonObject event = readOne();
        int obid = event.getInt("obid");
        String interfaceGuid = event.getString("guid");
        assertTrue(interfaceGuid.endsWith(String.format(":%02X:%02X", obid >> 8, obid & 0xFF)),
                interfaceGuid);
        assertTrue(!interfaceGuid.startsWith("00:00:00:00:00:00:00:00"), interfaceGuid);
    }

    @Test
    void level1FloatBytes() {
        JsonObject sent = measure("level", "1", "eventformat", "float", "type", "6",
                "value", "21.5", "unit", "1", "sensoridx", "2", "guid", GUID,
                "datetime", "2026-03-01T08:00:00Z");
        assertTrue(sent.getBoolean("success"), sent.toString());

        JsonObject event = readOne();

        assertEquals(10, event.getInt("vscpclass"));
        assertEquals(6, event.getInt("vscptype"));
        assertEquals(GUID, event.getString("guid"));
        assertEquals("2026-03-01T08:00:00Z", event.getString("datetime"));
        // 0b101_01_010 = 0xAA: float coding, unit 1, sensor 2; 21.5f = 0x41AC0000.
        assertEquals("[170,65,172,0,0]", event.getJsonArray("data").toString());
        assertEquals(5, event.getInt("sizedata"));
    }

    @Test
    void level1StringBytes() {
        JsonObject sent = measure("level", "1", "eventformat", "string", "type", "6",
                "value", "21.5", "unit", "2", "sensorindex", "3");
        assertTrue(sent.getBoolean("success"), sent.toString());

        JsonObject event = readOne();

        assertEquals(10, event.getInt("vscpclass"));
        assertEquals(6, event.getInt("vscptype"));
        // 0b010_10_011 = 0x53: string coding, unit 2, sensor 3; then ASCII "21.5".
        assertEquals("[83,50,49,46,53]", event.getJsonArray("data").toString());
    }

    @Test
    void level2FloatBytes() {
        JsonObject sent = measure("type", "6", "value", "21.5", "unit", "1", "sensoridx", "1",
                "zone", "2", "subzone", "3", "guid", GUID);
        assertTrue(sent.getBoolean("success"), sent.toString());

        JsonObject event = readOne();

        assertEquals(1060, event.getInt("vscpclass"));
        assertEquals(6, event.getInt("vscptype"));
        assertEquals(GUID, event.getString("guid"));
        // Sensor 1, zone 2, sub-zone 3, unit 1, then 21.5 as a double: 0x4035800000000000.
        assertEquals("[1,2,3,1,64,53,128,0,0,0,0,0]", event.getJsonArray("data").toString());
        assertEquals(12, event.getInt("sizedata"));
    }

    @Test
    void level2StringBytes() {
        JsonObject sent = measure("level", "2", "eventformat", "string", "type", "0x1234",
                "value", "-3.25", "unit", "200", "sensoridx", "4", "zone", "5", "subzone", "6");
        assertTrue(sent.getBoolean("success"), sent.toString());

        JsonObject event = readOne();

        assertEquals(1040, event.getInt("vscpclass"));
        assertEquals(0x1234, event.getInt("vscptype"));
        // Sensor 4, zone 5, sub-zone 6, unit 200, then ASCII "-3.25".
        assertEquals("[4,5,6,200,45,51,46,50,53]", event.getJsonArray("data").toString());
    }

    @Test
    void senderGetsNoEcho() {
        measure("type", "6", "value", "1");

        JsonObject answer = client.json("op", "readevent", "vscpsession", a);

        assertEquals(-6, answer.getInt("code"), answer.toString());
    }

    @ParameterizedTest(name = "level {0}: {1}={2}")
    @CsvSource({
        "1, unit, 4",
        "1, sensoridx, 8",
        "1, sensorindex, 8",
        "1, zone, 1",
        "1, subzone, 1",
        "1, unit, -1",
        "2, unit, 256",
        "2, sensoridx, 256",
        "2, zone, 256",
        "2, subzone, 256",
        "2, zone, -1",
    })
    void outOfRangeRejected(String level, String name, String value) {
        JsonObject answer = measure("level", level, "type", "6", "value", "21.5", name, value);

        assertFalse(answer.getBoolean("success"), answer.toString());
        assertEquals(-5, answer.getInt("code"));
        assertNothingReceived();
    }

    @Test
    void missingValueRejected() {
        JsonObject answer = measure("type", "6");

        assertEquals(-5, answer.getInt("code"));
        assertTrue(answer.getString("description").contains("value"),
                answer.getString("description"));
        assertNothingReceived();
    }

    @Test
    void missingTypeRejected() {
        JsonObject answer = measure("value", "21.5");

        assertEquals(-5, answer.getInt("code"));
        assertTrue(answer.getString("description").contains("type"),
                answer.getString("description"));
        assertNothingReceived();
    }

    @Test
    void senderOutsideAllowedEventsDenied() {
        String sender = client.open("sender", "sender-pass");
        try {
            JsonObject answer = client.json("op", "measurement", "vscpsession", sender,
                    "type", "6", "value", "21.5");

            assertEquals(-19, answer.getInt("code"), answer.toString());
            assertNothingReceived();
        } finally {
            client.json("op", "close", "vscpsession", sender);
        }
    }
}
