package org.vscp.rest.variable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class VariableTypeTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
        "1, STRING", "string, STRING", "BOOL, BOOLEAN", "boolean, BOOLEAN", "int, INTEGER",
        "Integer, INTEGER", "3, INTEGER", "long, LONG", "float, DOUBLE", "double, DOUBLE",
        "measurement, MEASUREMENT", "event, EVENT", "vscpevent, EVENT", "eventguid, GUID",
        "guid, GUID", "eventdata, DATA", "data, DATA", "eventclass, VSCP_CLASS",
        "vscpclass, VSCP_CLASS", "eventtype, VSCP_TYPE", "vscptype, VSCP_TYPE",
        "eventtimestamp, TIMESTAMP", "timestamp, TIMESTAMP", "datetime, DATE_TIME",
        "date, DATE", "time, TIME", "blob, BLOB", "mime, MIME", "html, HTML",
        "javascript, JAVASCRIPT", "json, JSON", "xml, XML", "sql, SQL", "lua, LUA",
        "luares, LUA_RESULT", "ux1, UX1", "dmrow, DM_ROW", "driver, DRIVER", "user, USER",
        "filter, FILTER", "503, FILTER", "' 16 ', BLOB",
    })
    void nameOrNumberIsParsed(String text, VariableType type) {
        assertEquals(Optional.of(type), VariableType.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"17", "99999", "-1", "integer32", "''"})
    void unknownTypeIsEmpty(String text) {
        assertEquals(Optional.empty(), VariableType.parse(text));
    }

    @ParameterizedTest
    @EnumSource(VariableType.class)
    void codeRoundTrips(VariableType type) {
        assertEquals(Optional.of(type), VariableType.ofCode(type.code()));
    }

    @Test
    void guidReportsSpecName() {
        assertEquals("VscpGuid", VariableType.GUID.displayName());
    }
}
