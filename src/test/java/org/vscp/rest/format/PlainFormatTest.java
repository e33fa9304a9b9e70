package org.vscp.rest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vscp.rest.format.Fixtures.RENDERER;

import org.junit.jupiter.api.Test;

class PlainFormatTest {

    private static String body(Reply reply) {
        return RENDERER.render(reply, ResponseFormat.PLAIN, null).body();
    }

    @Test
    void doneBody() {
        assertEquals("1 1 Success \r\n\r\nEverything is fine.\r\n", body(Fixtures.DONE));
    }

    @Test
    void failureBody() {
        assertEquals("0 -2 Invalid session \r\n\r\n"
                + "The session key is unknown or expired; open a new session.\r\n",
                body(Fixtures.INVALID_SESSION));
    }

    @Test
    void failureLineBreaksBecomeSpaces() {
        Reply reply = new Reply.Failure(ResultCode.FAILURE, "Line one.\r\nLine two.");

        assertEquals("0 -1 Failure \r\n\r\nLine one.  Line two.\r\n", body(reply));
    }

    @Test
    void sessionBody() {
        assertEquals("1 1 Success vscpsession=0123456789abcdef0123456789abcdef nEvents=7\r\n",
                body(Fixtures.SESSION));
    }

    @Test
    void noEventsBody() {
        assertEquals("1 1 Success \r\n" + Fixtures.NO_EVENTS_INFO + "\r\n",
                body(Fixtures.NO_EVENTS));
    }

    @Test
    void oneEventBody() {
        assertEquals("1 1 Success \r\n" + Fixtures.ONE_EVENT_INFO + "\r\n"
                + "- " + Fixtures.FOUR_BYTES_STRING + "\r\n",
                body(Fixtures.ONE_EVENT));
    }

    @Test
    void threeEventsBody() {
        assertEquals("1 1 Success \r\n" + Fixtures.THREE_EVENTS_INFO + "\r\n"
                + "- " + Fixtures.FOUR_BYTES_STRING + "\r\n"
                + "- " + Fixtures.NO_DATA_STRING + "\r\n"
                + "- " + Fixtures.MAX_VALUES_STRING + "\r\n",
                body(Fixtures.THREE_EVENTS));
    }

    @Test
    void contentTypeAndStatus() {
        RenderedResponse response = RENDERER.render(Fixtures.DONE, ResponseFormat.PLAIN, null);

        assertEquals("text/plain; charset=UTF-8", response.contentType());
        assertEquals(200, response.httpStatus());
    }
}
