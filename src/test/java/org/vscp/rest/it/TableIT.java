package org.vscp.rest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.vscp.rest.it.RestClient.params;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Fills the tables it-rows, it-level1 and it-level2 of the test configuration (tables.json)
 * through a real Tomcat, from the measurement operation and from sendevent, and reads them back
 * with the table operation in every format.
 *
 * <p>The database in target/it-data survives between runs, so every run writes its rows at
 * times of its own, a month after the start of the run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Rows of it-rows: seconds after {@link #rowsStart} and the value. */
    private static final List<Map.Entry<Long, String>> ROWS = List.of(
            Map.entry(0L, "21.5"), Map.entry(1L, "-3.25"), Map.entry(2L, "1000"));

    private final RestClient client = new RestClient();
    private final Instant runStart = Instant.now().truncatedTo(ChronoUnit.SECONDS)
            .plus(Duration.ofDays(30));
    private final Instant rowsStart = runStart;
    private final Instant level1Start = runStart.plus(Duration.ofHours(1));
    private final Instant level2Start = runStart.plus(Duration.ofHours(2));
    private String session;

    @BeforeAll
    void feedRows() {
        session = client.open("admin", "secret");
        for (Map.Entry<Long, String> row : ROWS) {
            measure("type", "12", "value", row.getValue(), "sensoridx", "9", "zone", "8",
                    "subzone", "7", "datetime", rowsStart.plusSeconds(row.getKey()).toString());
        }
        waitForRows("it-rows", rowsStart, rowsStart.plusSeconds(10), ROWS.size());
    }

    @AfterAll
    void closeSession() {
        client.json("op", "close", "vscpsession", session);
    }

    private void measure(String... pairs) {
        List<String> all = new ArrayList<>(List.of("op", "measurement", "vscpsession", session));
        all.addAll(List.of(pairs));
        JsonObject answer = client.json(all.toArray(String[]::new));
        assertTrue(answer.getBoolean("success"), answer.toString());
    }

    private void sendEvent(int vscpClass, int vscpType, Instant time, String data) {
        JsonObject answer = client.json("op", "sendevent", "vscpsession", session, "vscpevent",
                "0," + vscpClass + "," + vscpType + ",0," + time + ",0,-," + data);
        assertTrue(answer.getBoolean("success"), answer.toString());
    }

    /**
     * Polls the table until it has {@code expected} rows between {@code from} and {@code to},
     * because a background thread writes the rows. Returns the JSON answer with those rows.
     */
    private JsonObject waitForRows(String table, Instant from, Instant to, int expected) {
        Instant deadline = Instant.now().plus(WAIT);
        JsonObject answer = null;
        while (Instant.now().isBefore(deadline)) {
            answer = client.json("op", "table", "vscpsession", session, "name", table,
                    "from", from.toString(), "to", to.toString());
            if (answer.getBoolean("success") && answer.getInt("count") >= expected) {
                return answer;
            }
            sleep(100);
        }
        return fail("The table " + table + " did not reach " + expected + " rows between " + from
                + " and " + to + " within " + WAIT.toSeconds() + " s; last answer: " + answer);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for table rows", e);
        }
    }

    private HttpResponse<String> tableIn(String format, String... extra) {
        Map<String, String> query = params("op", "table", "vscpsession", session,
                "name", "it-rows", "from", rowsStart.toString(),
                "to", rowsStart.plusSeconds(10).toString(), "format", format);
        query.putAll(params(extra));
        return client.get(query);
    }

    private String date(int row) {
        return rowsStart.plusSeconds(ROWS.get(row).getKey()).toString();
    }

    @Test
    void plainRowsExact() {
        HttpResponse<String> response = tableIn("plain");

        assertEquals(200, response.statusCode());
        assertEquals("text/plain;charset=UTF-8", contentType(response));
        assertEquals("1 1 Success \r\n"
                + "3 records will be returned from table it-rows.\r\n"
                + "0 - Date=" + date(0) + ",Value=21.5\r\n"
                + "1 - Date=" + date(1) + ",Value=-3.25\r\n"
                + "2 - Date=" + date(2) + ",Value=1000\r\n", response.body());
    }

    @Test
    void csvRowsExact() {
        HttpResponse<String> response = tableIn("csv");

        assertEquals("text/csv;charset=UTF-8", contentType(response));
        assertEquals("success-code,error-code,message,description,Table\r\n"
                + "1,1,Success,Success.,NULL\r\n"
                + "1,2,Info,3 records will be returned from table it-rows.,NULL\r\n"
                + "1,4,Count,3,NULL\r\n"
                + "1,3,Data,Table,0," + date(0) + ",21.5\r\n"
                + "1,3,Data,Table,1," + date(1) + ",-3.25\r\n"
                + "1,3,Data,Table,2," + date(2) + ",1000\r\n", response.body());
    }

    @Test
    void xmlRowsStructure() throws Exception {
        HttpResponse<String> response = tableIn("xml");

        assertEquals("application/xml;charset=UTF-8", contentType(response));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(
                new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        Element root = document.getDocumentElement();
        assertEquals("vscp-rest", root.getTagName());
        assertEquals("true", root.getAttribute("success"));
        assertEquals("1", root.getAttribute("code"));
        assertEquals("Success", root.getAttribute("message"));
        assertEquals("Success.", root.getAttribute("description"));

        List<Element> children = elements(root.getChildNodes());
        assertEquals(List.of("count", "info", "data", "data", "data"),
                children.stream().map(Element::getTagName).toList());
        assertEquals("3", children.get(0).getTextContent());
        assertEquals("3 records will be returned from table it-rows.",
                children.get(1).getTextContent());
        for (int i = 0; i < ROWS.size(); i++) {
            Element data = children.get(2 + i);
            assertEquals(Integer.toString(i), data.getAttribute("id"), "id of row " + i);
            assertEquals(date(i), data.getAttribute("date"), "date of row " + i);
            assertEquals(ROWS.get(i).getValue(), data.getAttribute("value"), "value of row " + i);
            assertFalse(data.hasChildNodes(), "row " + i + " is an empty element");
        }
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }

    @Test
    void jsonRowsStructure() {
        HttpResponse<String> response = tableIn("json");

        assertEquals("application/json;charset=UTF-8", contentType(response));
        assertJsonRows(RestClient.parse(response.body()));
        assertTrue(response.body().contains("\"value\":1000}"), response.body());
    }

    private void assertJsonRows(JsonObject answer) {
        assertEquals(List.of("success", "code", "message", "description", "info", "table",
                "count", "filtered", "errors"), List.copyOf(answer.keySet()));
        assertTrue(answer.getBoolean("success"));
        assertEquals(1, answer.getInt("code"));
        assertEquals("success", answer.getString("message"));
        assertEquals("Success", answer.getString("description"));
        assertEquals("3 records will be returned from table it-rows.", answer.getString("info"));
        assertEquals(3, answer.getInt("count"));
        assertEquals(0, answer.getInt("filtered"));
        assertEquals(0, answer.getInt("errors"));

        JsonArray table = answer.getJsonArray("table");
        assertEquals(ROWS.size(), table.size());
        for (int i = 0; i < ROWS.size(); i++) {
            JsonObject row = table.getJsonObject(i);
            assertEquals(List.of("id", "date", "value"), List.copyOf(row.keySet()));
            assertEquals(i, row.getInt("id"), "id of row " + i);
            assertEquals(date(i), row.getString("date"), "date of row " + i);
            assertEquals(Double.parseDouble(ROWS.get(i).getValue()),
                    row.getJsonNumber("value").doubleValue(), "value of row " + i);
        }
    }

    @Test
    void jsonpRowsWrapped() {
        HttpResponse<String> response = tableIn("jsonp");

        assertEquals("application/javascript;charset=UTF-8", contentType(response));
        String body = response.body();
        String prefix = "typeof handler === 'function' && handler(";
        assertTrue(body.startsWith(prefix), body);
        assertTrue(body.endsWith(");"), body);
        assertJsonRows(RestClient.parse(body.substring(prefix.length(), body.length() - 2)));
    }

    @Test
    void jsonpUsesCallback() {
        String body = tableIn("jsonp", "callback", "charts.update").body();

        assertTrue(body.startsWith("typeof charts !== 'undefined' && charts !== null && "
                        + "typeof charts.update === 'function' && charts.update({"),
                body);
    }

    @Test
    void countCapsRows() {
        JsonObject answer = RestClient.parse(tableIn("json", "count", "2").body());

        assertEquals(2, answer.getInt("count"));
        assertEquals(2, answer.getJsonArray("table").size());
        assertEquals(date(1), answer.getJsonArray("table").getJsonObject(1).getString("date"));
    }

    @Test
    void spaceSeparatedBoundsAccepted() {
        String from = rowsStart.plusSeconds(1).toString().replace('T', ' ').replace("Z", "");
        JsonObject answer = client.json("op", "table", "vscpsession", session, "name", "it-rows",
                "from", from, "to", date(2));

        assertEquals(2, answer.getInt("count"), answer.toString());
    }

    @Test
    void level1TableFillsFromBothSources() {
        Instant t = level1Start;

        // Events that must not reach it-level1: wrong type, wrong sensor index, level II class.
        sendEvent(10, 12, t, "0xA2,0x41,0xAC,0x00,0x00");
        sendEvent(10, 11, t.plusSeconds(1), "0xA3,0x41,0xAC,0x00,0x00");
        measure("level", "2", "type", "11", "value", "5", "sensoridx", "2",
                "datetime", t.plusSeconds(2).toString());

        // sendevent with a float coding (0xA2: float, unit 0, sensor 2) and an integer coding
        // (0x62: integer, unit 0, sensor 2, 0x012C = 300), then the measurement operation.
        sendEvent(10, 11, t.plusSeconds(3), "0xA2,0x41,0xAC,0x00,0x00");
        sendEvent(10, 11, t.plusSeconds(4), "0x62,0x01,0x2C");
        measure("level", "1", "type", "11", "value", "19.75", "sensoridx", "2",
                "datetime", t.plusSeconds(5).toString());

        JsonObject answer = waitForRows("it-level1", t, t.plusSeconds(10), 3);

        assertEquals(3, answer.getInt("count"), answer.toString());
        JsonArray rows = answer.getJsonArray("table");
        assertRow(rows.getJsonObject(0), t.plusSeconds(3), 21.5);
        assertRow(rows.getJsonObject(1), t.plusSeconds(4), 300);
        assertRow(rows.getJsonObject(2), t.plusSeconds(5), 19.75);
    }

    @Test
    void level2TableFillsFromBothSources() {
        Instant t = level2Start;

        // Events that must not reach it-level2: the string class 1040, a wrong zone, class 10.
        measure("eventformat", "string", "type", "11", "value", "7", "sensoridx", "3",
                "zone", "4", "subzone", "5", "datetime", t.toString());
        measure("type", "11", "value", "8", "sensoridx", "3", "zone", "9", "subzone", "5",
                "datetime", t.plusSeconds(1).toString());
        sendEvent(10, 11, t.plusSeconds(2), "0xA3,0x41,0xAC,0x00,0x00");

        // sendevent: sensor 3, zone 4, sub-zone 5, unit 0, then 99.5 as a double.
        sendEvent(1060, 11, t.plusSeconds(3), "3,4,5,0,0x40,0x58,0xE0,0,0,0,0,0");
        measure("type", "11", "value", "101325", "sensoridx", "3", "zone", "4", "subzone", "5",
                "datetime", t.plusSeconds(4).toString());

        JsonObject answer = waitForRows("it-level2", t, t.plusSeconds(10), 2);

        assertEquals(2, answer.getInt("count"), answer.toString());
        JsonArray rows = answer.getJsonArray("table");
        assertRow(rows.getJsonObject(0), t.plusSeconds(3), 99.5);
        assertRow(rows.getJsonObject(1), t.plusSeconds(4), 101325);
    }

    private static void assertRow(JsonObject row, Instant date, double value) {
        assertEquals(date.toString(), row.getString("date"), row.toString());
        JsonNumber number = row.getJsonNumber("value");
        assertEquals(value, number.doubleValue(), row.toString());
    }

    @Test
    void toBeforeFromRejected() {
        JsonObject answer = client.json("op", "table", "vscpsession", session, "name", "it-rows",
                "from", date(2), "to", date(0));

        assertFalse(answer.getBoolean("success"));
        assertEquals(-13, answer.getInt("code"), answer.toString());
    }

    @Test
    void emptyRangeNoData() {
        JsonObject answer = client.json("op", "table", "vscpsession", session, "name", "it-rows",
                "from", "2001-01-01T00:00:00Z", "to", "2001-01-02T00:00:00Z");

        assertEquals(-12, answer.getInt("code"), answer.toString());
    }

    @Test
    void unknownTableRejected() {
        JsonObject answer = client.json("op", "table", "vscpsession", session,
                "name", "no-such-table");

        assertEquals(-11, answer.getInt("code"), answer.toString());
        assertTrue(answer.getString("description").contains("no-such-table"),
                answer.getString("description"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "from, yesterday",
        "from, 2026-13-01T00:00:00Z",
        "to, 2026-02-30 10:00:00",
        "count, 0",
        "count, many",
    })
    void unparsableParameterRejected(String name, String value) {
        JsonObject answer = client.json("op", "table", "vscpsession", session, "name", "it-rows",
                name, value);

        assertEquals(-5, answer.getInt("code"), answer.toString());
        assertTrue(answer.getString("description").contains(value),
                answer.getString("description"));
    }

    @Test
    void plainErrorForUnknownTable() {
        HttpResponse<String> response = client.get(params("op", "table", "vscpsession", session,
                "name", "no-such-table", "format", "plain"));

        assertTrue(response.body().startsWith("0 -11 Table does not exist \r\n\r\n"),
                response.body());
    }

    @Test
    void tableListNamesTables() {
        JsonObject answer = client.json("op", "table", "vscpsession", session);

        List<String> names = answer.getJsonArray("tables").stream()
                .map(value -> value.asJsonObject().getString("name")).toList();
        assertTrue(names.containsAll(List.of("it-rows", "it-level1", "it-level2")),
                names.toString());
    }

    @Test
    void withoutRightDenied() {
        String receiver = client.open("receiver", "receiver-pass");
        try {
            JsonObject answer = client.json("op", "table", "vscpsession", receiver,
                    "name", "it-rows");

            assertEquals(-19, answer.getInt("code"), answer.toString());
        } finally {
            client.json("op", "close", "vscpsession", receiver);
        }
    }

    /** Returns the Content-Type without spaces, because Tomcat writes none after the ';'. */
    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "");
    }
}
