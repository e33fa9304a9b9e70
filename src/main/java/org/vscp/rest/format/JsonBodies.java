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

    /** The response body of readvar, writevar and createvar: the envelope and one variable. */
    @JsonbPropertyOrder({"success", "code", "message", "description", "varname", "vartype",
            "vartypecode", "varuser", "varaccessright", "varpersistence", "varlastchange",
            "varvalue", "varnote"})
    public record VariableBody(boolean success, int code, String message, String description,
            String varname, String vartype, int vartypecode, String varuser, int varaccessright,
            boolean varpersistence, String varlastchange, String varvalue, String varnote) {
    }

    /** The response body of listvar. */
    @JsonbPropertyOrder({"success", "code", "message", "description", "info", "variable", "count",
            "errors"})
    public record VariableList(boolean success, int code, String message, String description,
            String info, List<Variable> variable, int count, int errors) {
    }

    /**
     * One variable of a listvar body. {@code varvalue} and {@code varnote} are always present,
     * as BASE64, because the VSCP JavaScript client decodes them unconditionally.
     */
    @JsonbPropertyOrder({"varname", "vartype", "vartypecode", "varuser", "varaccessright",
            "varpersistence", "varlastchange", "varvalue", "varnote"})
    public record Variable(String varname, String vartype, int vartypecode, String varuser,
            int varaccessright, boolean varpersistence, String varlastchange, String varvalue,
            String varnote) {
    }

    /** The response body of mdf: the envelope, the URL and the file rendered as JSON. */
    @JsonbPropertyOrder({"success", "code", "message", "description", "url", "mdf"})
    public record Mdf(boolean success, int code, String message, String description, String url,
            JsonObject mdf) {
    }
}
