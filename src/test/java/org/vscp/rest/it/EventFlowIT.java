package org.vscp.rest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vscp.rest.it.RestClient.params;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two sessions exchange events through a real Tomcat, in every format and with both methods. */
class EventFlowIT {

    private static final String GUID = "00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F";
    private static final String EVENT =
            "0,20,3,0,2026-12-04T10:00:00," + "12345," + GUID + ",0x00,0x01,0x23";
    private static final String EVENT_OUT_TAIL =
            ",2026-12-04T10:00:00Z,12345," + GUID + ",0x00,0x01,0x23";

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

    private void send(String session, String event) {
        JsonObject answer = client.json("op", "sendevent", "vscpsession", session,
                "vscpevent", event);
        assertTrue(answer.getBoolean("success"), answer.toString());
    }

    @Test
    void jsonReadGivesExactEvent() {
        send(a, EVENT);

        JsonObject answer = client.json("op", "readevent", "vscpsession", b, "count", "10");

        assertTrue(answer.getBoolean("success"));
        assertEquals(1, answer.getInt("count"));
        assertEquals("10 events requested of 1 available (unfiltered) 1 will be retrieved",
                answer.getString("info"));
        JsonArray events = answer.getJsonArray("event");
        assertEquals(1, events.size());
        JsonObject event = events.getJsonObject(0);
        assertEquals(0, event.getInt("head"));
        assertEquals(20, event.getInt("vscpclass"));
        assertEquals(20, event.getInt("vscpClass"));
        assertEquals(3, event.getInt("vscptype"));
        assertEquals(3, event.getInt("vscpType"));
        assertTrue(event.getInt("obid") > 0);
        assertEquals("2026-12-04T10:00:00Z", event.getString("datetime"));
        assertEquals(12345, event.getJsonNumber("timestamp").longValue());
        assertEquals(GUID, event.getString("guid"));
        assertEquals(3, event.getInt("sizedata"));
        assertEquals("[0,1,35]", event.getJsonArray("data").toString());
    }

    @Test
    void plainReadGivesExactLines() {
        send(a, EVENT);

        HttpResponse<String> response = client.get(params("op", "readevent",
                "vscpsession", b, "format", "plain"));

        assertEquals(200, response.statusCode());
        assertEquals("text/plain;charset=UTF-8",
                response.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        Pattern expected = Pattern.compile("1 1 Success \r\n"
                + "1 events requested of 1 available \\(unfiltered\\) 1 will be retrieved\r\n"
                + "- 0,20,3,\\d+" + Pattern.quote(EVENT_OUT_TAIL) + "\r\n");
        assertTrue(expected.matcher(response.body()).matches(), response.body());
    }

    @Test
    void csvReadGivesDataLine() {
        send(a, EVENT);

        String body = client.get(params("op", "readevent", "vscpsession", b, "format", "csv"))
                .body();

        String[] lines = body.split("\r\n");
        assertEquals("success-code,error-code,message,description,Event", lines[0]);
        assertEquals("1,1,Success,Success.,NULL", lines[1]);
        assertEquals("1,2,Info,1 events requested of 1 available (unfiltered) 1 will be "
                + "retrieved,NULL", lines[2]);
        assertEquals("1,4,Count,1,NULL", lines[3]);
        assertTrue(lines[4].matches("1,3,Data,Event,0,20,3,\\d+"
                + Pattern.quote(EVENT_OUT_TAIL)), lines[4]);
    }

    @Test
    void xmlReadGivesEventElements() {
        send(a, EVENT);

        HttpResponse<String> response = client.get(params("op", "readevent",
                "vscpsession", b, "format", "xml"));

        String body = response.body();
        assertTrue(response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/xml"));
        assertTrue(body.contains("<vscp-rest success=\"true\" code=\"1\" message=\"Success\" "
                + "description=\"Success.\">"), body);
        assertTrue(body.contains("<count>1</count>"), body);
        assertTrue(body.contains("<vscpclass>20</vscpclass><vscptype>3</vscptype>"), body);
        assertTrue(body.contains("<datetime>2026-12-04T10:00:00Z</datetime>"), body);
        assertTrue(body.contains("<guid>" + GUID + "</guid>"), body);
        assertTrue(body.contains("<sizedata>3</sizedata><data>0x00,0x01,0x23</data>"), body);
        assertTrue(body.contains("<filtered>0</filtered><errors>0</errors></vscp-rest>"), body);
    }

    @Test
    void jsonpReadCallsHandlerOnce() {
        send(a, EVENT);

        HttpResponse<String> response = client.get(params("op", "readevent",
                "vscpsession", b, "format", "jsonp"));

        String body = response.body();
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/javascript"));
        assertTrue(body.startsWith("typeof handler === 'function' && handler({"), body);
        assertTrue(body.endsWith("});"), body);
        assertTrue(body.contains("\"vscpClass\":20"), body);
    }

    @Test
    void senderDoesNotGetOwnEvent() {
        send(a, EVENT);

        JsonObject answer = client.json("op", "readevent", "vscpsession", a);

        assertFalse(answer.getBoolean("success"));
        assertEquals(-6, answer.getInt("code"));
    }

    @Test
    void statusCountsWaitingEvents() {
        send(a, EVENT);
        send(a, EVENT);

        JsonObject status = client.json("op", "status", "vscpsession", b);

        assertEquals(2, status.getInt("nEvents"));
        assertEquals(b, status.getString("vscpsession"));
        assertEquals(0, status.getInt("nDropped"));
    }

    @Test
    void readCountLimitsEvents() {
        for (int i = 0; i < 5; i++) {
            send(a, "0,20," + i + ",0,,0,-,1");
        }

        JsonObject first = client.json("op", "readevent", "vscpsession", b, "count", "2");
        JsonObject rest = client.json("op", "readevent", "vscpsession", b,
                "count", "999999999");

        assertEquals(2, first.getInt("count"));
        assertEquals(0, first.getJsonArray("event").getJsonObject(0).getInt("vscptype"));
        assertEquals(3, rest.getInt("count"));
        assertEquals(4, rest.getJsonArray("event").getJsonObject(2).getInt("vscptype"));
    }

    @Test
    void dashGuidBecomesInterfaceGuid() {
        send(a, "0,20,3,0,,0,-,1");

        JsonObject event = client.json("op", "readevent", "vscpsession", b)
                .getJsonArray("event").getJsonObject(0);

        int obid = event.getInt("obid");
        String guid = event.getString("guid");
        assertTrue(guid.endsWith(String.format(":%02X:%02X", obid >> 8, obid & 0xFF)), guid);
        assertFalse(event.getString("datetime").isEmpty());
        assertTrue(event.getJsonNumber("timestamp").longValue() > 0);
    }

    @Test
    void oldFormEventAccepted() {
        send(a, "\"0,10,6,0,0,-,138,0,255\"");

        JsonObject event = client.json("op", "readevent", "vscpsession", b)
                .getJsonArray("event").getJsonObject(0);

        assertEquals(10, event.getInt("vscpclass"));
        assertEquals(6, event.getInt("vscptype"));
        assertEquals("[138,0,255]", event.getJsonArray("data").toString());
    }

    @Test
    void filterKeepsMatchingEvents() {
        send(a, "0,20,1,0,,0,-");
        JsonObject set = client.json("op", "setfilter", "vscpsession", b,
                "vscpfilter", "0,10,0,-", "vscpmask", "0,0xFFFF,0,-");
        send(a, "0,20,2,0,,0,-");
        send(a, "0,10,6,0,,0,-,1");

        JsonObject answer = client.json("op", "readevent", "vscpsession", b, "count", "10");

        assertTrue(set.getBoolean("success"), set.toString());
        assertEquals(1, answer.getInt("count"));
        assertEquals(10, answer.getJsonArray("event").getJsonObject(0).getInt("vscpclass"));
    }

    @Test
    void clearQueueEmptiesQueue() {
        send(a, EVENT);
        send(a, EVENT);

        JsonObject cleared = client.json("op", "clearqueue", "vscpsession", b);
        JsonObject status = client.json("op", "status", "vscpsession", b);

        assertTrue(cleared.getBoolean("success"));
        assertEquals(0, status.getInt("nEvents"));
    }

    @Test
    void closedSessionAnswersInvalidSession() {
        String c = client.open("admin", "secret");
        JsonObject closed = client.json("op", "close", "vscpsession", c);

        assertTrue(closed.getBoolean("success"));
        for (String op : new String[] {"status", "readevent", "sendevent", "setfilter",
                "clearqueue", "close"}) {
            JsonObject answer = client.json("op", op, "vscpsession", c, "vscpevent", EVENT);
            assertEquals(-2, answer.getInt("code"), op);
        }
    }

    @Test
    void postWithHeaderSessionWorks() {
        HttpResponse<String> sent = client.post(params("op", "sendevent", "format", "json",
                "vscpevent", EVENT), "vscpsession", a);
        HttpResponse<String> read = client.post(params("op", "4", "format", "3",
                "vscpsession", "wrong-key-in-body"), "vscpsession", b);

        assertTrue(RestClient.parse(sent.body()).getBoolean("success"), sent.body());
        JsonObject answer = RestClient.parse(read.body());
        assertTrue(answer.getBoolean("success"), read.body());
        assertEquals(3, answer.getJsonArray("event").getJsonObject(0).getInt("vscptype"));
    }

    @Test
    void postOpenWithHeaderCredentials() {
        HttpResponse<String> response = client.post(params("op", "open", "format", "plain"),
                "vscpuser", "admin", "vscpsecret", "secret");

        assertTrue(response.body().matches("1 1 Success vscpsession=[0-9a-f]{32} nEvents=0\r\n"),
                response.body());
        String key = response.body().replaceAll("(?s).*vscpsession=([0-9a-f]{32}).*", "$1");
        client.json("op", "close", "vscpsession", key);
    }

    @Test
    void postBodyWinsOverQuery() {
        HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(RestClient.BASE_URL
                                + "/rest?op=close&format=json&vscpsession=" + a))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("op=status")));

        JsonObject answer = RestClient.parse(response.body());
        assertEquals(a, answer.getString("vscpsession"), response.body());
    }

    @Test
    void closeAnswersInEveryFormat() {
        String[] expected = {
            "1 1 Success \r\n\r\nEverything is fine.\r\n",
            "success-code,error-code,message,description\r\n1,1,Success,Success.",
            "<vscp-rest success=\"true\" code=\"1\" message=\"Success\" description=\"Success.\"/>",
            "{\"success\":true,\"code\":1,\"message\":\"success\",\"description\":\"Success\"}",
            "typeof handler === 'function' && handler({\"success\":true,\"code\":1,"
                    + "\"message\":\"success\",\"description\":\"Success\"});"
        };
        String[] formats = {"plain", "csv", "xml", "json", "jsonp"};

        for (int i = 0; i < formats.length; i++) {
            String key = client.open("admin", "secret");
            String body = client.get(params("op", "2", "format", formats[i], "vscpsession", key))
                    .body();
            if (formats[i].equals("xml")) {
                assertTrue(body.endsWith(expected[i]), body);
            } else {
                assertEquals(expected[i], body, formats[i]);
            }
        }
    }
}
