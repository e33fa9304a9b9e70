package org.vscp.rest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.vscp.rest.format.Fixtures.RENDERER;

import org.junit.jupiter.api.Test;

class JsonpFormatTest {

    private static String body(Reply reply, String callback) {
        return RENDERER.render(reply, ResponseFormat.JSONP, callback).body();
    }

    private static String wrapped(String callback, String json) {
        return "typeof " + callback + " === 'function' && " + callback + "(" + json + ");";
    }

    @Test
    void doneWithDefaultCallback() {
        assertEquals("typeof handler === 'function' && handler("
                + "{\"success\":true,\"code\":1,\"message\":\"success\",\"description\":\"Success\"});",
                body(Fixtures.DONE, null));
    }

    @Test
    void failureWithDefaultCallback() {
        assertEquals(wrapped("handler", JsonFormatTest.INVALID_SESSION_JSON),
                body(Fixtures.INVALID_SESSION, null));
    }

    @Test
    void customCallback() {
        assertEquals(wrapped("jQuery123_456", JsonFormatTest.DONE_JSON),
                body(Fixtures.DONE, "jQuery123_456"));
    }

    @Test
    void dottedCallback() {
        assertEquals("typeof app !== 'undefined' && app !== null && "
                        + "typeof app.vscp !== 'undefined' && app.vscp !== null && "
                        + "typeof app.vscp.onReply === 'function' && app.vscp.onReply("
                        + JsonFormatTest.DONE_JSON + ");",
                body(Fixtures.DONE, "app.vscp.onReply"));
    }

    @Test
    void bodiesMatchJsonForEveryReply() {
        Reply[] replies = {Fixtures.DONE, Fixtures.INVALID_SESSION, Fixtures.SESSION,
            Fixtures.NO_EVENTS, Fixtures.ONE_EVENT, Fixtures.THREE_EVENTS};

        for (Reply reply : replies) {
            String json = RENDERER.render(reply, ResponseFormat.JSON, null).body();
            assertEquals(wrapped("handler", json), body(reply, "handler"), reply.toString());
        }
    }

    @Test
    void scriptDescriptionIsEscaped() {
        assertEquals("typeof handler === 'function' && handler("
                + "{\"success\":false,\"code\":-5,\"message\":\"Missing data/parameter\","
                + "\"description\":\"The value \\u003cscript\\u003ealert('x')\\u003c/script\\u003e"
                + " \\u0026 more is invalid.\"});",
                body(Fixtures.SCRIPT_FAILURE, null));
    }

    @Test
    void invalidCallbackIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> body(Fixtures.DONE, "alert(1)//"));
    }

    @Test
    void contentTypeAndStatus() {
        RenderedResponse response = RENDERER.render(Fixtures.DONE, ResponseFormat.JSONP, null);

        assertEquals("application/javascript; charset=UTF-8", response.contentType());
        assertEquals(200, response.httpStatus());
    }
}
