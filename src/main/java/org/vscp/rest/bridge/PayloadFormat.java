package org.vscp.rest.bridge;

import java.util.Locale;
import java.util.Optional;

/** The payload formats of VSCP events in MQTT messages, as the VSCP daemon 15 names them. */
public enum PayloadFormat {

    /** The JSON object of the daemon: vscpHead, vscpClass, vscpType, vscpGuid, ... */
    JSON,

    /** The event string {@code head,class,type,obid,datetime,timestamp,GUID,data...}. */
    STRING,

    /** The XML element {@code <event vscpHead="..." .../>} of the daemon. */
    XML,

    /** Incoming only: JSON when the payload starts with '{', XML with '<', else string. */
    AUTO;

    /** Returns the lower-case name used in {@code bridges.json}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the format named {@code name}, ignoring case; empty for an unknown name. */
    public static Optional<PayloadFormat> fromName(String name) {
        for (PayloadFormat format : values()) {
            if (format.configName().equalsIgnoreCase(name.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
