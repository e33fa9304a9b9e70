package org.vscp.rest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vscp.rest.format.Fixtures.RENDERER;

import org.junit.jupiter.api.Test;

class JsonFormatTest {

    private static final String SUCCESS =
            "{\"success\":true,\"code\":1,\"message\":\"success\",\"description\":\"Success\"";

    static final String DONE_JSON = SUCCESS + "}";
    static final String INVALID_SESSION_JSON = "{\"success\":false,\"code\":-2,"
            + "\"message\":\"Invalid session\","
            + "\"description\":\"The session key is unknown or expired; open a new session.\"}";

    private static final String FOUR_BYTES_OBJECT = "{\"head\":96,\"vscpclass\":10,\"vscptype\":6,"
            + "\"vscpClass\":10,\"vscpType\":6,\"obid\":3,\"datetime\":\"2003-11-02T12:01:01Z\","
            + "\"timestamp\":55055109,\"guid\":\"FF:FF:FF:FF:FF:FF:FF:FE:00:00:00:00:00:00:00:00\","
            + "\"sizedata\":4,\"data\":[138,129,0,233]}";
    private static final String NO_DATA_OBJECT = "{\"head\":0,\"vscpclass\":20,\"vscptype\":3,"
            + "\"vscpClass\":20,\"vscpType\":3,\"obid\":0,\"datetime\":\"2024-01-15T08:30:00Z\","
            + "\"timestamp\":0,\"guid\":\"00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00\","
            + "\"sizedata\":0,\"data\":[]}";
    private static final String MAX_VALUES_OBJECT = "{\"head\":224,\"vscpclass\":1040,"
            + "\"vscptype\":65535,\"vscpClass\":1040,\"vscpType\":65535,\"obid\":4294967295,"
            + "\"datetime\":\"2025-06-30T23:59:59Z\",\"timestamp\":4294967295,"
            + "\"guid\":\"01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F:10\","
            + "\"sizedata\":2,\"data\":[1,255]}";

    private static String body(Reply reply) {
        return RENDERER.render(reply, ResponseFormat.JSON, null).body();
    }

    @Test
    void doneBody() {
        assertEquals(DONE_JSON, body(Fixtures.DONE));
    }

    @Test
    void failureBody() {
        assertEquals(INVALID_SESSION_JSON, body(Fixtures.INVALID_SESSION));
    }

    @Test
    void scriptDescriptionIsEscaped() {
        assertEquals("{\"success\":false,\"code\":-5,\"message\":\"Missing data/parameter\","
                + "\"description\":\"The value \\u003cscript\\u003ealert('x')\\u003c/script\\u003e"
                + " \\u0026 more is invalid.\"}",
                body(Fixtures.SCRIPT_FAILURE));
    }

    @Test
    void lineSeparatorsAreEscaped() {
        Reply reply = new Reply.Failure(ResultCode.FAILURE, "a\u2028b\u2029c\"d\\e\nf");

        assertEquals("{\"success\":false,\"code\":-1,\"message\":\"Failure\","
                + "\"description\":\"a\\u2028b\\u2029c\\\"d\\\\e\\nf\"}", body(reply));
    }

    @Test
    void sessionBody() {
        assertEquals(SUCCESS + ",\"vscpsession\":\"0123456789abcdef0123456789abcdef\","
                + "\"nEvents\":7,\"nDropped\":2}", body(Fixtures.SESSION));
    }

    @Test
    void noEventsBody() {
        assertEquals(SUCCESS + ",\"info\":\"" + Fixtures.NO_EVENTS_INFO + "\","
                + "\"event\":[],\"count\":0,\"filtered\":2,\"errors\":0}",
                body(Fixtures.NO_EVENTS));
    }

    @Test
    void oneEventBody() {
        assertEquals(SUCCESS + ",\"info\":\"" + Fixtures.ONE_EVENT_INFO + "\","
                + "\"event\":[" + FOUR_BYTES_OBJECT + "],"
                + "\"count\":1,\"filtered\":0,\"errors\":0}",
                body(Fixtures.ONE_EVENT));
    }

    @Test
    void threeEventsBody() {
        assertEquals(SUCCESS + ",\"info\":\"" + Fixtures.THREE_EVENTS_INFO + "\","
                + "\"event\":[" + FOUR_BYTES_OBJECT + "," + NO_DATA_OBJECT + ","
                + MAX_VALUES_OBJECT + "],"
                + "\"count\":3,\"filtered\":1,\"errors\":2}",
                body(Fixtures.THREE_EVENTS));
    }

    @Test
    void contentTypeAndStatus() {
        RenderedResponse response = RENDERER.render(Fixtures.DONE, ResponseFormat.JSON, null);

        assertEquals("application/json; charset=UTF-8", response.contentType());
        assertEquals(200, response.httpStatus());
    }
}
