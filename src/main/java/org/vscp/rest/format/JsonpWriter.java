package org.vscp.rest.format;

/**
 * Writes the JSONP format: the JSON body passed to a callback function, called only if it
 * exists, as {@code typeof handler === 'function' && handler({...});}. A dotted callback
 * such as {@code app.onVscp} also checks that each object on its path exists.
 */
final class JsonpWriter implements ReplyWriter {

    /** The callback the daemon and the VSCP JavaScript client use when none is named. */
    static final String DEFAULT_CALLBACK = "handler";

    private final JsonWriter json;

    JsonpWriter(JsonWriter json) {
        this.json = json;
    }

    @Override
    public String contentType() {
        return "application/javascript; charset=UTF-8";
    }

    /** Writes {@code reply} for the default callback {@code handler}. */
    @Override
    public String write(Reply reply) {
        return write(reply, DEFAULT_CALLBACK);
    }

    /**
     * Writes {@code reply} for {@code callback}.
     *
     * @param callback a function name that {@link ResponseRenderer#isValidCallback} accepts
     * @throws IllegalArgumentException if {@code callback} is not a valid function name, because
     *     it would be written into a script unchanged
     */
    String write(Reply reply, String callback) {
        if (!ResponseRenderer.isValidCallback(callback)) {
            throw new IllegalArgumentException("The JSONP callback '" + callback
                    + "' is not a JavaScript identifier or dotted path of identifiers.");
        }

        String body = json.write(reply);
        StringBuilder text = new StringBuilder(3 * callback.length() + body.length() + 64);
        appendGuard(text, callback);
        text.append(callback).append('(').append(body).append(");");
        return text.toString();
    }

    /**
     * Appends {@code typeof name === 'function' && }. For a dotted path such as {@code a.b.c}
     * the guard first checks that {@code a} and {@code a.b} exist, so that a page without
     * {@code a} gets no ReferenceError.
     */
    static void appendGuard(StringBuilder text, String callback) {
        int dot = callback.indexOf('.');
        while (dot >= 0) {
            String parent = callback.substring(0, dot);
            text.append("typeof ").append(parent).append(" !== 'undefined' && ")
                    .append(parent).append(" !== null && ");
            dot = callback.indexOf('.', dot + 1);
        }
        text.append("typeof ").append(callback).append(" === 'function' && ");
    }
}
