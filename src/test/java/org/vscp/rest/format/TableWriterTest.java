package org.vscp.rest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableWriterTest {

    private static final Instant FIRST = Instant.parse("2026-01-31T12:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-01-31T12:00:01.250Z");

    private static Reply.TableRows rows() {
        return new Reply.TableRows("outside", 2, sink -> {
            sink.accept(0, FIRST, 1000);
            sink.accept(1, SECOND, -3.25);
        });
    }

    private static String write(ResponseFormat format) throws IOException {
        StringWriter out = new StringWriter();
        new TableWriter().write(rows(), format, "handler", out);
        return out.toString();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1000, 1000", "21.5, 21.5", "-3.25, -3.25", "0, 0", "1.0E9, 1000000000"})
    void jsonNumberWithoutExponent(double value, String expected) {
        assertEquals(expected, TableWriter.jsonNumber(value).toString());
    }

    @Test
    void jsonRowsPlainNumbers() throws IOException {
        assertEquals("{\"success\":true,\"code\":1,\"message\":\"success\","
                + "\"description\":\"Success\","
                + "\"info\":\"2 records will be returned from table outside.\","
                + "\"table\":[{\"id\":0,\"date\":\"2026-01-31T12:00:00Z\",\"value\":1000},"
                + "{\"id\":1,\"date\":\"2026-01-31T12:00:01.250Z\",\"value\":-3.25}],"
                + "\"count\":2,\"filtered\":0,\"errors\":0}", write(ResponseFormat.JSON));
    }

    @Test
    void plainRowsExact() throws IOException {
        assertEquals("1 1 Success \r\n2 records will be returned from table outside.\r\n"
                + "0 - Date=2026-01-31T12:00:00Z,Value=1000\r\n"
                + "1 - Date=2026-01-31T12:00:01.250Z,Value=-3.25\r\n", write(ResponseFormat.PLAIN));
    }

    @Test
    void jsonpWrapsJson() throws IOException {
        assertEquals("typeof handler === 'function' && handler(" + write(ResponseFormat.JSON)
                + ");", write(ResponseFormat.JSONP));
    }
}
