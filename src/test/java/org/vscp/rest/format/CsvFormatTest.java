package org.vscp.rest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vscp.rest.format.Fixtures.RENDERER;

import org.junit.jupiter.api.Test;

class CsvFormatTest {

    private static final String HEADER = "success-code,error-code,message,description";
    private static final String EVENTS_HEAD = HEADER + ",Event\r\n"
            + "1,1,Success,Success.,NULL\r\n";

    private static String body(Reply reply) {
        return RENDERER.render(reply, ResponseFormat.CSV, null).body();
    }

    @Test
    void doneBody() {
        assertEquals(HEADER + "\r\n1,1,Success,Success.", body(Fixtures.DONE));
    }

    @Test
    void failureBody() {
        assertEquals(HEADER + "\r\n"
                + "0,-2,Invalid session,The session key is unknown or expired; open a new session.",
                body(Fixtures.INVALID_SESSION));
    }

    @Test
    void failureWithCommaAndQuoteIsQuoted() {
        Reply reply = new Reply.Failure(ResultCode.MISSING_DATA, "The value \"a,b\" is invalid.");

        assertEquals(HEADER + "\r\n"
                + "0,-5,Missing data/parameter,\"The value \"\"a,b\"\" is invalid.\"",
                body(reply));
    }

    @Test
    void failureWithLineBreakIsQuoted() {
        Reply reply = new Reply.Failure(ResultCode.FAILURE, "Line one.\r\nLine two.");

        assertEquals(HEADER + "\r\n0,-1,Failure,\"Line one.\r\nLine two.\"", body(reply));
    }

    @Test
    void scriptDescriptionIsVerbatim() {
        assertEquals(HEADER + "\r\n0,-5,Missing data/parameter," + Fixtures.SCRIPT_DESCRIPTION,
                body(Fixtures.SCRIPT_FAILURE));
    }

    @Test
    void sessionBody() {
        assertEquals(HEADER + ",vscpsession,nEvents\r\n"
                + "1,1,Success,Success.,0123456789abcdef0123456789abcdef,7",
                body(Fixtures.SESSION));
    }

    @Test
    void noEventsBody() {
        assertEquals(EVENTS_HEAD
                + "1,2,Info," + Fixtures.NO_EVENTS_INFO + ",NULL\r\n"
                + "1,4,Count,0,NULL\r\n",
                body(Fixtures.NO_EVENTS));
    }

    @Test
    void oneEventBody() {
        assertEquals(EVENTS_HEAD
                + "1,2,Info," + Fixtures.ONE_EVENT_INFO + ",NULL\r\n"
                + "1,4,Count,1,NULL\r\n"
                + "1,3,Data,Event," + Fixtures.FOUR_BYTES_STRING + "\r\n",
                body(Fixtures.ONE_EVENT));
    }

    @Test
    void threeEventsBody() {
        assertEquals(EVENTS_HEAD
                + "1,2,Info," + Fixtures.THREE_EVENTS_INFO + ",NULL\r\n"
                + "1,4,Count,3,NULL\r\n"
                + "1,3,Data,Event," + Fixtures.FOUR_BYTES_STRING + "\r\n"
                + "1,3,Data,Event," + Fixtures.NO_DATA_STRING + "\r\n"
                + "1,3,Data,Event," + Fixtures.MAX_VALUES_STRING + "\r\n",
                body(Fixtures.THREE_EVENTS));
    }

    @Test
    void contentTypeAndStatus() {
        RenderedResponse response = RENDERER.render(Fixtures.DONE, ResponseFormat.CSV, null);

        assertEquals("text/csv; charset=UTF-8", response.contentType());
        assertEquals(200, response.httpStatus());
    }
}
