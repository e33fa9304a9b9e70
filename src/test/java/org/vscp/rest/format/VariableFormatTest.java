package org.vscp.rest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vscp.rest.format.Fixtures.RENDERER;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariableFormatTest {

    private static final VariableEntry TEMP = new VariableEntry("ROOM.TEMP", 3, "Integer",
            "alice", 0x744, true, Instant.parse("2026-12-04T10:00:00.5Z"), "21", "Küche");
    private static final VariableEntry EMPTY = new VariableEntry("EMPTY", 1, "String", "bob",
            0x700, false, Instant.parse("2026-12-05T00:00:00Z"), "", "");

    private static final Reply READ = new Reply.VariableRead(TEMP);
    private static final Reply SHORT_LIST = new Reply.VariableList(List.of(EMPTY, TEMP), false);
    private static final Reply LONG_LIST = new Reply.VariableList(List.of(EMPTY, TEMP), true);

    private static String body(Reply reply, ResponseFormat format) {
        return RENDERER.render(reply, format, null).body();
    }

    @Test
    void plainRead() {
        assertEquals("1 1 Success \r\nname=ROOM.TEMP type=3 user=alice access-right=744"
                + " persistent=true last-change='2026-12-04T10:00:00Z' value='MjE='"
                + " note='S8O8Y2hl'\r\n", body(READ, ResponseFormat.PLAIN));
    }

    @Test
    void plainShortList() {
        assertEquals("1 1 Success \r\n"
                + "name=EMPTY type=1 user=bob access-right=700"
                + " last-change='2026-12-05T00:00:00Z' persistent=false\r\n"
                + "name=ROOM.TEMP type=3 user=alice access-right=744"
                + " last-change='2026-12-04T10:00:00Z' persistent=true\r\n",
                body(SHORT_LIST, ResponseFormat.PLAIN));
    }

    @Test
    void plainLongList() {
        assertEquals("1 1 Success \r\n"
                + "name=EMPTY type=1 user=bob access-right=700"
                + " last-change='2026-12-05T00:00:00Z' persistent=false value='' note=''\r\n"
                + "name=ROOM.TEMP type=3 user=alice access-right=744"
                + " last-change='2026-12-04T10:00:00Z' persistent=true value='MjE='"
                + " note='S8O8Y2hl'\r\n",
                body(LONG_LIST, ResponseFormat.PLAIN));
    }

    @Test
    void csvRead() {
        assertEquals("success-code,error-code,message,description,name,type,user,access-right,"
                + "persistent,last-change,value,note\r\n"
                + "1,1,Success,Success.,ROOM.TEMP,3,alice,744,true,2026-12-04T10:00:00Z,MjE=,"
                + "S8O8Y2hl", body(READ, ResponseFormat.CSV));
    }

    @Test
    void csvLongList() {
        assertEquals("success-code,error-code,message,description,Variable\r\n"
                + "1,1,Success,Success.,NULL\r\n"
                + "1,2,Info,2 variables found,NULL\r\n"
                + "1,5,Count,2,NULL\r\n"
                + "1,3,Data,Variable,EMPTY;1;bob;700;false;2026-12-05T00:00:00Z;;\r\n"
                + "1,3,Data,Variable,ROOM.TEMP;3;alice;744;true;2026-12-04T10:00:00Z;MjE=;"
                + "S8O8Y2hl\r\n", body(LONG_LIST, ResponseFormat.CSV));
    }

    @Test
    void csvShortList() {
        assertEquals("success-code,error-code,message,description,Variable\r\n"
                + "1,1,Success,Success.,NULL\r\n"
                + "1,2,Info,2 variables found,NULL\r\n"
                + "1,5,Count,2,NULL\r\n"
                + "1,3,Data,Variable,EMPTY;1;bob;700;false;2026-12-05T00:00:00Z\r\n"
                + "1,3,Data,Variable,ROOM.TEMP;3;alice;744;true;2026-12-04T10:00:00Z\r\n",
                body(SHORT_LIST, ResponseFormat.CSV));
    }

    @Test
    void xmlRead() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<vscp-rest success=\"true\" code=\"1\" message=\"Success\""
                + " description=\"Success.\"><variable name=\"ROOM.TEMP\" typecode=\"3\""
                + " type=\"Integer\" user=\"alice\" access-right=\"744\" persistent=\"true\""
                + " last-change=\"2026-12-04T10:00:00Z\"><name>ROOM.TEMP</name><value>MjE=</value>"
                + "<note>S8O8Y2hl</note></variable></vscp-rest>", body(READ, ResponseFormat.XML));
    }

    @Test
    void xmlShortList() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<vscp-rest success=\"true\" code=\"1\" message=\"Success\""
                + " description=\"Success.\"><info>2 variables found</info>"
                + "<variable name=\"EMPTY\" typecode=\"1\" type=\"String\" user=\"bob\""
                + " access-right=\"700\" persistent=\"false\" last-change=\"2026-12-05T00:00:00Z\">"
                + "<name>EMPTY</name></variable>"
                + "<variable name=\"ROOM.TEMP\" typecode=\"3\" type=\"Integer\" user=\"alice\""
                + " access-right=\"744\" persistent=\"true\" last-change=\"2026-12-04T10:00:00Z\">"
                + "<name>ROOM.TEMP</name></variable><count>2</count><errors>0</errors>"
                + "</vscp-rest>", body(SHORT_LIST, ResponseFormat.XML));
    }

    @Test
    void xmlLongListHasEmptyValue() {
        String xml = body(LONG_LIST, ResponseFormat.XML);

        assertEquals(true, xml.contains("<name>EMPTY</name><value></value><note></note>"), xml);
    }

    @Test
    void jsonRead() {
        assertEquals("{\"success\":true,\"code\":1,\"message\":\"success\","
                + "\"description\":\"Success\",\"varname\":\"ROOM.TEMP\",\"vartype\":\"Integer\","
                + "\"vartypecode\":3,\"varuser\":\"alice\",\"varaccessright\":1860,"
                + "\"varpersistence\":true,\"varlastchange\":\"2026-12-04T10:00:00Z\","
                + "\"varvalue\":\"MjE=\",\"varnote\":\"S8O8Y2hl\"}", body(READ, ResponseFormat.JSON));
    }

    @Test
    void jsonShortListKeepsValueFields() {
        assertEquals("{\"success\":true,\"code\":1,\"message\":\"success\","
                + "\"description\":\"Success\",\"info\":\"2 variables found\",\"variable\":["
                + "{\"varname\":\"EMPTY\",\"vartype\":\"String\",\"vartypecode\":1,"
                + "\"varuser\":\"bob\",\"varaccessright\":1792,\"varpersistence\":false,"
                + "\"varlastchange\":\"2026-12-05T00:00:00Z\",\"varvalue\":\"\",\"varnote\":\"\"},"
                + "{\"varname\":\"ROOM.TEMP\",\"vartype\":\"Integer\",\"vartypecode\":3,"
                + "\"varuser\":\"alice\",\"varaccessright\":1860,\"varpersistence\":true,"
                + "\"varlastchange\":\"2026-12-04T10:00:00Z\",\"varvalue\":\"\",\"varnote\":\"\"}"
                + "],\"count\":2,\"errors\":0}", body(SHORT_LIST, ResponseFormat.JSON));
    }

    @Test
    void jsonLongListHasValues() {
        String json = body(LONG_LIST, ResponseFormat.JSON);

        assertEquals(true, json.contains("\"varvalue\":\"MjE=\",\"varnote\":\"S8O8Y2hl\""), json);
    }

    @Test
    void jsonpRead() {
        assertEquals("typeof handler === 'function' && handler(" + body(READ, ResponseFormat.JSON)
                + ");", body(READ, ResponseFormat.JSONP));
    }

    @Test
    void jsonpList() {
        assertEquals("typeof handler === 'function' && handler("
                + body(LONG_LIST, ResponseFormat.JSON) + ");", body(LONG_LIST, ResponseFormat.JSONP));
    }
}
