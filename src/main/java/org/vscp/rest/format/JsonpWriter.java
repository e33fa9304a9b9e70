package org.vscp.rest.format;

/**
 * Writes the JSONP format: the JSON body passed to a callback function, called only if it
 * exists, as {@code typeof handler === 'function' && handler({...});}.
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
        StringBuilder text = new StringBuilder(2 * callback.length() + body.length() + 32);
        text.append("typeof ").append(callback).append(" === 'function' && ")
                .append(callback).append('(').append(body).append(");");
        return text.toString();
    }
}
