package org.vscp.rest.bridge;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.StringJoiner;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.vscp.rest.event.EventDraft;
import org.vscp.rest.event.EventStrings;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.MalformedEventException;
import org.vscp.rest.event.VscpEvent;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Encodes events into MQTT payloads and decodes them, in the layouts of the VSCP daemon 15.
 *
 * <p>JSON: {@code {"vscpHead":0,"vscpObId":0,"vscpDateTime":"2021-06-17T07:22:55Z",
 * "vscpTimeStamp":123,"vscpClass":10,"vscpType":6,"vscpGuid":"FF:...:00","vscpData":[1,2],
 * "vscpNote":""}} with numbers as JSON numbers, as vscpd 15.0 wrote it. On input the short keys of
 * later daemons ({@code head}, {@code class}, {@code type}, {@code guid}, {@code data}, {@code
 * datetime}, {@code timestamp}, {@code timestamp_ns}) are accepted too.
 *
 * <p>XML: {@code <event vscpHead="0" vscpObId="0" vscpDateTime="..." vscpTimeStamp="..."
 * vscpClass="10" vscpType="6" vscpGuid="..." vscpData="1,2"/>}. String: the event string form.
 *
 * <p>Decoding fills in what the payload leaves out: the current time for a missing date and time
 * or a zero timestamp, and the all-zero GUID for a missing GUID. The obid of a decoded event is 0;
 * the bridge sets its own. Thread-safe.
 */
final class EventCodec {

    private final Clock clock;

    EventCodec(Clock clock) {
        this.clock = clock;
    }

    /** Encodes {@code event} in {@code format}, which must not be {@link PayloadFormat#AUTO}. */
    byte[] encode(VscpEvent event, PayloadFormat format) {
        String text = switch (format) {
            case JSON -> toJson(event);
            case STRING -> EventStrings.format(event);
            case XML -> toXml(event);
            case AUTO -> throw new IllegalArgumentException(
                    "The format auto is for subscriptions only; publish json, string or xml.");
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Decodes an MQTT payload.
     *
     * @throws MalformedEventException naming the field that is missing or invalid
     */
    VscpEvent decode(byte[] payload, PayloadFormat format) throws MalformedEventException {
        String text = new String(payload, StandardCharsets.UTF_8).strip();
        PayloadFormat actual = format == PayloadFormat.AUTO ? detect(text) : format;
        EventDraft draft = switch (actual) {
            case JSON -> fromJson(text);
            case XML -> fromXml(text);
            case STRING, AUTO -> EventStrings.parse(text);
        };
        try {
            return draft.complete(0, Guid.ZERO, clock);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(e.getMessage());
        }
    }

    private static PayloadFormat detect(String text) {
        if (text.startsWith("{")) {
            return PayloadFormat.JSON;
        }
        return text.startsWith("<") ? PayloadFormat.XML : PayloadFormat.STRING;
    }

    private static String toJson(VscpEvent event) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject()
                    .write("vscpHead", event.head())
                    .write("vscpObId", event.obid())
                    .write("vscpDateTime", EventStrings.DATE_TIME_OUTPUT.format(event.dateTime()))
                    .write("vscpTimeStamp", event.timestamp())
                    .write("vscpClass", event.vscpClass())
                    .write("vscpType", event.vscpType())
                    .write("vscpGuid", event.guid().toString())
                    .writeStartArray("vscpData");
            for (int i = 0; i < event.sizeData(); i++) {
                json.write(event.dataAt(i));
            }
            json.writeEnd().write("vscpNote", "").writeEnd();
        }
        return out.toString();
    }

    private static EventDraft fromJson(String text) throws MalformedEventException {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new MalformedEventException("The JSON event is not a valid JSON object: "
                    + e.getMessage());
        }

        int head = (int) number(object, "vscpHead", "head", 0xFFFF, 0);
        int vscpClass = (int) number(object, "vscpClass", "class", 0xFFFF, -1);
        int vscpType = (int) number(object, "vscpType", "type", 0xFFFF, -1);
        long timestamp = number(object, "vscpTimeStamp", "timestamp", 0xFFFF_FFFFL, 0);
        if (timestamp == 0 && object.containsKey("timestamp_ns")) {
            timestamp = nanosecondsToMicroCounter(object.get("timestamp_ns"));
        }

        Instant dateTime = null;
        String dateText = string(object, "vscpDateTime", "datetime");
        if (dateText != null && !dateText.isBlank()) {
            dateTime = parseDateTime(dateText);
        }

        Guid guid = null;
        String guidText = string(object, "vscpGuid", "guid");
        if (guidText != null && !guidText.isBlank() && !guidText.strip().equals("-")) {
            try {
                guid = Guid.parse(guidText);
            } catch (IllegalArgumentException e) {
                throw new MalformedEventException(e.getMessage());
            }
        }

        return new EventDraft(head, vscpClass, vscpType, dateTime, timestamp, guid,
                jsonData(object));
    }

    private static long number(JsonObject object, String key, String shortKey, long max,
            long defaultValue) throws MalformedEventException {
        String found = object.containsKey(key) ? key : object.containsKey(shortKey) ? shortKey : null;
        if (found == null) {
            if (defaultValue < 0) {
                throw new MalformedEventException("The JSON event has no " + key + "; expected a"
                        + " number 0-" + max + ".");
            }
            return defaultValue;
        }

        JsonValue value = object.get(found);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            long parsed = number.longValue();
            if (parsed >= 0 && parsed <= max) {
                return parsed;
            }
        }
        throw new MalformedEventException("The JSON event field " + found + " is " + value
                + "; expected a whole number 0-" + max + ".");
    }

    private static String string(JsonObject object, String key, String shortKey)
            throws MalformedEventException {
        String found = object.containsKey(key) ? key : object.containsKey(shortKey) ? shortKey : null;
        if (found == null || object.isNull(found)) {
            return null;
        }
        if (object.get(found) instanceof JsonString string) {
            return string.getString();
        }
        throw new MalformedEventException("The JSON event field " + found + " is "
                + object.get(found) + "; expected a string.");
    }

    private static byte[] jsonData(JsonObject object) throws MalformedEventException {
        String key = object.containsKey("vscpData") ? "vscpData" : "data";
        if (!object.containsKey(key) || object.isNull(key)) {
            return new byte[0];
        }
        if (!(object.get(key) instanceof JsonArray array)) {
            throw new MalformedEventException("The JSON event field " + key + " is "
                    + object.get(key) + "; expected an array of numbers 0-255.");
        }
        if (array.size() > VscpEvent.MAX_DATA) {
            throw new MalformedEventException("The JSON event has " + array.size()
                    + " data bytes; an event carries at most 512.");
        }

        byte[] data = new byte[array.size()];
        for (int i = 0; i < data.length; i++) {
            JsonValue value = array.get(i);
            if (!(value instanceof JsonNumber number) || !number.isIntegral()
                    || number.longValue() < 0 || number.longValue() > 0xFF) {
                throw new MalformedEventException("The JSON event data byte " + i + " is "
                        + value + "; expected a whole number 0-255.");
            }
            data[i] = (byte) number.intValue();
        }
        return data;
    }

    /** Turns the nanosecond time of later daemons, a number or a hex string, into a counter. */
    private static long nanosecondsToMicroCounter(JsonValue value) throws MalformedEventException {
        try {
            long nanos;
            if (value instanceof JsonNumber number) {
                nanos = number.longValueExact();
            } else if (value instanceof JsonString string) {
                String text = string.getString().strip();
                nanos = text.startsWith("0x") || text.startsWith("0X")
                        ? Long.parseUnsignedLong(text.substring(2), 16)
                        : Long.parseUnsignedLong(text);
            } else {
                throw new NumberFormatException("not a number");
            }
            return Long.divideUnsigned(nanos, 1000) & 0xFFFF_FFFFL;
        } catch (ArithmeticException | NumberFormatException e) {
            throw new MalformedEventException("The JSON event field timestamp_ns is " + value
                    + "; expected nanoseconds as a number or a 0x hex string.");
        }
    }

    private static Instant parseDateTime(String text) throws MalformedEventException {
        String trimmed = text.strip();
        try {
            if (trimmed.endsWith("Z") || trimmed.endsWith("z")) {
                return Instant.parse(trimmed.toUpperCase(java.util.Locale.ROOT));
            }
            return LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new MalformedEventException("The event date and time '" + trimmed
                    + "' is invalid; expected YYYY-MM-DDTHH:MM:SS in UTC, optionally with Z.");
        }
    }

    private static String toXml(VscpEvent event) {
        StringJoiner data = new StringJoiner(",");
        for (int i = 0; i < event.sizeData(); i++) {
            data.add(Integer.toString(event.dataAt(i)));
        }
        // Every value is a number, a date or a GUID, so none needs XML escaping.
        return "<event vscpHead=\"" + event.head()
                + "\" vscpObId=\"" + event.obid()
                + "\" vscpDateTime=\"" + EventStrings.DATE_TIME_OUTPUT.format(event.dateTime())
                + "\" vscpTimeStamp=\"" + event.timestamp()
                + "\" vscpClass=\"" + event.vscpClass()
                + "\" vscpType=\"" + event.vscpType()
                + "\" vscpGuid=\"" + event.guid()
                + "\" vscpData=\"" + data + "\"/>";
    }

    private static EventDraft fromXml(String text) throws MalformedEventException {
        Element element;
        try {
            DocumentBuilder builder = secureXmlFactory().newDocumentBuilder();
            builder.setErrorHandler(null);
            element = builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new MalformedEventException("The XML event is not valid XML: " + e.getMessage());
        }
        if (!element.getTagName().equals("event")) {
            throw new MalformedEventException("The XML event has the root element <"
                    + element.getTagName() + ">; expected <event>.");
        }

        // The attributes map one to one onto the fields of the event string.
        String eventString = String.join(",",
                attribute(element, "vscpHead", "0"),
                attribute(element, "vscpClass", null),
                attribute(element, "vscpType", null),
                "",
                attribute(element, "vscpDateTime", ""),
                attribute(element, "vscpTimeStamp", ""),
                attribute(element, "vscpGuid", "-"));
        String data = attribute(element, "vscpData", "").strip();
        return EventStrings.parse(data.isEmpty() ? eventString : eventString + "," + data);
    }

    private static String attribute(Element element, String name, String defaultValue)
            throws MalformedEventException {
        if (element.hasAttribute(name)) {
            String value = element.getAttribute(name);
            if (value.indexOf(',') >= 0 && !name.equals("vscpData")) {
                throw new MalformedEventException("The XML event attribute " + name + " is '"
                        + value + "'; it must not contain a comma.");
            }
            return value;
        }
        if (defaultValue == null) {
            throw new MalformedEventException("The XML event has no attribute " + name + ".");
        }
        return defaultValue;
    }

    private static DocumentBuilderFactory secureXmlFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
