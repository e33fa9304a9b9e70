package org.vscp.rest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vscp.rest.format.Fixtures.RENDERER;

import org.junit.jupiter.api.Test;

class XmlFormatTest {

    private static final String DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String EVENTS_START = DECLARATION
            + "<vscp-rest success=\"true\" code=\"1\" message=\"Success\" description=\"Success.\">";

    private static final String FOUR_BYTES_ELEMENT = "<event><head>96</head>"
            + "<vscpclass>10</vscpclass><vscptype>6</vscptype><obid>3</obid>"
            + "<datetime>2003-11-02T12:01:01Z</datetime><timestamp>55055109</timestamp>"
            + "<guid>FF:FF:FF:FF:FF:FF:FF:FE:00:00:00:00:00:00:00:00</guid>"
            + "<sizedata>4</sizedata><data>0x8A,0x81,0x00,0xE9</data>"
            + "<raw>" + Fixtures.FOUR_BYTES_STRING + "</raw></event>";
    private static final String NO_DATA_ELEMENT = "<event><head>0</head>"
            + "<vscpclass>20</vscpclass><vscptype>3</vscptype><obid>0</obid>"
            + "<datetime>2024-01-15T08:30:00Z</datetime><timestamp>0</timestamp>"
            + "<guid>00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00</guid>"
            + "<sizedata>0</sizedata><data></data>"
            + "<raw>" + Fixtures.NO_DATA_STRING + "</raw></event>";
    private static final String MAX_VALUES_ELEMENT = "<event><head>224</head>"
            + "<vscpclass>1040</vscpclass><vscptype>65535</vscptype><obid>4294967295</obid>"
            + "<datetime>2025-06-30T23:59:59Z</datetime><timestamp>4294967295</timestamp>"
            + "<guid>01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F:10</guid>"
            + "<sizedata>2</sizedata><data>0x01,0xFF</data>"
            + "<raw>" + Fixtures.MAX_VALUES_STRING + "</raw></event>";

    private static String body(Reply reply) {
        return RENDERER.render(reply, ResponseFormat.XML, null).body();
    }

    @Test
    void doneBody() {
        assertEquals(DECLARATION + "<vscp-rest success=\"true\" code=\"1\" message=\"Success\""
                + " description=\"Success.\"/>", body(Fixtures.DONE));
    }

    @Test
    void failureBody() {
        assertEquals(DECLARATION + "<vscp-rest success=\"false\" code=\"-2\""
                + " message=\"Invalid session\""
                + " description=\"The session key is unknown or expired; open a new session.\"/>",
                body(Fixtures.INVALID_SESSION));
    }

    @Test
    void scriptDescriptionIsEscaped() {
        assertEquals(DECLARATION + "<vscp-rest success=\"false\" code=\"-5\""
                + " message=\"Missing data/parameter\" description=\"The value"
                + " &lt;script&gt;alert('x')&lt;/script&gt; &amp; more is invalid.\"/>",
                body(Fixtures.SCRIPT_FAILURE));
    }

    @Test
    void quoteInDescriptionIsEscaped() {
        Reply reply = new Reply.Failure(ResultCode.FAILURE, "The name \"x\" is taken.");

        assertEquals(DECLARATION + "<vscp-rest success=\"false\" code=\"-1\""
                + " message=\"Failure\" description=\"The name &quot;x&quot; is taken.\"/>",
                body(reply));
    }

    @Test
    void invalidXmlCharactersAreRemoved() {
        Reply reply = new Reply.Failure(ResultCode.FAILURE, "Bad\u0000 byte\u001B and \uD800.");

        assertEquals(DECLARATION + "<vscp-rest success=\"false\" code=\"-1\""
                + " message=\"Failure\" description=\"Bad byte and .\"/>", body(reply));
    }

    @Test
    void sessionBody() {
        assertEquals(DECLARATION + "<vscp-rest success=\"true\" code=\"1\" message=\"Success.\""
                + " description=\"Success.\">"
                + "<vscpsession>0123456789abcdef0123456789abcdef</vscpsession>"
                + "<nEvents>7</nEvents><nDropped>2</nDropped></vscp-rest>",
                body(Fixtures.SESSION));
    }

    @Test
    void noEventsBody() {
        assertEquals(EVENTS_START
                + "<info>" + Fixtures.NO_EVENTS_INFO + "</info><count>0</count>"
                + "<filtered>2</filtered><errors>0</errors></vscp-rest>",
                body(Fixtures.NO_EVENTS));
    }

    @Test
    void oneEventBody() {
        assertEquals(EVENTS_START
                + "<info>" + Fixtures.ONE_EVENT_INFO + "</info><count>1</count>"
                + FOUR_BYTES_ELEMENT
                + "<filtered>0</filtered><errors>0</errors></vscp-rest>",
                body(Fixtures.ONE_EVENT));
    }

    @Test
    void threeEventsBody() {
        assertEquals(EVENTS_START
                + "<info>" + Fixtures.THREE_EVENTS_INFO + "</info><count>3</count>"
                + FOUR_BYTES_ELEMENT + NO_DATA_ELEMENT + MAX_VALUES_ELEMENT
                + "<filtered>1</filtered><errors>2</errors></vscp-rest>",
                body(Fixtures.THREE_EVENTS));
    }

    @Test
    void contentTypeAndStatus() {
        RenderedResponse response = RENDERER.render(Fixtures.DONE, ResponseFormat.XML, null);

        assertEquals("application/xml; charset=UTF-8", response.contentType());
        assertEquals(200, response.httpStatus());
    }
}
