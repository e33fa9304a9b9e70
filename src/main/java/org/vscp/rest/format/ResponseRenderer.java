package org.vscp.rest.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.vscp.rest.event.EventStrings;

/**
 * Writes a {@link Reply} in one of the five formats. Thread-safe; heavy objects (JAXB context,
 * Jsonb) are created once in the constructor.
 */
public final class ResponseRenderer {

    /** Maximum length of a JSONP callback, dots included. */
    static final int MAX_CALLBACK_LENGTH = 255;

    /** One part of a JSONP callback: a JavaScript identifier of 1 to 64 ASCII characters. */
    private static final Pattern CALLBACK_PART = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,63}");

    /** Maximum number of characters of a bad format value copied into the error description. */
    private static final int MAX_ECHOED_FORMAT_LENGTH = 40;

    /**
     * Slots of each cache of rendered events. Sessions that read the same events are usually a few
     * hundred events apart. A larger readevent response still works but gets fewer cache hits.
     */
    static final int EVENT_CACHE_SLOTS = 2048;

    private final boolean mapHttpStatus;
    private final Map<ResponseFormat, ReplyWriter> writers = new EnumMap<>(ResponseFormat.class);
    private final PlainWriter plainWriter;
    private final JsonpWriter jsonpWriter;
    private final TableWriter tableWriter = new TableWriter();

    /**
     * Creates the writers of all five formats, with their JAXB context and Jsonb.
     *
     * @param mapHttpStatus when true, errors get the HTTP status of their {@link ResultCode};
     *     when false every response is 200, as the daemon sent. JSONP is always 200.
     * @throws IllegalStateException if the JAXB runtime cannot bind the XML body classes
     */
    public ResponseRenderer(boolean mapHttpStatus) {
        this.mapHttpStatus = mapHttpStatus;

        RenderedEventCache eventStrings =
                new RenderedEventCache(EVENT_CACHE_SLOTS, EventStrings::format);
        this.plainWriter = new PlainWriter(eventStrings);
        JsonWriter jsonWriter = new JsonWriter();
        this.jsonpWriter = new JsonpWriter(jsonWriter);
        writers.put(ResponseFormat.PLAIN, plainWriter);
        writers.put(ResponseFormat.CSV, new CsvWriter(eventStrings));
        writers.put(ResponseFormat.XML, new XmlWriter());
        writers.put(ResponseFormat.JSON, jsonWriter);
        writers.put(ResponseFormat.JSONP, jsonpWriter);
    }

    /**
     * Renders {@code reply}.
     *
     * @param callback the validated JSONP callback name; used only for {@link ResponseFormat#JSONP},
     *     where null means the default {@code handler}
     * @throws IllegalArgumentException if the format is JSONP and {@code callback} is neither null
     *     nor accepted by {@link #isValidCallback}
     */
    public RenderedResponse render(Reply reply, ResponseFormat format, String callback) {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(format, "format");

        if (isStreamed(reply)) {
            StringWriter body = new StringWriter();
            try {
                stream(reply, format, callback, body);
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the rows of the table answer failed.", e);
            }
            return new RenderedResponse(200, contentType(format), body.toString());
        }

        if (format == ResponseFormat.JSONP) {
            String name = callback == null ? JsonpWriter.DEFAULT_CALLBACK : callback;
            // Browsers do not run a script that comes with an error status, so JSONP is always 200.
            return new RenderedResponse(200, jsonpWriter.contentType(),
                    jsonpWriter.write(reply, name));
        }

        ReplyWriter writer = writers.get(format);
        return new RenderedResponse(httpStatus(reply), writer.contentType(), writer.write(reply));
    }

    /**
     * Returns whether {@code reply} should be written with {@link #stream} straight to the
     * response, because it may be too large to hold in memory: the answers of table.
     */
    public boolean isStreamed(Reply reply) {
        return reply instanceof Reply.TableRows || reply instanceof Reply.TableList;
    }

    /** Returns the content type of {@code format}, with its charset. */
    public String contentType(ResponseFormat format) {
        return writers.get(format).contentType();
    }

    /**
     * Writes a reply that {@link #isStreamed} accepts to {@code out}, row by row. Success
     * answers only, so the HTTP status is always 200. Blocks while the rows are read.
     *
     * @param callback the validated JSONP callback, or null for {@code handler}
     * @throws IOException if reading the rows or writing to {@code out} fails; the answer is then
     *     cut short
     */
    public void stream(Reply reply, ResponseFormat format, String callback, Writer out)
            throws IOException {
        String name = callback == null ? JsonpWriter.DEFAULT_CALLBACK : callback;
        if (format == ResponseFormat.JSONP && !isValidCallback(name)) {
            throw new IllegalArgumentException("The JSONP callback '" + name
                    + "' is not a JavaScript identifier or dotted path of identifiers.");
        }
        tableWriter.write(reply, format, name, out);
    }

    /**
     * Renders the answer to an unknown format: HTTP 400, plain text, error -3. The description
     * names the bad value without its control characters, cut to 40 characters.
     *
     * @param format the format value of the request as it came, may be null
     */
    public RenderedResponse renderUnsupportedFormat(String format) {
        String echoed = echoedFormat(format);

        Reply reply = new Reply.Failure(ResultCode.UNSUPPORTED_FORMAT, "The format '" + echoed
                + "' is not supported. Use plain, csv, xml, json or jsonp, or their numbers 0-4.");
        return new RenderedResponse(ResultCode.UNSUPPORTED_FORMAT.httpStatus(),
                plainWriter.contentType(), plainWriter.write(reply));
    }

    /**
     * Returns whether {@code callback} is an acceptable JSONP function name: one JavaScript
     * identifier ({@code [A-Za-z_$][A-Za-z0-9_$]{0,63}}) or several joined by dots, such as
     * {@code jQuery.handlers.done}, at most 255 characters in all. Returns false for null.
     */
    public static boolean isValidCallback(String callback) {
        if (callback == null || callback.isEmpty() || callback.length() > MAX_CALLBACK_LENGTH) {
            return false;
        }

        int start = 0;
        while (true) {
            int dot = callback.indexOf('.', start);
            int end = dot < 0 ? callback.length() : dot;
            if (!CALLBACK_PART.matcher(callback).region(start, end).matches()) {
                return false;
            }
            if (dot < 0) {
                return true;
            }
            start = dot + 1;
        }
    }

    /** Returns {@code format} without control characters and cut to the echo limit. */
    private static String echoedFormat(String format) {
        String value = String.valueOf(format);
        StringBuilder echoed = new StringBuilder(MAX_ECHOED_FORMAT_LENGTH + 3);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                continue;
            }
            boolean full = echoed.length() == MAX_ECHOED_FORMAT_LENGTH
                    || (echoed.length() == MAX_ECHOED_FORMAT_LENGTH - 1
                            && Character.isHighSurrogate(c));
            if (full) {
                return echoed.append("...").toString();
            }
            echoed.append(c);
        }
        return echoed.toString();
    }

    private int httpStatus(Reply reply) {
        if (mapHttpStatus) {
            return reply.code().httpStatus();
        }
        return 200;
    }
}
