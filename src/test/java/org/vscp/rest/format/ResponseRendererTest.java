package org.vscp.rest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vscp.rest.format.Fixtures.RENDERER;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseRendererTest {

    private static final ResponseRenderer MAPPING = new ResponseRenderer(true);

    @ParameterizedTest
    @EnumSource(value = ResponseFormat.class, names = "JSONP", mode = EnumSource.Mode.EXCLUDE)
    void errorIs200WithoutMapping(ResponseFormat format) {
        assertEquals(200, RENDERER.render(Fixtures.INVALID_SESSION, format, null).httpStatus());
    }

    @ParameterizedTest
    @EnumSource(value = ResponseFormat.class, names = "JSONP", mode = EnumSource.Mode.EXCLUDE)
    void errorIsMappedWithMapping(ResponseFormat format) {
        assertEquals(401, MAPPING.render(Fixtures.INVALID_SESSION, format, null).httpStatus());
    }

    @ParameterizedTest
    @EnumSource(ResultCode.class)
    void mappingUsesResultCodeStatus(ResultCode code) {
        Reply reply = code.isSuccess()
                ? Fixtures.DONE
                : new Reply.Failure(code, "The test failure " + code + ".");

        assertEquals(code.httpStatus(), MAPPING.render(reply, ResponseFormat.JSON, null).httpStatus());
    }

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void successIs200WithMapping(ResponseFormat format) {
        assertEquals(200, MAPPING.render(Fixtures.SESSION, format, null).httpStatus());
    }

    @Test
    void jsonpErrorStays200WithMapping() {
        assertEquals(200,
                MAPPING.render(Fixtures.INVALID_SESSION, ResponseFormat.JSONP, null).httpStatus());
    }

    @Test
    void mappingKeepsBody() {
        assertEquals(RENDERER.render(Fixtures.INVALID_SESSION, ResponseFormat.XML, null).body(),
                MAPPING.render(Fixtures.INVALID_SESSION, ResponseFormat.XML, null).body());
    }

    @Test
    void unsupportedFormatBody() {
        RenderedResponse response = RENDERER.renderUnsupportedFormat("yaml");

        assertEquals("0 -3 Unsupported format \r\n\r\nThe format 'yaml' is not supported."
                + " Use plain, csv, xml, json or jsonp, or their numbers 0-4.\r\n", response.body());
    }

    @Test
    void unsupportedFormatStatusAndType() {
        RenderedResponse response = RENDERER.renderUnsupportedFormat("yaml");

        assertEquals(400, response.httpStatus());
        assertEquals("text/plain; charset=UTF-8", response.contentType());
    }

    @Test
    void unsupportedFormatIs400WithMapping() {
        assertEquals(400, MAPPING.renderUnsupportedFormat("yaml").httpStatus());
    }

    @Test
    void unsupportedFormatCutTo40Characters() {
        String body = RENDERER.renderUnsupportedFormat("x".repeat(100)).body();

        assertTrue(body.contains("'" + "x".repeat(40) + "...'"), body);
        assertFalse(body.contains("x".repeat(41)), body);
    }

    @Test
    void unsupportedFormatStripsControlCharacters() {
        String body = RENDERER.renderUnsupportedFormat("js\r\non\u0000\t\u007F\u0085").body();

        assertEquals("0 -3 Unsupported format \r\n\r\nThe format 'json' is not supported."
                + " Use plain, csv, xml, json or jsonp, or their numbers 0-4.\r\n", body);
    }

    @Test
    void unsupportedFormatKeepsSurrogatePairs() {
        String body = RENDERER.renderUnsupportedFormat("x".repeat(39) + "\uD83D\uDE00yz").body();

        assertTrue(body.contains("'" + "x".repeat(39) + "...'"), body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"handler", "$", "_x", "a.b.c", "jQuery123_456", "$.fn._cb1",
        "A23456789012345678901234567890123456789012345678901234567890abcd"})
    void validCallbacks(String callback) {
        assertTrue(ResponseRenderer.isValidCallback(callback));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "alert(1)//", "a b", "1abc", "a..b", ".a", "a.", "</script>",
        "A23456789012345678901234567890123456789012345678901234567890abcde", "ha-ndler",
        "handler;alert(1)", "h\u00e9", "a['b']", "x\n"})
    void invalidCallbacks(String callback) {
        assertFalse(ResponseRenderer.isValidCallback(callback));
    }

    @Test
    void nullCallbackIsInvalid() {
        assertFalse(ResponseRenderer.isValidCallback(null));
    }

    @Test
    void callbackLengthIsCapped() {
        String part50 = "a".repeat(50);
        String part51 = "a".repeat(51);
        String at255 = String.join(".", part51, part50, part50, part50, part50);
        String at256 = String.join(".", part51, part51, part50, part50, part50);

        assertEquals(255, at255.length());
        assertEquals(256, at256.length());
        assertTrue(ResponseRenderer.isValidCallback(at255));
        assertFalse(ResponseRenderer.isValidCallback(at256));
    }

    @Test
    void concurrentXmlRendersMatch() throws Exception {
        String expected = RENDERER.render(Fixtures.THREE_EVENTS, ResponseFormat.XML, null).body();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() ->
                        RENDERER.render(Fixtures.THREE_EVENTS, ResponseFormat.XML, null).body()));
            }

            for (Future<String> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
