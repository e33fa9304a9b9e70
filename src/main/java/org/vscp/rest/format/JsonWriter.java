package org.vscp.rest.format;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.List;
import org.vscp.rest.event.EventStrings;
import org.vscp.rest.event.VscpEvent;

/**
 * Writes the JSON format with JSON-B. The output is safe to embed in an HTML script element:
 * {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written as {@code \}{@code uXXXX}
 * escapes, which JSON-B does not do by itself.
 */
final class JsonWriter implements ReplyWriter {

    private final Jsonb jsonb;

    /** The JSON objects of recent events, shared by the readevent responses of all sessions. */
    private final RenderedEventCache eventJson =
            new RenderedEventCache(ResponseRenderer.EVENT_CACHE_SLOTS, EventListJson::event);

    /** The body of {@link Reply.Done}, the response to every successful sendevent, made once. */
    private final String doneBody;

    /** Creates the writer and its {@link Jsonb}, which is thread-safe and shared by all calls. */
    JsonWriter() {
        this.jsonb = JsonbBuilder.create();
        this.doneBody = writeWithJsonb(new Reply.Done());
    }

    @Override
    public String contentType() {
        return "application/json; charset=UTF-8";
    }

    @Override
    public String write(Reply reply) {
        if (reply instanceof Reply.Events events) {
            return EventListJson.write(events, eventJson);
        }
        if (reply instanceof Reply.Done) {
            return doneBody;
        }
        return escapeForScript(jsonb.toJson(toBody(reply)));
    }

    /** Writes {@code reply} with JSON-B, also a readevent answer; for comparison in tests. */
    String writeWithJsonb(Reply reply) {
        return escapeForScript(jsonb.toJson(toBody(reply)));
    }

    private static Object toBody(Reply reply) {
        if (reply instanceof Reply.Failure failure) {
            ResultCode code = failure.code();
            return new JsonBodies.Status(false, code.code(), code.message(), failure.description());
        }
        if (reply instanceof Reply.SessionInfo session) {
            return new JsonBodies.Session(true, 1, "success", "Success", session.sessionKey(),
                    session.eventCount(), session.droppedCount());
        }
        if (reply instanceof Reply.Events events) {
            return toEventList(events);
        }
        if (reply instanceof Reply.VariableRead read) {
            VariableEntry variable = read.variable();
            return new JsonBodies.VariableBody(true, 1, "success", "Success", variable.name(),
                    variable.typeName(), variable.typeCode(), variable.owner(),
                    variable.accessRights(), variable.persistent(),
                    ReplyTexts.lastChange(variable), ReplyTexts.base64(variable.value()),
                    ReplyTexts.base64(variable.note()));
        }
        if (reply instanceof Reply.VariableList list) {
            return toVariableList(list);
        }
        if (reply instanceof Reply.MdfDocument mdf) {
            return new JsonBodies.Mdf(true, 1, "success", "Success", mdf.url(), mdf.json());
        }
        return new JsonBodies.Status(true, 1, "success", "Success");
    }

    private static JsonBodies.VariableList toVariableList(Reply.VariableList list) {
        List<JsonBodies.Variable> variables = new ArrayList<>(list.variables().size());
        for (VariableEntry variable : list.variables()) {
            variables.add(new JsonBodies.Variable(variable.name(), variable.typeName(),
                    variable.typeCode(), variable.owner(), variable.accessRights(),
                    variable.persistent(), ReplyTexts.lastChange(variable),
                    list.listLong() ? ReplyTexts.base64(variable.value()) : "",
                    list.listLong() ? ReplyTexts.base64(variable.note()) : ""));
        }
        return new JsonBodies.VariableList(true, 1, "success", "Success", ReplyTexts.info(list),
                variables, variables.size(), 0);
    }

    private static JsonBodies.EventList toEventList(Reply.Events events) {
        List<JsonBodies.Event> list = new ArrayList<>(events.events().size());
        for (VscpEvent event : events.events()) {
            list.add(toEvent(event));
        }
        return new JsonBodies.EventList(true, 1, "success", "Success", ReplyTexts.info(events),
                list, list.size(), events.filtered(), events.errors());
    }

    private static JsonBodies.Event toEvent(VscpEvent event) {
        int[] data = new int[event.sizeData()];
        for (int i = 0; i < data.length; i++) {
            data[i] = event.dataAt(i);
        }
        return new JsonBodies.Event(event.head(), event.vscpClass(), event.vscpType(),
                event.vscpClass(), event.vscpType(), event.obid(),
                EventStrings.formatDateTime(event.dateTime()), event.timestamp(),
                event.guid().toString(), data.length, data);
    }

    /**
     * Replaces {@code <}, {@code >}, {@code &}, U+2028 and U+2029 with escapes. JSON allows these
     * characters only inside strings, so a plain scan of the whole text changes string contents
     * only, and the escaped text decodes to the same value.
     */
    static String escapeForScript(String json) {
        int first = indexOfUnsafe(json, 0);
        if (first < 0) {
            return json;
        }

        StringBuilder text = new StringBuilder(json.length() + 16);
        text.append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            if (isUnsafe(c)) {
                appendUnicodeEscape(text, c);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static int indexOfUnsafe(String json, int from) {
        for (int i = from; i < json.length(); i++) {
            if (isUnsafe(json.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUnsafe(char c) {
        return c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029';
    }

    private static void appendUnicodeEscape(StringBuilder text, char c) {
        String hex = Integer.toHexString(c);
        text.append("\\u");
        for (int pad = hex.length(); pad < 4; pad++) {
            text.append('0');
        }
        text.append(hex);
    }
}
