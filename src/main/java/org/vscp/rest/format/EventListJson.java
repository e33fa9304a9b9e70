package org.vscp.rest.format;

import org.vscp.rest.event.EventStrings;
import org.vscp.rest.event.VscpEvent;

/**
 * Writes the JSON body of readevent directly, with the properties and number forms of {@link
 * JsonBodies.EventList}. It is several times faster than JSON-B on large answers, because
 * JSON-B hashes every record it serializes and the output then needs a scan for characters to
 * escape. No escaping is needed here: every string is made by the server from numbers, hex
 * digits and fixed words (the info sentence, the date and time, the GUID).
 */
final class EventListJson {

    private EventListJson() {
    }

    /**
     * Returns the readevent body for {@code events}, taking the text of each event from
     * {@code eventJson}, a cache that renders with {@link #event}.
     */
    static String write(Reply.Events events, RenderedEventCache eventJson) {
        StringBuilder json = new StringBuilder(160 + 300 * events.events().size());
        json.append("{\"success\":true,\"code\":1,\"message\":\"success\",")
                .append("\"description\":\"Success\",\"info\":\"")
                .append(ReplyTexts.info(events))
                .append("\",\"event\":[");
        for (int i = 0; i < events.events().size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(eventJson.text(events.events().get(i)));
        }
        json.append("],\"count\":").append(events.events().size())
                .append(",\"filtered\":").append(events.filtered())
                .append(",\"errors\":").append(events.errors())
                .append('}');
        return json.toString();
    }

    /** Returns the JSON object of one event, an element of the {@code event} array. */
    static String event(VscpEvent event) {
        StringBuilder json = new StringBuilder(240);
        json.append("{\"head\":").append(event.head())
                .append(",\"vscpclass\":").append(event.vscpClass())
                .append(",\"vscptype\":").append(event.vscpType())
                .append(",\"vscpClass\":").append(event.vscpClass())
                .append(",\"vscpType\":").append(event.vscpType())
                .append(",\"obid\":").append(event.obid())
                .append(",\"datetime\":\"");
        EventStrings.appendDateTime(json, event.dateTime());
        json.append("\",\"timestamp\":").append(event.timestamp())
                .append(",\"guid\":\"").append(event.guid())
                .append("\",\"sizedata\":").append(event.sizeData())
                .append(",\"data\":[");
        for (int i = 0; i < event.sizeData(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(event.dataAt(i));
        }
        json.append("]}");
        return json.toString();
    }
}
