package org.vscp.rest.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the parameters of a request from the {@code vscpuser}, {@code vscpsecret} and {@code
 * vscpsession} headers, a form body and the query string. When a name occurs in several places
 * the header wins over the body and the body over the query string. Thread-safe.
 */
final class RequestReader {

    /** The headers that may carry credentials or the session key. */
    private static final String[] PARAMETER_HEADERS = {"vscpuser", "vscpsecret", "vscpsession"};

    private final int maxBodyBytes;
    private final int maxParameterLength;

    /**
     * @param maxBodyBytes the largest accepted POST body, in bytes
     * @param maxParameterLength the longest accepted parameter value, in characters
     */
    RequestReader(int maxBodyBytes, int maxParameterLength) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxParameterLength = maxParameterLength;
    }

    /**
     * The parameters of a request and, when it could not be read whole, the reason.
     *
     * @param parameters what could be read, by lower-case name
     * @param problem null when the request was read whole
     */
    record Result(Map<String, String> parameters, BadRequestException problem) {
    }

    /** Reads the request. Blocks while the body arrives (the container's read time-out applies). */
    Result read(HttpServletRequest request) throws IOException {
        Map<String, String> parameters = new HashMap<>();
        ParameterParser parser = new ParameterParser(maxParameterLength);
        BadRequestException problem = null;
        try {
            readHeaders(request, parameters, parser);
            if ("POST".equals(request.getMethod()) && isForm(request.getContentType())) {
                parser.parseInto(readBody(request), parameters);
            }
        } catch (BadRequestException e) {
            problem = e;
        }

        // The query string is read even after a bad body, so that its format and callback
        // still shape the error answer.
        try {
            parser.parseInto(request.getQueryString(), parameters);
        } catch (BadRequestException e) {
            problem = problem == null ? e : problem;
        }
        return new Result(parameters, problem);
    }

    private void readHeaders(HttpServletRequest request, Map<String, String> parameters,
            ParameterParser parser) throws BadRequestException {
        for (String name : PARAMETER_HEADERS) {
            String value = request.getHeader(name);
            if (value != null) {
                parser.parseHeaderInto(name, value, parameters);
            }
        }
    }

    private static boolean isForm(String contentType) {
        return contentType == null
                || contentType.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33);
    }

    /** Returns the body with each byte as one character, for the form decoder. */
    private String readBody(HttpServletRequest request) throws IOException, BadRequestException {
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw tooLarge(declared + " bytes");
        }

        byte[] buffer = new byte[(int) Math.min(maxBodyBytes + 1L, declared >= 0 ? declared : 8192)];
        int length = 0;
        try (InputStream body = request.getInputStream()) {
            while (true) {
                if (length == buffer.length) {
                    if (length > maxBodyBytes) {
                        throw tooLarge("more than " + maxBodyBytes + " bytes");
                    }
                    buffer = Arrays.copyOf(buffer,
                            (int) Math.min(maxBodyBytes + 1L, buffer.length * 2L));
                }
                int n = body.read(buffer, length, buffer.length - length);
                if (n < 0) {
                    break;
                }
                length += n;
            }
        }
        if (length > maxBodyBytes) {
            throw tooLarge("more than " + maxBodyBytes + " bytes");
        }
        return new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
    }

    private BadRequestException tooLarge(String size) {
        return new BadRequestException("The request body has " + size + "; the limit is "
                + maxBodyBytes + " bytes.", true);
    }
}
