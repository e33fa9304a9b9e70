package org.vscp.rest.format;

/**
 * Writes a {@link Reply} in one of the five formats. Thread-safe; heavy objects (JAXB context,
 * Jsonb) are created once in the constructor.
 */
public final class ResponseRenderer {

    /**
     * @param mapHttpStatus when true, errors get the HTTP status of their {@link ResultCode};
     *     when false every answer is 200, as the daemon sent. JSONP is always 200.
     */
    public ResponseRenderer(boolean mapHttpStatus) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Renders {@code reply}.
     *
     * @param callback the validated JSONP callback name; used only for {@link ResponseFormat#JSONP}
     */
    public RenderedResponse render(Reply reply, ResponseFormat format, String callback) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Renders the answer to an unknown format: HTTP 400, plain text, error -3. */
    public RenderedResponse renderUnsupportedFormat(String format) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Returns whether {@code callback} is an acceptable JSONP function name. */
    public static boolean isValidCallback(String callback) {
        throw new UnsupportedOperationException("TODO");
    }
}
