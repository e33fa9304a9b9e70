package org.vscp.rest.measurement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.vscp.rest.event.EventDraft;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;
import org.vscp.rest.format.Reply;
import org.vscp.rest.format.ResultCode;
import org.vscp.rest.operation.RestRequest;
import org.vscp.rest.security.Right;
import org.vscp.rest.session.EventBus;
import org.vscp.rest.session.Session;

/**
 * The measurement operation: builds a measurement event from plain parameters and publishes it
 * on the bus like sendevent, with the session's client id as obid. Thread-safe.
 */
public final class MeasurementOperations {

    private final EventBus bus;
    private final Clock clock;
    private final MeasurementEncoder encoder = new MeasurementEncoder();

    public MeasurementOperations(EventBus bus, Clock clock) {
        this.bus = bus;
        this.clock = clock;
    }

    /**
     * Runs the measurement operation for {@code session}. Returns -19 without the send right or
     * when the user may not send the resulting class and type, and -5 naming the parameter for a
     * missing or bad value.
     */
    public Reply measurement(Session session, RestRequest request) {
        if (!session.user().hasRight(Right.SEND)) {
            return new Reply.Failure(ResultCode.ACCESS_DENIED, "User " + session.user().name()
                    + " lacks the right 'send' needed for measurement.");
        }

        VscpEvent event;
        try {
            event = buildEvent(session, request);
        } catch (MeasurementException | IllegalArgumentException e) {
            return new Reply.Failure(ResultCode.MISSING_DATA, e.getMessage());
        }

        if (!session.user().maySend(event)) {
            return new Reply.Failure(ResultCode.ACCESS_DENIED, "User " + session.user().name()
                    + " may not send events of class " + event.vscpClass() + ", type "
                    + event.vscpType() + ".");
        }

        bus.publish(event);
        return new Reply.Done();
    }

    /**
     * Builds the event of {@code request}. A missing GUID means all zero, as the protocol
     * defines; {@code -} means the session's interface GUID, as for sendevent. A missing
     * datetime means now.
     */
    VscpEvent buildEvent(Session session, RestRequest request) throws MeasurementException {
        MeasurementSpec spec = readSpec(request);
        EncodedMeasurement encoded = encoder.encode(spec);

        Guid guid = readGuid(request.parameter("guid"));
        String dateTimeText = request.parameter("datetime");
        Instant dateTime = dateTimeText == null || dateTimeText.isBlank()
                ? null
                : DateTimeText.parse("datetime", dateTimeText);

        EventDraft draft = new EventDraft(0, encoded.vscpClass(), encoded.vscpType(), dateTime,
                0, guid, encoded.data());
        return draft.complete(session.clientId(), session.interfaceGuid(), clock);
    }

    /** Reads the parameters into a spec; the encoder checks the ranges of each level. */
    static MeasurementSpec readSpec(RestRequest request) throws MeasurementException {
        String valueText = request.parameter("value");
        if (valueText == null || valueText.isBlank()) {
            throw new MeasurementException("The parameter value is missing; give the measured"
                    + " value as a decimal number such as 21.5.");
        }
        if (!request.has("type")) {
            throw new MeasurementException("The parameter type is missing; give the measurement"
                    + " type as a number, such as 6 for a temperature.");
        }

        BigDecimal value = DecimalValues.parse(valueText);
        int type = readInt(request, "type", 0);
        int level = readInt(request, "level", 2);
        int unit = readInt(request, "unit", 0);
        String indexName = request.has("sensoridx") ? "sensoridx" : "sensorindex";
        int sensorIndex = readInt(request, indexName, 0);
        int zone = readInt(request, "zone", 0);
        int subzone = readInt(request, "subzone", 0);
        MeasurementSpec.ValueFormat format = readFormat(request.parameter("eventformat"));
        return new MeasurementSpec(level, format, type, value, unit, sensorIndex, zone, subzone);
    }

    private static MeasurementSpec.ValueFormat readFormat(String text)
            throws MeasurementException {
        if (text == null || text.isBlank()) {
            return MeasurementSpec.ValueFormat.FLOAT;
        }

        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "float", "0" -> MeasurementSpec.ValueFormat.FLOAT;
            case "string", "1" -> MeasurementSpec.ValueFormat.STRING;
            default -> throw new MeasurementException("The eventformat '" + shorten(text)
                    + "' is not valid; use float or string.");
        };
    }

    private static Guid readGuid(String text) throws MeasurementException {
        if (text == null || text.isBlank()) {
            return Guid.ZERO;
        }
        if (text.strip().equals("-")) {
            return null;
        }
        try {
            return Guid.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MeasurementException("The parameter guid is not valid: " + e.getMessage());
        }
    }

    /** Reads a decimal or {@code 0x} hex integer parameter, or returns the default if absent. */
    private static int readInt(RestRequest request, String name, int defaultValue)
            throws MeasurementException {
        String text = request.parameter(name);
        if (text == null || text.isBlank()) {
            return defaultValue;
        }

        String value = text.strip();
        try {
            if (value.startsWith("0x") || value.startsWith("0X")) {
                return Integer.parseInt(value.substring(2), 16);
            }
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new MeasurementException("The parameter " + name + " '" + shorten(value)
                    + "' is not a whole number; give a decimal or 0x hex number.");
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
