package org.vscp.rest.format;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * The JSON-B shapes of the JSON bodies, with the properties in the order the daemon wrote them.
 * The types are public only because Yasson reads them through public method handles. They are not
 * meant for use outside this package.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** The envelope alone: success without payload, and errors. */
    @JsonbPropertyOrder({"success", "code", "message", "description"})
    public record Status(boolean success, int code, String message, String description) {
    }

    /** The response body of open and status. */
    @JsonbPropertyOrder({"success", "code", "message", "description", "vscpsession", "nEvents",
            "nDropped"})
    public record Session(boolean success, int code, String message, String description,
            String vscpsession, int nEvents, long nDropped) {
    }

    /** The response body of readevent. */
    @JsonbPropertyOrder({"success", "code", "message", "description", "info", "event", "count",
            "filtered", "errors"})
    public record EventList(boolean success, int code, String message, String description, String info,
            List<Event> event, int count, int filtered, int errors) {
    }

    /**
     * One event. Class and type appear twice: {@code vscpclass}/{@code vscptype} as the daemon
     * wrote them, and {@code vscpClass}/{@code vscpType} as the VSCP project's JavaScript client
     * reads them.
     */
    @JsonbPropertyOrder({"head", "vscpclass", "vscptype", "vscpClass", "vscpType", "obid",
            "datetime", "timestamp", "guid", "sizedata", "data"})
    public record Event(int head, int vscpclass, int vscptype, int vscpClass, int vscpType, long obid,
            String datetime, long timestamp, String guid, int sizedata, int[] data) {
    }

    /** The response body of mdf: the envelope, the URL and the file rendered as JSON. */
    @JsonbPropertyOrder({"success", "code", "message", "description", "url", "mdf"})
    public record Mdf(boolean success, int code, String message, String description, String url,
            JsonObject mdf) {
    }
}
